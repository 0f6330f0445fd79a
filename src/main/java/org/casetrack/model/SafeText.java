package org.casetrack.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Neutralises the invisible characters that change how text is displayed: bidirectional
 * controls (the right-to-left override U+202E and its kin) can make "Ivanov" show as
 * another name, or hide text, in a letter, a spreadsheet or a calendar. Exports replace
 * them with U+FFFD, which is visible; JSON escapes them (\u202e) so a round trip keeps them.
 */
public final class SafeText {

    /** What replaces a control in a document meant for reading. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** True for the Unicode bidi formatting characters (embeddings, overrides, isolates, marks). */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** The text with every bidi control replaced by U+FFFD; null stays null. */
    public static String neutralise(String s) {
        if (s == null || s.chars().noneMatch(SafeText::isBidiControl)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.chars().forEach(c -> sb.append(isBidiControl(c) ? REPLACEMENT : (char) c));
        return sb.toString();
    }

    /** JSON text with each bidi control written as a \\u escape (it can only occur inside strings). */
    public static String escapeInJson(String json) {
        if (json.chars().noneMatch(SafeText::isBidiControl)) {
            return json;
        }
        StringBuilder sb = new StringBuilder(json.length() + 16);
        json.chars().forEach(c -> {
            if (isBidiControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString();
    }

    /**
     * A copy of a record (nested records and lists included) with every string neutralised,
     * so a renderer cannot forget a field.
     */
    @SuppressWarnings("unchecked")
    public static <T> T deep(T value) {
        return (T) clean(value);
    }

    private static Object clean(Object v) {
        if (v instanceof String s) {
            return neutralise(s);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(x -> out.add(clean(x)));
            return java.util.Collections.unmodifiableList(out);
        }
        if (v != null && v.getClass().isRecord()) {
            RecordComponent[] parts = v.getClass().getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    types[i] = parts[i].getType();
                    args[i] = clean(parts[i].getAccessor().invoke(v));
                }
                Constructor<?> c = v.getClass().getDeclaredConstructor(types);
                c.setAccessible(true);
                return c.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot copy " + v.getClass().getSimpleName(), e);
            }
        }
        return v;
    }
}
