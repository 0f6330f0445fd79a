package org.casetrack.ui.control;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.casetrack.model.PartialDate;
import org.casetrack.ui.common.I18n;

/**
 * A text field for dates known to the year, month or day. Shows the precision it read
 * beside the text ("month") and a plain message when the text is not a date.
 * {@link #valueProperty()} holds the last valid date (null when blank or invalid).
 */
public final class PartialDateField extends HBox {

    private final TextField text = new TextField();
    private final Label precision = new Label();
    private final ObjectProperty<PartialDate> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean updating;

    public PartialDateField() {
        getStyleClass().add("partial-date-field");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        text.setPromptText(I18n.tr("date.prompt"));
        text.setTooltip(new Tooltip(I18n.tr("date.help")));
        text.setPrefColumnCount(12);
        HBox.setHgrow(text, Priority.ALWAYS);
        precision.getStyleClass().addAll("text-muted", "text-small");
        precision.setMinWidth(70);
        getChildren().addAll(text, precision);
        text.textProperty().addListener((o, a, b) -> reparse(b));
        value.addListener((o, a, b) -> {
            if (!updating) {
                updating = true;
                text.setText(b == null ? "" : PartialDates.format(b, I18n.locale()));
                updating = false;
                reparse(text.getText());
            }
        });
        reparse("");
    }

    private void reparse(String s) {
        if (s == null || s.isBlank()) {
            error.set(null);
            precision.setText("");
            setValueQuietly(null);
            text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
            return;
        }
        PartialDateParser.Result r = PartialDateParser.parse(s);
        text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !r.ok());
        if (r.ok()) {
            error.set(null);
            precision.setText(I18n.tr("date.precision." + r.date().precision().name()));
            setValueQuietly(r.date());
        } else {
            error.set(I18n.tr(r.errorKey()));
            precision.setText(I18n.tr("date.precision.invalid"));
            setValueQuietly(null);
        }
    }

    private void setValueQuietly(PartialDate d) {
        if (!updating) {
            updating = true;
            value.set(d);
            updating = false;
        }
    }

    public ObjectProperty<PartialDate> valueProperty() {
        return value;
    }

    public PartialDate getValue() {
        return value.get();
    }

    public void setValue(PartialDate d) {
        value.set(d);
    }

    /** The plain message for invalid text, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TextField textField() {
        return text;
    }

    public Label precisionLabel() {
        return precision;
    }
}
