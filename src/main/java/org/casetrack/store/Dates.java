package org.casetrack.store;

import java.time.LocalDate;
import org.casetrack.model.DatePrecision;
import org.casetrack.model.PartialDate;

/** Maps a partial date to its three stored columns (from, to, precision) and back. */
final class Dates {

    private Dates() {
    }

    static LocalDate from(PartialDate d) {
        return d == null ? null : d.earliest();
    }

    static LocalDate to(PartialDate d) {
        return d == null ? null : d.latest();
    }

    static String precision(PartialDate d) {
        return d == null ? null : d.precision().name();
    }

    static PartialDate read(LocalDate from, String precision) {
        return from == null ? null : PartialDate.fromStored(from, precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String stored, E fallback) {
        if (stored == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
