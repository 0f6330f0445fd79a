package org.casetrack.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a penalty as a court states it: years, months and days kept apart
 * ("two and a half years" is 2 years 6 months), written as an ISO-8601 period.
 */
public record Term(int years, int months, int days) {

    private static final Pattern ISO = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    public Term {
        if (years < 0 || months < 0 || days < 0) {
            throw new IllegalArgumentException("a term cannot be negative");
        }
    }

    public static Term parse(String iso) {
        Matcher m = ISO.matcher(iso == null ? "" : iso.trim().toUpperCase());
        if (!m.matches() || iso.trim().equalsIgnoreCase("P")) {
            throw new IllegalArgumentException("not an ISO-8601 period such as P2Y6M or P15D: " + iso);
        }
        int y = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int w = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int d = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        return new Term(y, mo, d + 7 * w);
    }

    public static Term parseNullable(String iso) {
        return iso == null || iso.isBlank() ? null : parse(iso);
    }

    public static Term of(Integer years, Integer months, Integer days) {
        if (years == null && months == null && days == null) {
            return null;
        }
        return new Term(years == null ? 0 : years, months == null ? 0 : months, days == null ? 0 : days);
    }

    public boolean isZero() {
        return years == 0 && months == 0 && days == 0;
    }

    public int totalMonths() {
        return years * 12 + months;
    }

    /** "P2Y6M", "P15D"; a zero term is "P0D". */
    public String toIso() {
        if (isZero()) {
            return "P0D";
        }
        StringBuilder sb = new StringBuilder("P");
        if (years > 0) {
            sb.append(years).append('Y');
        }
        if (months > 0) {
            sb.append(months).append('M');
        }
        if (days > 0) {
            sb.append(days).append('D');
        }
        return sb.toString();
    }

    /** "2 years 6 months", "15 days". */
    public String toEnglish() {
        StringBuilder sb = new StringBuilder();
        append(sb, years, "year");
        append(sb, months, "month");
        append(sb, days, "day");
        return sb.length() == 0 ? "0 days" : sb.toString();
    }

    private static void append(StringBuilder sb, int n, String unit) {
        if (n > 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }

    @Override
    public String toString() {
        return toIso();
    }
}
