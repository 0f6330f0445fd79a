package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.Term;

/**
 * Finds lengths of time: "18 months", "12-year", "two and a half years'",
 * "seven-and-a-half-year", "a year and a half", "two years and six months",
 * "five and three days" (two values, for "respectively").
 */
final class TermFinder {

    private static final String N = NumberWords.NUMBER;
    private static final String SEP = "(?:\\s+|-)";
    /**
     * What a term's first number starts with: a digit, "a"/"an" before a separator, or the first
     * three letters of a number word. A word like "the" fails here on its third letter instead of
     * being tried against every number word and the rest of the pattern.
     */
    private static final String NUMBER_START =
            "(?=\\d|an?[\\s,\\-]|twe|thi|for|fif|six|sev|eig|nin|one|two|thr|fou|fiv|ten|ele|hun)";
    private static final Pattern TERM = Rx.compile("(?i)\\b" + NUMBER_START + "(?<nums>(?:" + N + "|an?)(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)" + N + ")*)"
            + "(?<half>" + SEP + "and" + SEP + "a" + SEP + "half)?" + SEP + "(?<unit>year|month|week|day)s?\\b(?!-old)"
            + "(?<half2>\\s+and\\s+a\\s+half)?"
            // "two years and six months", "1 year 6 months", "4 years, 6 months"
            + "(?:(?<sep>\\s+and|,)?\\s+(?<n2>" + N + ")\\s+(?<u2>month|day)s?\\b)?['\u2019]?");
    private static final Pattern HALF_A = Rx.compile("(?i)\\bhalf\\s+a\\s+(year|month)\\b");

    private TermFinder() {
    }

    /** Between the numbers of a list: "two, three and four years". */
    private static final Pattern NUMBER_SEPARATOR = Pattern.compile("\\s*,\\s*(?:(?i:and|or)\\s+)?|\\s+(?i:and|or)\\s+");

    static List<TermMention> find(String text, int from, int to) {
        return find(text, from, to, text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
    }

    /** As {@link #find(String, int, int)}, with the sentence's lower-case text already made. */
    static List<TermMention> find(String text, int from, int to, String lower) {
        List<TermMention> out = new ArrayList<>();
        if (!lower.contains("year") && !lower.contains("month") && !lower.contains("day") && !lower.contains("week")) {
            return out;
        }
        Matcher m = TERM.matcher(text).region(from, to);
        while (m.find()) {
            char unit = Character.toLowerCase(m.group("unit").charAt(0));
            boolean half = m.group("half") != null || m.group("half2") != null;
            List<Term> values = new ArrayList<>();
            for (String n : NUMBER_SEPARATOR.split(m.group("nums"))) {
                boolean pointFive = n.endsWith(".5");
                Integer v = NumberWords.parse(pointFive ? n.substring(0, n.length() - 2) : n);
                if (v == null) {
                    values.clear();
                    break;
                }
                values.add(term(unit, v, half || pointFive));
            }
            if (values.isEmpty()) {
                continue;
            }
            int end = m.end();
            if (m.group("n2") != null && values.size() == 1) {
                Integer v2 = NumberWords.parse(m.group("n2"));
                char u2 = Character.toLowerCase(m.group("u2").charAt(0));
                boolean and = m.group("sep") != null && !m.group("sep").equals(",");
                if (v2 != null && !and && (unit != 'y' || u2 != 'm' || v2 >= 12)) {
                    // without "and" only "1 year 6 months" is one term; "six years, 18 months" is a list: read the second alone
                    end = m.start("sep") >= 0 ? m.start("sep") : m.start("n2");
                    out.add(new TermMention(m.start(), end, List.copyOf(values), unit));
                    m.region(end, to);
                    continue;
                }
                if (v2 != null) {
                    Term t = values.get(0);
                    values.set(0, u2 == 'm' ? new Term(t.years(), t.months() + v2, t.days())
                            : new Term(t.years(), t.months(), t.days() + v2));
                }
            }
            out.add(new TermMention(m.start(), m.end(), List.copyOf(values), unit));
        }
        Matcher h = HALF_A.matcher(text).region(from, to);
        while (h.find()) {
            boolean year = Character.toLowerCase(h.group(1).charAt(0)) == 'y';
            out.removeIf(t -> t.start() < h.end() && t.end() > h.start()); // "a year" inside "half a year"
            out.add(new TermMention(h.start(), h.end(), List.of(year ? new Term(0, 6, 0) : new Term(0, 0, 15)), year ? 'm' : 'd'));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static Term term(char unit, int v, boolean half) {
        return switch (unit) {
            case 'y' -> new Term(v, half ? 6 : 0, 0);
            case 'm' -> new Term(0, v, half ? 15 : 0);
            case 'w' -> new Term(0, 0, v * 7 + (half ? 3 : 0));
            default -> new Term(0, 0, v);
        };
    }
}
