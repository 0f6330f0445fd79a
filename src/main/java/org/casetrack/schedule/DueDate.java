package org.casetrack.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an item falls due: one day, or a window (from..to) when the input date was only
 * known to the month or year. A window is never narrowed to an invented day.
 */
public record DueDate(LocalDate from, LocalDate to) implements Comparable<DueDate> {

    public DueDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + ".." + to);
        }
    }

    public static DueDate on(LocalDate day) {
        return new DueDate(day, day);
    }

    public boolean isExact() {
        return from.equals(to);
    }

    /** The exact day, or null for a window. */
    public LocalDate day() {
        return isExact() ? from : null;
    }

    /** True when any day of this date lies in [start, end]. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !to.isBefore(start) && !from.isAfter(end);
    }

    /** "2017-04-22", or "2017-04-16..2017-05-15" for a window. */
    public String toIso() {
        return isExact() ? from.toString() : from + ".." + to;
    }

    @Override
    public int compareTo(DueDate o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
