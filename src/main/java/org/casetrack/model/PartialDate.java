package org.casetrack.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as a report states it ("in 2012",
 * "in March 2016", "on 21 May 2016"). A missing day is never filled in: {@link #earliest()}
 * and {@link #latest()} give the range the statement covers, for sorting and filtering.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, null, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses "2016", "2016-05" or "2016-05-21"; throws IllegalArgumentException otherwise. */
    public static PartialDate parse(String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso);
        }
        int y = Integer.parseInt(m.group(1));
        Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new PartialDate(y, mo, d);
    }

    /** Parses, or returns null for null or blank input. */
    public static PartialDate parseNullable(String iso) {
        return iso == null || iso.isBlank() ? null : parse(iso);
    }

    /** Rebuilds a partial date from its stored earliest day and precision. */
    public static PartialDate fromStored(LocalDate earliest, DatePrecision precision) {
        if (earliest == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case YEAR -> ofYear(earliest.getYear());
            case MONTH -> ofMonth(earliest.getYear(), earliest.getMonthValue());
            case DAY -> of(earliest);
        };
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    public boolean isExact() {
        return day != null;
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        if (day != null) {
            return LocalDate.of(year, month, day);
        }
        if (month != null) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** The exact day, or null when the source did not give one. */
    public LocalDate exactDay() {
        return day == null ? null : LocalDate.of(year, month, day);
    }

    /** True when the span of this date overlaps [from, to] (either bound may be null). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !latest().isBefore(from)) && (to == null || !earliest().isAfter(to));
    }

    /** "2016", "2016-05" or "2016-05-21". */
    public String toIso() {
        StringBuilder sb = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            sb.append(String.format("-%02d", month));
        }
        if (day != null) {
            sb.append(String.format("-%02d", day));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toIso();
    }

    /** Orders by earliest day, then the less precise first (a whole month before its days). */
    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        if (c != 0) {
            return c;
        }
        c = o.latest().compareTo(latest());
        return c;
    }

    public static String isoOrNull(PartialDate d) {
        return d == null ? null : d.toIso();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && Objects.equals(p.month, month) && Objects.equals(p.day, day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }
}
