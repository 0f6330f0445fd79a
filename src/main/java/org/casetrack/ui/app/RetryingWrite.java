package org.casetrack.ui.app;

import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.casetrack.store.RowVersions;
import org.casetrack.store.StoreException;
import org.casetrack.ui.common.I18n;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static RowVersions.Conflict conflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RowVersions.Conflict x) {
                return x;
            }
        }
        return null;
    }

    /**
     * When e is a delete refused by {@link RowVersions#claimForDelete} (0088): says who changed
     * the record and when, runs done (reload the page to show their change) and answers true.
     */
    public static boolean refusedDelete(AppContext ctx, Throwable e, Runnable done) {
        RowVersions.Conflict changed = conflict(e);
        if (changed == null || changed.current() == null) {
            return false;
        }
        RowVersions.Stamp now = changed.current();
        ctx.dialogs().error(I18n.tr("conflict.notDeleted", now.changedBy() == null || now.changedBy().isBlank() ? "?" : now.changedBy(),
                now.changedAt() == null ? "?" : now.changedAt().format(WHEN)));
        done.run();
        return true;
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
            if (!refusedDelete(ctx, e, done)) {
                ctx.dialogs().error(UserMessages.sentence(e));
            }
        });
    }
}
