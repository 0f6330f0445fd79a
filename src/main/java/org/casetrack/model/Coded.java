package org.casetrack.model;

import java.util.Locale;

/**
 * An enum with a stable external code: the lower-case name used in JSON, CSV and the
 * sample data ("administrative_detention"), or the acronym for UN bodies ("HRC").
 */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code case-insensitively, accepting spaces or hyphens for underscores. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("missing " + type.getSimpleName());
        }
        String wanted = code.trim().replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.code().equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + code);
    }

    static <E extends Enum<E> & Coded> E parseOr(Class<E> type, String code, E fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return parse(type, code);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
