package org.casetrack.ui.cases;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.store.CaseStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.person.PersonForms;

/** The list of cases, filtered by words of the title, number, country or jurisdiction; read a page at a time. */
public final class CasesViewModel {

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CaseFile> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyLongWrapper total = new javafx.beans.property.ReadOnlyLongWrapper();
    private boolean any;
    private boolean more;
    private boolean loadingMore;
    private int generation;

    /** Rows read at a time; more are read when the last ones scroll into view. */
    public static final int PAGE = 100;
    public static final long COUNT_CAP = 10_000;

    public CasesViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> refilter());
    }

    public void load() {
        refilter();
    }

    private record Result(List<CaseFile> rows, boolean more, long total, boolean any) {
    }

    /** The first page for the words typed, by title, read in the background; a newer keystroke wins. */
    private void refilter() {
        int gen = ++generation;
        String q = query.get() == null ? "" : query.get();
        ctx.runner().run(p -> {
            CaseStore cases = new CaseStore(ctx.db().dsl());
            List<CaseFile> page = cases.page(q, 0, PAGE + 1);
            return new Result(page.stream().limit(PAGE).toList(), page.size() > PAGE, cases.countUpTo(q, COUNT_CAP), cases.any());
        }, r -> {
            if (gen != generation) {
                return;
            }
            any = r.any();
            more = r.more();
            total.set(r.total());
            rows.setAll(r.rows());
            loaded.set(true);
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    /** Reads the next page when the list is scrolled near its end; does nothing when all are shown. */
    public void loadMore() {
        if (!more || loadingMore) {
            return;
        }
        loadingMore = true;
        int gen = generation;
        int offset = rows.size();
        String q = query.get() == null ? "" : query.get();
        ctx.runner().run(p -> new CaseStore(ctx.db().dsl()).page(q, offset, PAGE + 1), page -> {
            loadingMore = false;
            if (gen != generation) {
                return;
            }
            more = page.size() > PAGE;
            rows.addAll(page.stream().limit(PAGE).toList());
        }, e -> {
            loadingMore = false;
            ctx.dialogs().error(UserMessages.sentence(e));
        });
    }

    public boolean hasMore() {
        return more;
    }

    /** How many cases match (no more than {@link #COUNT_CAP}). */
    public javafx.beans.property.ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
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
        return any;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CaseFile> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
