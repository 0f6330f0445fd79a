package org.casetrack.ui.person;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.PartialDate;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.PageTexts;
import org.casetrack.ui.common.UserMessages;

/**
 * A person's designations (prisoner of conscience, political prisoner on a list) without
 * nodes: the list, a small form to add one, and removal; every database access runs on the
 * {@link BackgroundRunner}, each write one transaction.
 */
public final class DesignationsViewModel {

    private final Database db;
    private final BackgroundRunner runner;
    private final long personId;
    private final PageTexts text;
    private final ObservableList<Designation> designations = FXCollections.observableArrayList();
    private final ObjectProperty<DesignationKind> kind = new SimpleObjectProperty<>(this, "kind", DesignationKind.PRISONER_OF_CONSCIENCE);
    private final StringProperty by = new SimpleStringProperty(this, "by", "");
    private final StringProperty list = new SimpleStringProperty(this, "list", "");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** The designation the form is editing, or null when the form adds a new one. */
    private final ObjectProperty<Designation> editing = new SimpleObjectProperty<>(this, "editing");

    public DesignationsViewModel(Database db, BackgroundRunner runner, long personId, PageTexts text) {
        this.db = Objects.requireNonNull(db);
        this.runner = Objects.requireNonNull(runner);
        this.personId = personId;
        this.text = text;
    }

    public ObservableList<Designation> designations() {
        return designations;
    }

    public ObjectProperty<DesignationKind> kindProperty() {
        return kind;
    }

    public StringProperty byProperty() {
        return by;
    }

    public StringProperty listProperty() {
        return list;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Designation> editingProperty() {
        return editing;
    }

    /** Puts a designation into the form; {@link #add} then saves the changes instead of adding. */
    public void edit(Designation d) {
        editing.set(d);
        kind.set(d.kind());
        by.set(d.designatedBy());
        list.set(d.listName() == null ? "" : d.listName());
        date.set(d.date() == null ? "" : d.date().toIso());
        url.set(d.url() == null ? "" : d.url());
        error.set("");
    }

    /** Leaves the edit: the form is empty again and adds. */
    public void cancelEdit() {
        editing.set(null);
        clearForm();
        error.set("");
    }

    /** One plain sentence when the form cannot be stored, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void load() {
        runner.run(p -> new DesignationStore(db.dsl()).forPerson(personId), this::show, t -> error.set(UserMessages.sentence(t)));
    }

    /**
     * Stores the form: a new designation, or the changes to the one being edited (its source,
     * a report passage, is kept). A missing "by" or a bad date is one sentence and nothing is written.
     */
    public void add() {
        if (by.get() == null || by.get().isBlank()) {
            error.set(text.tr("error.by"));
            return;
        }
        PartialDate d;
        try {
            d = PartialDate.parseNullable(date.get());
        } catch (IllegalArgumentException e) {
            error.set(text.tr("error.date"));
            return;
        }
        Designation old = editing.get();
        Designation des = old != null ? old.edited(kind.get(), by.get(), list.get(), d, url.get())
                : new Designation(null, personId, kind.get(), by.get(), list.get(), d, null, null, url.get(), false);
        runner.run(p -> db.write(ctx -> {
            if (des.id() == null) {
                new DesignationStore(ctx).insert(des);
            } else {
                new DesignationStore(ctx).update(des);
            }
            return new DesignationStore(ctx).forPerson(personId);
        }), all -> {
            show(all);
            editing.set(null);
            clearForm();
        }, t -> error.set(UserMessages.sentence(t)));
    }

    private void clearForm() {
        kind.set(DesignationKind.PRISONER_OF_CONSCIENCE);
        by.set("");
        list.set("");
        date.set("");
        url.set("");
    }

    public void remove(Designation d) {
        if (editing.get() != null && java.util.Objects.equals(editing.get().id(), d.id())) {
            cancelEdit();
        }
        runner.run(p -> db.write(ctx -> {
            new DesignationStore(ctx).delete(d.id());
            return new DesignationStore(ctx).forPerson(personId);
        }), this::show, t -> error.set(UserMessages.sentence(t)));
    }

    private void show(List<Designation> all) {
        designations.setAll(all);
        error.set("");
    }
}
