package org.casetrack.ui.person;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.ui.common.PageTexts;

/** The person view's designations: one line per designation with Edit and Remove, and a one-line form to add one or change the one being edited. Binds to its view model. */
public final class DesignationsSection {

    public static final String BUNDLE = "org.casetrack.ui.person.designations";

    private final DesignationsViewModel vm;
    private final PageTexts text;
    private final VBox root = new VBox(6);

    public DesignationsSection(DesignationsViewModel vm, PageTexts text) {
        this.vm = vm;
        this.text = text;
        build();
        vm.load();
    }

    public static PageTexts texts(Locale locale) {
        return new PageTexts(BUNDLE, locale) { };
    }

    public Node node() {
        return root;
    }

    private void build() {
        root.setId("person-designations");
        Label title = new Label(text.tr("title"));
        title.getStyleClass().add("section-title");
        VBox rows = new VBox(4);
        rows.setId("designation-rows");
        Runnable fill = () -> {
            rows.getChildren().clear();
            if (vm.designations().isEmpty()) {
                Label empty = new Label(text.tr("empty"));
                empty.getStyleClass().add("text-muted");
                rows.getChildren().add(empty);
            }
            for (Designation d : vm.designations()) {
                Label l = new Label(text.tr("row", text.tr("kind." + d.kind().name()), d.designatedBy(),
                        d.listName() == null ? "" : text.tr("row.list", d.listName()),
                        (d.date() == null ? "" : text.tr("row.date", org.casetrack.ui.common.DetailPage.date(d.date()))) + (d.url() == null ? "" : text.tr("row.url", d.url()))));
                l.setWrapText(true);
                l.getStyleClass().add("designation-text");
                VBox about = new VBox(2, l);
                if (d.quote() != null) { // imported from a report: the sentence that says so
                    Label source = new Label(text.tr("row.source", d.quote()));
                    source.setWrapText(true);
                    source.getStyleClass().addAll("text-muted", "text-small");
                    about.getChildren().add(source);
                }
                Button edit = new Button(text.tr("edit"));
                edit.setId("designation-edit-" + d.id());
                edit.getStyleClass().addAll("flat", "small");
                edit.setOnAction(e -> vm.edit(d));
                Button remove = new Button(text.tr("remove"));
                remove.setId("designation-remove-" + d.id());
                remove.getStyleClass().addAll("flat", "small");
                remove.setOnAction(e -> vm.remove(d));
                HBox.setHgrow(about, javafx.scene.layout.Priority.ALWAYS); // Edit and Remove line up on the right
                about.setMaxWidth(Double.MAX_VALUE);
                HBox row = new HBox(8, about, edit, remove);
                row.setId("designation-row-" + d.id());
                row.setAlignment(Pos.CENTER_LEFT);
                rows.getChildren().add(row);
            }
        };
        vm.designations().addListener((ListChangeListener<Designation>) c -> fill.run());
        fill.run();

        ComboBox<DesignationKind> kind = new ComboBox<>(FXCollections.observableArrayList(DesignationKind.values()));
        kind.setId("designation-kind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DesignationKind k) {
                return k == null ? "" : text.tr("kind." + k.name());
            }

            @Override
            public DesignationKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField by = field("designation-by", "by", vm.byProperty());
        TextField list = field("designation-list", "list", vm.listProperty());
        TextField date = field("designation-date", "date", vm.dateProperty());
        TextField url = field("designation-url", "url", vm.urlProperty());
        Button add = new Button();
        add.setId("designation-add");
        add.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editingProperty().isNull())
                .then(text.tr("add")).otherwise(text.tr("save")));
        add.setOnAction(e -> vm.add());
        Button cancel = new Button(text.tr("cancel"));
        cancel.setId("designation-cancel");
        cancel.visibleProperty().bind(vm.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelEdit());
        FlowPane form = new FlowPane(6, 6, kind, labelled(by, "by"), labelled(list, "list"), labelled(date, "date"),
                labelled(url, "url"), add, cancel);
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.setRowValignment(javafx.geometry.VPos.BOTTOM);
        Label error = new Label();
        error.setId("designation-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        root.getChildren().addAll(title, rows, form, error);
    }

    /** The field under its label: as a prompt inside a 14-column field the hints were cut ("Date (YYYY, YYYY-MM or YY"). */
    private VBox labelled(TextField f, String key) {
        Label l = new Label(text.tr(key));
        l.setLabelFor(f);
        l.getStyleClass().add("text-small");
        l.setMinWidth(Label.USE_PREF_SIZE);
        f.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        f.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(l.widthProperty(), 160));
        return new VBox(2, l, f);
    }

    private TextField field(String id, String prompt, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(text.tr(prompt));
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
