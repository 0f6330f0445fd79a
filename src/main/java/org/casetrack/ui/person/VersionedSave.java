package org.casetrack.ui.person;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.casetrack.store.RowVersions;
import org.casetrack.store.StoreException;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Dialogs;
import org.casetrack.ui.common.FormDiff;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;
import org.jooq.DSLContext;

/**
 * Saves an edit form under the row version it was opened with
 * (docs/decisions/0076-forms-use-row-versions.md). When someone else saved first, the user sees
 * who and when, their values beside the saved ones, and keeps theirs, takes the other, or edits
 * again; when the server connection broke, one sentence and Retry. The form's values live in
 * this call until the user decides, so neither side is lost and nothing is half-written.
 *
 * @param <T> the record the form edits
 */
public final class VersionedSave<T> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppContext ctx;
    private final String table;
    private final Long id;
    private final BiConsumer<DSLContext, T> writer;
    private final Function<DSLContext, Optional<T>> current;
    private final Function<T, PersonForms.Form<T>> formOf;
    private final Runnable done;

    /**
     * @param table   a {@link RowVersions#VERSIONED} table, or null for a record without versions
     * @param id      the row, or null for a new record (nothing to claim)
     * @param current reads the stored record now (for the comparison)
     * @param formOf  builds the same form from a record, so fields can be paired
     * @param done    runs on the FX thread after a save or "take theirs": reload the page
     */
    public VersionedSave(AppContext ctx, String table, Long id, BiConsumer<DSLContext, T> writer,
                         Function<DSLContext, Optional<T>> current, Function<T, PersonForms.Form<T>> formOf, Runnable done) {
        this.ctx = ctx;
        this.table = table;
        this.id = id;
        this.writer = writer;
        this.current = current;
        this.formOf = formOf;
        this.done = done;
    }

    /** Saves form's values, claiming version loaded (null: save without a check). */
    public void save(PersonForms.Form<T> form, RowVersions.Stamp loaded) {
        T value = form.result();
        String user = ctx.db().userName();
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            if (table != null && id != null && loaded != null) {
                RowVersions.claim(dsl, user, table, id, loaded.version());
            }
            writer.accept(dsl, value);
            return Boolean.TRUE;
        }), ok -> done.run(), e -> failed(form, loaded, e));
    }

    private void failed(PersonForms.Form<T> form, RowVersions.Stamp loaded, Throwable e) {
        RowVersions.Conflict conflict = cause(e, RowVersions.Conflict.class);
        if (conflict != null) {
            compare(form, conflict.current());
            return;
        }
        StoreException store = cause(e, StoreException.class);
        if (store != null && store.kind() == StoreException.Kind.LOST_CONNECTION) {
            if (ctx.dialogs().retry(store.getMessage())) {
                save(form, loaded);
            }
            return;
        }
        ctx.dialogs().error(UserMessages.sentence(e));
    }

    /** Reads the saved record, shows it beside the form's values, and goes on as the user chooses. */
    private void compare(PersonForms.Form<T> form, RowVersions.Stamp now) {
        if (now == null) {
            ctx.dialogs().error(I18n.tr("conflict.deleted"));
            done.run();
            return;
        }
        ctx.runner().run(p -> current.apply(ctx.db().dsl()), theirs -> {
            if (theirs.isEmpty()) {
                ctx.dialogs().error(I18n.tr("conflict.deleted"));
                done.run();
                return;
            }
            String by = now.changedBy() == null || now.changedBy().isBlank() ? "?" : now.changedBy();
            String when = now.changedAt() == null ? "?" : now.changedAt().format(WHEN);
            Dialogs.ConflictChoice choice = ctx.dialogs().conflict(I18n.tr("conflict.sentence", by, when), by,
                    FormDiff.between(form.model(), formOf.apply(theirs.get()).model()));
            switch (choice) {
                case KEEP_MINE -> save(form, now);
                case TAKE_THEIRS -> done.run();
                case EDIT_AGAIN -> {
                    if (ctx.dialogs().edit(form.model())) {
                        save(form, now);
                    } else {
                        done.run();
                    }
                }
            }
        }, e -> failed(form, now, e));
    }

    private static <X extends Throwable> X cause(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
