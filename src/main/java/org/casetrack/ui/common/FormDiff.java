package org.casetrack.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields where two fillings of the same form differ: the user's unsaved values and the
 * values someone else saved meanwhile, as the text each field shows (for the conflict dialog).
 */
public final class FormDiff {

    /** One field whose saved value differs from the user's. */
    public record Difference(String field, String mine, String theirs) {
    }

    private FormDiff() {
    }

    /** Fields are paired by label; both forms come from the same builder, so they match one to one. */
    public static List<Difference> between(FormModel mine, FormModel theirs) {
        List<Difference> out = new ArrayList<>();
        for (FormModel.Field m : mine.fields()) {
            FormModel.Field t = theirs.fields().stream().filter(f -> f.labelKey().equals(m.labelKey())).findFirst().orElse(null);
            String a = shown(m);
            String b = t == null ? "" : shown(t);
            if (!Objects.equals(a, b)) {
                out.add(new Difference(I18n.tr(m.labelKey()), a, b));
            }
        }
        return out;
    }

    /** The value as the form shows it; blank for nothing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String shown(FormModel.Field f) {
        if (f instanceof FormModel.Text t) {
            return t.clean() == null ? "" : t.clean();
        } else if (f instanceof FormModel.Number n) {
            return strip(n.value().get());
        } else if (f instanceof FormModel.Decimal d) {
            return strip(d.value().get());
        } else if (f instanceof FormModel.TermField t) {
            return strip(t.value().get());
        } else if (f instanceof FormModel.Date d) {
            return d.value().get() == null ? "" : DetailPage.date(d.value().get());
        } else if (f instanceof FormModel.Choice c) {
            return c.value().get() == null ? "" : String.valueOf(((java.util.function.Function) c.label()).apply(c.value().get()));
        } else if (f instanceof FormModel.MultiChoice m) {
            return ((java.util.Set<Object>) m.value()).stream()
                    .map(v -> String.valueOf(((java.util.function.Function) m.label()).apply(v))).sorted().collect(Collectors.joining(", "));
        } else if (f instanceof FormModel.Check c) {
            return I18n.tr(c.value().get() ? "action.yes" : "action.no");
        }
        return "";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
