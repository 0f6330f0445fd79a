package org.casetrack.ui.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Term;

/**
 * The state of an edit form, without any node: typed fields with their rules. A
 * {@code FormView} renders it; the view model reads values back and calls {@link #validate()}.
 */
public final class FormModel {

    /** One field of a form; labelKey names its label in the messages bundle. */
    public sealed interface Field permits Text, Number, Decimal, TermField, Date, Choice, MultiChoice, Check {
        String labelKey();

        /** The plain message for an invalid value, or null when it is valid. */
        String problem();
    }

    public record Text(String labelKey, StringProperty value, boolean required, boolean multiline) implements Field {
        @Override
        public String problem() {
            return required && (value.get() == null || value.get().isBlank()) ? I18n.tr("form.required", I18n.tr(labelKey)) : null;
        }

        public String clean() {
            String s = value.get();
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** A whole number typed as text (blank allowed); min bounds it. */
    public record Number(String labelKey, StringProperty value, int min, int max) implements Field {
        @Override
        public String problem() {
            String s = value.get();
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                int n = Integer.parseInt(s.strip());
                return n < min || n > max ? I18n.tr("form.range", I18n.tr(labelKey), min, max) : null;
            } catch (NumberFormatException e) {
                return I18n.tr("form.number", I18n.tr(labelKey));
            }
        }

        public Integer parsed() {
            String s = value.get();
            return s == null || s.isBlank() || problem() != null ? null : Integer.valueOf(s.strip());
        }
    }

    /** An amount of money typed as text ("1500", "1 500,50"); blank allowed. */
    public record Decimal(String labelKey, StringProperty value) implements Field {
        @Override
        public String problem() {
            String s = value.get();
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return parse(s).signum() < 0 ? I18n.tr("form.amount", I18n.tr(labelKey)) : null;
            } catch (NumberFormatException e) {
                return I18n.tr("form.amount", I18n.tr(labelKey));
            }
        }

        public java.math.BigDecimal parsed() {
            String s = value.get();
            return s == null || s.isBlank() || problem() != null ? null : parse(s);
        }

        private static java.math.BigDecimal parse(String s) {
            return new java.math.BigDecimal(s.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        }
    }

    /** A term as years, months, days typed like "5y 6m", "P5Y6M" or "2 years 6 months". */
    public record TermField(String labelKey, StringProperty value) implements Field {
        @Override
        public String problem() {
            String s = value.get();
            if (s == null || s.isBlank()) {
                return null;
            }
            return TermText.parse(s) == null ? I18n.tr("form.term", I18n.tr(labelKey)) : null;
        }

        public Term parsed() {
            String s = value.get();
            return s == null || s.isBlank() ? null : TermText.parse(s);
        }
    }

    /** A partial date; error holds the date field's own message while the text is not a date. */
    public record Date(String labelKey, ObjectProperty<PartialDate> value, StringProperty error, boolean required) implements Field {
        @Override
        public String problem() {
            if (error.get() != null && !error.get().isBlank()) {
                return I18n.tr(labelKey) + ": " + error.get();
            }
            return required && value.get() == null ? I18n.tr("form.required", I18n.tr(labelKey)) : null;
        }
    }

    public record Choice<T>(String labelKey, ObjectProperty<T> value, List<T> options, Function<T, String> label, boolean required)
            implements Field {
        @Override
        public String problem() {
            return required && value.get() == null ? I18n.tr("form.required", I18n.tr(labelKey)) : null;
        }
    }

    public record MultiChoice<T>(String labelKey, ObservableSet<T> value, List<T> options, Function<T, String> label) implements Field {
        @Override
        public String problem() {
            return null;
        }
    }

    public record Check(String labelKey, BooleanProperty value) implements Field {
        @Override
        public String problem() {
            return null;
        }
    }

    private final String titleKey;
    private final List<Field> fields = new ArrayList<>();

    public FormModel(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public List<Field> fields() {
        return fields;
    }

    public Text text(String labelKey, String initial, boolean required) {
        return add(new Text(labelKey, new SimpleStringProperty(initial), required, false));
    }

    public Text area(String labelKey, String initial) {
        return add(new Text(labelKey, new SimpleStringProperty(initial), false, true));
    }

    public Number number(String labelKey, Integer initial, int min, int max) {
        return add(new Number(labelKey, new SimpleStringProperty(initial == null ? "" : initial.toString()), min, max));
    }

    public Decimal decimal(String labelKey, java.math.BigDecimal initial) {
        return add(new Decimal(labelKey, new SimpleStringProperty(initial == null ? "" : initial.toPlainString())));
    }

    public TermField term(String labelKey, Term initial) {
        return add(new TermField(labelKey, new SimpleStringProperty(initial == null ? "" : TermText.format(initial))));
    }

    public Date date(String labelKey, PartialDate initial, boolean required) {
        return add(new Date(labelKey, new SimpleObjectProperty<>(initial), new SimpleStringProperty(), required));
    }

    public <T> Choice<T> choice(String labelKey, T initial, List<T> options, Function<T, String> label, boolean required) {
        return add(new Choice<>(labelKey, new SimpleObjectProperty<>(initial), options, label, required));
    }

    public <T> MultiChoice<T> multi(String labelKey, Collection<T> initial, List<T> options, Function<T, String> label) {
        ObservableSet<T> set = FXCollections.observableSet(new java.util.LinkedHashSet<>(initial == null ? Set.of() : initial));
        return add(new MultiChoice<>(labelKey, set, options, label));
    }

    public Check check(String labelKey, boolean initial) {
        return add(new Check(labelKey, new SimpleBooleanProperty(initial)));
    }

    private <F extends Field> F add(F f) {
        fields.add(f);
        return f;
    }

    /** Every problem, in field order; empty when the form can be saved. */
    public List<String> validate() {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            String p = f.problem();
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }
}
