package org.casetrack.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.casetrack.ui.control.PartialDateField;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** Renders a {@link FormModel} as labelled controls with ControlsFX validation; only binds. */
public final class FormView {

    private final FormModel model;
    private final GridPane grid = new GridPane();
    private final Label problems = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox root;

    public FormView(FormModel model) {
        this.model = model;
        grid.setHgap(12);
        grid.setVgap(10);
        grid.getColumnConstraints().addAll(new ColumnConstraints(150), new ColumnConstraints(200, 380, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int row = 0;
        for (FormModel.Field f : model.fields()) {
            Label label = new Label(I18n.tr(f.labelKey()));
            label.setWrapText(true);
            Node control = control(f);
            label.setLabelFor(control);
            grid.add(label, 0, row);
            grid.add(control, 1, row);
            row++;
        }
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.setManaged(false);
        problems.setVisible(false);
        root = new VBox(12, grid, problems);
        root.setPadding(new Insets(8, 4, 4, 4));
    }

    private Node control(FormModel.Field f) {
        String name = I18n.tr(f.labelKey());
        if (f instanceof FormModel.Text t) {
            Control c;
            if (t.multiline()) {
                TextArea a = new TextArea();
                a.setWrapText(true);
                a.setPrefRowCount(4);
                a.textProperty().bindBidirectional(t.value());
                c = a;
            } else {
                TextField tf = new TextField();
                tf.textProperty().bindBidirectional(t.value());
                c = tf;
            }
            c.setId(idOf(f));
            if (t.required()) {
                validation.registerValidator(c, Validator.createEmptyValidator(I18n.tr("form.required", name)));
            }
            return c;
        }
        if (f instanceof FormModel.Number n) {
            TextField tf = new TextField();
            tf.setId(idOf(f));
            tf.setPrefColumnCount(6);
            tf.textProperty().bindBidirectional(n.value());
            validation.registerValidator(tf, false, (Control c, String v) -> ValidationResult.fromErrorIf(c, n.problem(), n.problem() != null));
            return tf;
        }
        if (f instanceof FormModel.Decimal n) {
            TextField tf = new TextField();
            tf.setId(idOf(f));
            tf.setPrefColumnCount(10);
            tf.textProperty().bindBidirectional(n.value());
            validation.registerValidator(tf, false, (Control c, String v) -> ValidationResult.fromErrorIf(c, n.problem(), n.problem() != null));
            return tf;
        }
        if (f instanceof FormModel.TermField t) {
            TextField tf = new TextField();
            tf.setId(idOf(f));
            tf.setPromptText(I18n.tr("term.prompt"));
            tf.textProperty().bindBidirectional(t.value());
            validation.registerValidator(tf, false, (Control c, String v) -> ValidationResult.fromErrorIf(c, t.problem(), t.problem() != null));
            return tf;
        }
        if (f instanceof FormModel.Date d) {
            PartialDateField pf = new PartialDateField();
            pf.setId(idOf(f));
            pf.setValue(d.value().get());
            d.value().bind(pf.valueProperty());
            d.error().bind(pf.errorProperty());
            validation.registerValidator(pf.textField(), false, (Control c, String v) -> ValidationResult.fromMessageIf(c,
                    d.problem(), Severity.ERROR, d.problem() != null));
            return pf;
        }
        if (f instanceof FormModel.Choice<?> ch) {
            return choice(ch, name);
        }
        if (f instanceof FormModel.MultiChoice<?> mc) {
            return multi(mc);
        }
        if (f instanceof FormModel.Check ck) {
            CheckBox cb = new CheckBox();
            cb.setId(idOf(f));
            cb.selectedProperty().bindBidirectional(ck.value());
            return cb;
        }
        throw new IllegalArgumentException(f.toString());
    }

    private <T> Node choice(FormModel.Choice<T> ch, String name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(idOf(ch));
        if (!ch.required()) {
            box.getItems().add(null);
        }
        box.getItems().addAll(ch.options());
        box.setMaxWidth(Double.MAX_VALUE);
        Function<T, String> label = ch.label();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "—" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : label.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(ch.value());
        if (ch.required()) {
            validation.registerValidator(box, Validator.createEmptyValidator(I18n.tr("form.required", name)));
        }
        return box;
    }

    private <T> Node multi(FormModel.MultiChoice<T> mc) {
        FlowPane pane = new FlowPane(10, 6);
        pane.setId(idOf(mc));
        for (T option : mc.options()) {
            CheckBox cb = new CheckBox(mc.label().apply(option));
            cb.setSelected(mc.value().contains(option));
            cb.selectedProperty().addListener((o, a, b) -> {
                if (b) {
                    mc.value().add(option);
                } else {
                    mc.value().remove(option);
                }
            });
            mc.value().addListener((SetChangeListener<T>) ch -> cb.setSelected(mc.value().contains(option)));
            pane.getChildren().add(cb);
        }
        return pane;
    }

    /** A stable node id for tests: the label key with dots as dashes, "person-name". */
    public static String idOf(FormModel.Field f) {
        return "field-" + f.labelKey().replace("field.", "").replace('.', '-');
    }

    public Node root() {
        return root;
    }

    /** Shows the problems; true when there are none. */
    public boolean showProblems() {
        List<String> p = model.validate();
        problems.setText(String.join("\n", p));
        problems.setManaged(!p.isEmpty());
        problems.setVisible(!p.isEmpty());
        return p.isEmpty();
    }

    /**
     * Shows the form in a dialog and returns true when the user saved valid values. The
     * dialog stays open while the form has problems, listing them in plain words.
     */
    public static boolean showDialog(Window owner, FormModel model) {
        FormView view = new FormView(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr(model.titleKey()));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(I18n.tr("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        ScrollPane scroll = new ScrollPane(view.root());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, 46.0 * model.fields().size() + 40));
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!view.showProblems()) {
                e.consume();
            }
        });
        Optional<ButtonType> result = dialog.showAndWait();
        return result.isPresent() && result.get() == save;
    }
}
