package org.casetrack.ui.importer;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casetrack.importer.ImportPlan;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.ui.control.PartialDateParser;
import org.casetrack.ui.control.PartialDates;

/**
 * A small dialog to correct one candidate before import: kind, term, date, court, outcome,
 * body, summary, or a person's name and whether to merge with the matched known person.
 * Returns an edited copy (same id); the view hands it to the view model.
 */
final class CandidateEditor {

    private final WizardText text;
    private final GridPane form = new GridPane();
    private final BooleanProperty invalid = new SimpleBooleanProperty(false);
    private final Label problem = new Label();
    private int line;

    CandidateEditor(WizardText text) {
        this.text = text;
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(8, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(300);
        form.getColumnConstraints().addAll(labels, fields);
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
    }

    /** Shows the editor for row's candidate; empty when cancelled. */
    Optional<Object> edit(Window owner, CandidateRow row) {
        return dialog(owner, row).showAndWait();
    }

    /** The dialog for row's candidate, not yet shown. */
    Dialog<Object> dialog(Window owner, CandidateRow row) {
        Supplier<Object> result = build(row);
        Dialog<Object> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.tr("edit.title"));
        dialog.setHeaderText(row.titleProperty().get());
        ButtonType ok = new ButtonType(text.tr("edit.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.tr("edit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, form, problem));
        dialog.getDialogPane().setMinWidth(520);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(invalid);
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        return dialog;
    }

    /** Builds the form for the row's candidate and returns how to read the edited copy. */
    Supplier<Object> build(CandidateRow row) {
        Object c = row.candidate();
        if (c instanceof ImportPlan.PersonCandidate p) {
            ImportPlan.PersonCandidate first = (ImportPlan.PersonCandidate) row.original();
            TextField name = field("edit-name", p.name());
            add("edit.name", name);
            name.textProperty().addListener((o, a, b) -> validate(name, null));
            CheckBox createNew = new CheckBox();
            createNew.setId("edit-create-new");
            if (first.matchedPersonId() != null) {
                createNew.setText(text.tr("edit.createNew", first.matchedName()));
                createNew.setSelected(p.isNew());
                createNew.setWrapText(true);
                add("edit.match", createNew);
            }
            return () -> {
                ImportPlan.PersonCandidate edited = p.withName(name.getText().strip());
                boolean wantNew = first.matchedPersonId() != null && createNew.isSelected();
                if (wantNew && !edited.isNew()) {
                    edited = edited.withMatch(null, null);
                } else if (!wantNew && edited.isNew() && first.matchedPersonId() != null) {
                    edited = new ImportPlan.PersonCandidate(p.id(), edited.name(), p.variants(), p.roles(), p.subject(),
                            first.matchedPersonId(), first.matchedName(), first.matchKind(), p.firstMention());
                }
                return edited;
            };
        } else if (c instanceof ImportPlan.SentenceCandidate s) {
            ComboBox<SentenceKind> kind = combo("edit-kind", SentenceKind.values(), s.kind());
            add("edit.kind", kind);
            Spinner<Integer> years = spinner("edit-years", 0, 99, s.term() == null ? 0 : s.term().years());
            Spinner<Integer> months = spinner("edit-months", 0, 11, s.term() == null ? 0 : s.term().months());
            Spinner<Integer> days = spinner("edit-days", 0, 366, s.term() == null ? 0 : s.term().days());
            HBox term = new HBox(6, years, new Label(text.tr("edit.years")), months, new Label(text.tr("edit.months")),
                    days, new Label(text.tr("edit.days")));
            term.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            add("edit.term", term);
            TextField date = dateField(s.date());
            add("edit.date", date);
            TextField court = field("edit-court", s.court());
            add("edit.court", court);
            return () -> {
                int y = years.getValue(), m = months.getValue(), d = days.getValue();
                Term t = y == 0 && m == 0 && d == 0 ? null : new Term(y, m, d);
                return s.with(kind.getValue(), t, date(date), blankToNull(court.getText()));
            };
        } else if (c instanceof ImportPlan.AppealCandidate a) {
            ComboBox<AppealLevel> level = combo("edit-level", AppealLevel.values(), a.level());
            add("edit.level", level);
            TextField date = dateField(a.date());
            add("edit.date", date);
            TextField court = field("edit-court", a.court());
            add("edit.court", court);
            ComboBox<AppealOutcome> outcome = combo("edit-outcome", AppealOutcome.values(), a.outcome());
            add("edit.outcome", outcome);
            return () -> a.with(level.getValue(), date(date), blankToNull(court.getText()), outcome.getValue());
        } else if (c instanceof ImportPlan.RulingCandidate u) {
            ComboBox<UnBody> body = combo("edit-body", UnBody.values(), u.body());
            add("edit.body", body);
            TextField date = dateField(u.date());
            add("edit.date", date);
            ComboBox<Finding> finding = combo("edit-finding", Finding.values(), u.finding());
            add("edit.finding", finding);
            return () -> u.with(body.getValue(), date(date), finding.getValue());
        } else if (c instanceof ImportPlan.DesignationCandidate g) {
            ComboBox<org.casetrack.model.DesignationKind> kind = combo("edit-designation-kind",
                    org.casetrack.model.DesignationKind.values(), g.kind());
            add("edit.kind", kind);
            TextField by = field("edit-designated-by", g.designatedBy());
            add("edit.designatedBy", by);
            TextField list = field("edit-list", g.listName());
            add("edit.list", list);
            TextField date = dateField(g.date());
            add("edit.date", date);
            return () -> g.with(kind.getValue(), blankToNull(by.getText()), blankToNull(list.getText()), date(date));
        } else if (c instanceof ImportPlan.EventCandidate e) {
            ComboBox<EventType> type = combo("edit-type", EventType.values(), e.type());
            add("edit.type", type);
            TextField date = dateField(e.date());
            add("edit.date", date);
            TextArea summary = new TextArea(e.summary() == null ? "" : e.summary());
            summary.setId("edit-summary");
            summary.setWrapText(true);
            summary.setPrefRowCount(4);
            summary.setMinHeight(96);
            add("edit.summary", summary);
            return () -> e.with(type.getValue(), date(date), blankToNull(summary.getText()));
        }
        throw new IllegalArgumentException("Not an import candidate: " + c);
    }

    private void add(String labelKey, Node field) {
        Label label = new Label(text.tr(labelKey));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.addRow(line++, label, field);
    }

    private TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    private TextField dateField(PartialDate d) {
        TextField f = field("edit-date", d == null ? "" : PartialDates.format(d, text.locale()));
        f.setPromptText(text.tr("edit.date.prompt"));
        f.textProperty().addListener((o, a, b) -> validate(null, f));
        return f;
    }

    private void validate(TextField name, TextField date) {
        if (name != null && name.getText().isBlank()) {
            problem.setText(text.tr("edit.error.name"));
            invalid.set(true);
        } else if (date != null && !date.getText().isBlank() && !PartialDateParser.parse(date.getText()).ok()) {
            problem.setText(text.tr("edit.error.date"));
            invalid.set(true);
        } else {
            problem.setText("");
            invalid.set(false);
        }
    }

    private static PartialDate date(TextField f) {
        if (f.getText().isBlank()) {
            return null;
        }
        PartialDateParser.Result r = PartialDateParser.parse(f.getText());
        return r.ok() ? r.date() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.min(max, value));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(80);
        return s;
    }

    private <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, E value) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Arrays.asList(values));
        box.setValue(value == null ? values[values.length - 1] : value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return text.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
