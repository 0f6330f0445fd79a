package org.casetrack.ui.cases;

import java.util.List;
import java.util.Locale;
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

/** The list of cases, filtered by words of the title, number, country or jurisdiction. */
public final class CasesViewModel {

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CaseFile> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private List<CaseFile> all = List.of();

    public CasesViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> refilter());
    }

    public void load() {
        ctx.runner().run(p -> new CaseStore(ctx.db().dsl()).list(), list -> {
            all = list;
            refilter();
            loaded.set(true);
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        rows.setAll(all.stream().filter(c -> q.isEmpty() || (c.title() + " " + c.caseNumber() + " " + c.country() + " " + c.jurisdiction())
                .toLowerCase(Locale.ROOT).contains(q)).toList());
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
        return !all.isEmpty();
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
