package org.casetrack.ui.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers that turn model values into display text. */
public final class Labels {

    private Labels() {
    }

    public static String enums(Collection<? extends Enum<?>> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return values.stream().sorted(Comparator.comparing(Enum::ordinal)).map(I18n::label).collect(Collectors.joining(", "));
    }

    public static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public static <E extends Enum<E>> List<E> values(Class<E> type) {
        return List.of(type.getEnumConstants());
    }
}
