package org.casetrack.ui.cases;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.store.CaseStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.PagedRows;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.person.PersonForms;

/** The list of cases, filtered by words of the title, number, country or jurisdiction; read a page at a time. */
public final class CasesViewModel {

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final PagedRows<CaseFile> pages;

    /** Rows read at a time; more are read when the last ones scroll into view. */
    public static final int PAGE = 100;
    public static final long COUNT_CAP = 10_000;

    public CasesViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.pages = new PagedRows<>(ctx.runner(), PAGE, e -> ctx.dialogs().error(UserMessages.sentence(e)));
        query.addListener((o, a, b) -> refilter());
    }

    public void load() {
        refilter();
    }

    /** The first page for the words typed, by title, read in the background; a newer keystroke wins. */
    private void refilter() {
        String q = query.get() == null ? "" : query.get();
        pages.reload(p -> {
            CaseStore cases = new CaseStore(ctx.db().dsl());
            return pages.firstPage(cases.page(q, 0, PAGE + 1), cases.countUpTo(q, COUNT_CAP), cases.any());
        });
    }

    /** Reads the next page when the list is scrolled near its end; does nothing when all are shown. */
    public void loadMore() {
        String q = query.get() == null ? "" : query.get();
        pages.loadMore((offset, limit) -> new CaseStore(ctx.db().dsl()).page(q, offset, limit));
    }

    public boolean hasMore() {
        return pages.hasMore();
    }

    /** How many cases match (no more than {@link #COUNT_CAP}). */
    public javafx.beans.property.ReadOnlyLongProperty totalProperty() {
        return pages.totalProperty();
    }

    public void open(CaseFile c) {
        if (c != null) {
            ctx.navigator().go(Route.caseFile(c.id()));
        }
    }

    public void newCase() {
        PersonForms.CaseForm f = PersonForms.caseFile(new CaseFile(null, "", null, null, null, CaseStatus.OPEN, null, false), "form.case.new");
        if (!ctx.dialogs().edit(f.model())) {
            return;
        }
        CaseFile c = f.result();
        ctx.runner().run(p -> ctx.db().write(dsl -> new CaseStore(dsl).insert(c)), id -> ctx.navigator().go(Route.caseFile(id)),
                e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    public boolean hasAny() {
        return pages.hasAny();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CaseFile> rows() {
        return pages.rows();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return pages.loadedProperty();
    }
}
