package org.casetrack.ui.app;

import java.util.function.Consumer;
import org.casetrack.store.StoreException;
import org.casetrack.ui.common.UserMessages;
import org.jooq.DSLContext;

/**
 * A detail page's small edit (add a name, remove a party, delete a fact) as one transaction in
 * the background; a lost server connection asks to retry the same work, since nothing of it
 * was written, and any other failure is one sentence.
 */
public final class RetryingWrite {

    private RetryingWrite() {
    }

    public static void run(AppContext ctx, Consumer<DSLContext> work, Runnable done) {
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            work.accept(dsl);
            return Boolean.TRUE;
        }), ok -> done.run(), e -> {
            if (e instanceof StoreException se && se.kind() == StoreException.Kind.LOST_CONNECTION) {
                if (ctx.dialogs().retry(se.getMessage())) {
                    run(ctx, work, done);
                }
                return;
            }
            ctx.dialogs().error(UserMessages.sentence(e));
        });
    }
}
