package org.casetrack.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.PartialDate;

/**
 * Finds date expressions and their precision: "On 4 January", "on January 4, 2016",
 * "In March", "December 2015", "in 2009", "In the period 19-24 January", "last year".
 * A month without a year takes the year of an earlier full date in the same sentence,
 * else the report's covered year. A day is never invented; an event "ahead of" a day is
 * dated to its month only.
 */
final class DateFinder {

    private static final String MONTH = "(?=[JFMASOND])(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final Pattern RANGE_DAY_MONTH = Rx.compile(
            "\\b(\\d{1,2})\\s*[-\u2013]\\s*(\\d{1,2})\\s+" + MONTH + "(?:,?\\s+" + YEAR + "(?![\\d-]))?");
    private static final Pattern DAY_MONTH = Rx.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "(?![\\d-]))?");
    private static final Pattern MONTH_DAY = Rx.compile(
            MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d)(?:,\\s*" + YEAR + "(?![\\d-]))?\\b");
    private static final Pattern MONTH_YEAR = Rx.compile(MONTH + ",?\\s+" + YEAR + "(?![\\d-])");
    /** "in December of the same year", "in May that year": the month of the year told before it. */
    private static final Pattern MONTH_SAME_YEAR = Rx.compile(MONTH + "\\s+(?:of\\s+)?(?:the\\s+same|that)\\s+year\\b");
    private static final Pattern SAME_YEAR_TAIL = Rx.compile("(?:same|that)\\s+year$");
    private static final Pattern MONTH_ONLY = Rx.compile(MONTH + "(?![\\w-])");
    private static final Pattern YEAR_ONLY = Rx.compile("(?=[12])(?<![\\d,.$\u20AC\u00A3/])(?<!\\d-)" + YEAR + "(?!\\d|,\\d|s\\b|-\\d|/\\d)");
    private static final Pattern LAST_YEAR = Rx.compile("(?i)\\b(last|previous|this|the same) year\\b");
    private static final Pattern ISO_DAY = Rx.compile("(?<![\\d-])((?:19|20)\\d\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d-])");
    /** "on 10.9.2008", "26.09.2022": day, month, year as Europe writes them with dots. */
    private static final Pattern DOTTED_DAY = Rx.compile(
            "(?<![\\d.])(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.((?:19|20)\\d\\d)(?![\\d.]\\d)");
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** "on Wednesday", not "on Tuesday, November 12" (that one is a full date). */
    private static final Pattern WEEKDAY_ONLY = Rx.compile("(?i:\\b(?:on|last|this|since|until|by)\\s+)" + WEEKDAY
            + "\\b(?![,\\s]+(?:the\\s+)?(?:\\d|" + MONTH + "))");
    /** "(b. 1965)", "born on 4 May 1965": a birth date, no step of a case. */
    private static final Pattern BORN_BEFORE = Rx.compile("(?i)(?:\\bborn|\\bb\\.)(?:\\s+(?:in|on))?\\s*$");
    /** "the country's 1999 Penal Code", "its 2024 Freedom on the Net report": a year in a title, no date. */
    private static final Pattern TITLE_BEFORE = Rx.compile("(?:\\bthe|\\bits|\\btheir|['\u2019]s)\\s+$");

    /**
     * What a yearless date falls back on, after a full date earlier in its own sentence: a full
     * date told earlier in the paragraph ({@code carryYear}, null where the document dates its
     * own year by day and month only), then the dateline, then the year the report covers.
     * "last year" and weekdays ("on Wednesday") are read only against a dateline.
     */
    record Anchor(Integer carryYear, Integer carryMonth, PartialDate dateline) {
        static final Anchor NONE = new Anchor(null, null, null);
    }
    private static final Pattern AHEAD = Rx.compile(
            "(?i)(?:in advance of|ahead of|before|prior to|planned for|scheduled for)\\W+(?:\\w+\\W+){0,6}$");

    private DateFinder() {
    }

    static List<DateMention> find(String text, int from, int to, Integer periodYear) {
        return find(text, from, to, periodYear, new Words(text.substring(from, to).toLowerCase(Locale.ROOT)));
    }

    static List<DateMention> find(String text, int from, int to, Integer periodYear, Words words) {
        return find(text, from, to, periodYear, words, Anchor.NONE);
    }

    static List<DateMention> find(String text, int from, int to, Integer periodYear, Words words, Anchor anchor) {
        List<DateMention> out = new ArrayList<>();
        boolean hasMonth = words.hasMonth();
        if (!hasMonth && !words.hasDigit() && !words.has("year") && anchor.dateline() == null) {
            return out;
        }
        boolean[] taken = new boolean[to - from];
        int[] mw = monthWindow(text, from, to);
        int[] dw = digitWindow(text, from, to);
        // most specific first; later patterns skip text already taken
        if (hasMonth) {
            scan(RANGE_DAY_MONTH, text, from, to, mw, taken, out, m -> {
                int month = month(m.group(3));
                Integer y = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
                return new int[] {y == null ? -1 : y, month, 0};
            });
            scan(DAY_MONTH, text, from, to, mw, taken, out, m -> {
                int day = Integer.parseInt(m.group(1));
                int month = month(m.group(2));
                Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
                return new int[] {y == null ? -1 : y, month, day};
            });
            scan(MONTH_DAY, text, from, to, mw, taken, out, m -> {
                int month = month(m.group(1));
                int day = Integer.parseInt(m.group(2));
                Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
                return new int[] {y == null ? -1 : y, month, day};
            });
            scan(MONTH_YEAR, text, from, to, mw, taken, out, m -> new int[] {Integer.parseInt(m.group(2)), month(m.group(1)), 0});
            scan(MONTH_SAME_YEAR, text, from, to, new int[] {mw[0], Math.min(to, mw[1] + 20)}, taken, out, m -> new int[] {-1, month(m.group(1)), 0});
            scan(MONTH_ONLY, text, from, to, mw, taken, out, m -> {
                if (m.group(1).equals("May") && !monthContext(text, m.start())) {
                    return null;
                }
                return new int[] {-1, month(m.group(1)), 0};
            });
        }
        if (words.hasDigit()) {
            scan(ISO_DAY, text, from, to, dw, taken, out, m -> new int[] {Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
            scan(DOTTED_DAY, text, from, to, dw, taken, out, m -> new int[] {Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))});
            scan(YEAR_ONLY, text, from, to, dw, taken, out, m -> {
                boolean titled = m.end() + 1 < text.length() && text.charAt(m.end()) == ' '
                        && Character.isLetter(text.charAt(m.end() + 1))
                        && TITLE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find();
                // "its 2024 Freedom on the Net report", "after the 2020 elections": the year names a thing, it dates no step
                return titled ? null : new int[] {Integer.parseInt(m.group(1)), 0, 0};
            });
        }
        PartialDate dl = anchor.dateline();
        if (words.has("year")) {
            scan(LAST_YEAR, text, from, to, new int[] {from, to}, taken, out, m -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                if (w.equals("the same")) {
                    return new int[] {-1, 0, 0}; // the year of the date told before it
                }
                if (dl == null) {
                    return null; // "last year" of an undated text: unknown, not the covered year's
                }
                return new int[] {w.equals("this") ? dl.year() : dl.year() - 1, 0, 0};
            });
        }
        if (dl != null && dl.day() != null && words.hasAny("monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday")) {
            java.time.LocalDate day = java.time.LocalDate.of(dl.year(), dl.month(), dl.day());
            scan(WEEKDAY_ONLY, text, from, to, new int[] {from, to}, taken, out, m -> {
                int want = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
                java.time.LocalDate d = day.minusDays(((day.getDayOfWeek().getValue() - want) + 7) % 7);
                return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
            });
        }
        // "(b. 1965)", "born on 4 May 1965": a birth date dates no step of a case and anchors no year
        out.removeIf(d -> BORN_BEFORE.matcher(text.substring(Math.max(0, d.start() - 14), d.start())).find());
        out.sort(Comparator.comparingInt(DateMention::start));
        return resolveYears(text, out, periodYear, anchor);
    }

    /** The part of [from, to) where month names occur, with room for a day and year around them. */
    private static int[] monthWindow(String text, int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ("JFMASOND".indexOf(c) >= 0 && (i == from || !Character.isLetter(text.charAt(i - 1)))
                    && i + 2 < to && Character.isLowerCase(text.charAt(i + 1))) {
                int e = i + 1;
                while (e < to && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                if (isMonth(text, i, e)) {
                    if (first < 0) {
                        first = i;
                    }
                    last = e;
                }
                i = e;
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {Math.max(from, first - 12), Math.min(to, last + 12)};
    }

    private static final String[] MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec"};

    /** isMonth(text.substring(from, to)) without the copy: monthWindow asks it for every capitalised word. */
    private static boolean isMonth(String text, int from, int to) {
        int n = to - from;
        if (n < 3 || n > 9) {
            return false;
        }
        for (String w : MONTH_WORDS) {
            if (w.length() == n && text.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }

    /** The part of [from, to) holding digits. */
    private static int[] digitWindow(String text, int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i + 1;
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {Math.max(from, first - 1), Math.min(to, last + 1)};
    }

    private interface Reader {
        int[] read(Matcher m);
    }

    private static void scan(Pattern p, String text, int from, int to, int[] window, boolean[] taken,
                             List<DateMention> out, Reader r) {
        if (window[0] >= window[1]) {
            return;
        }
        Matcher m = p.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end(); i++) {
                if (taken[i - from]) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                continue;
            }
            int[] ymd = r.read(m);
            if (ymd == null || ymd[0] == -2) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i - from] = true;
            }
            // year -1 means "no year given": resolved later; encoded as a placeholder year 1
            PartialDate d = build(ymd[0] < 0 ? 1 : ymd[0], ymd[1], ymd[2]);
            if (d != null) {
                out.add(new DateMention(m.start(), m.end(), d));
            }
        }
    }

    /**
     * A yearless date takes the year of a preceding full date in the sentence, else of the
     * anchor's earlier full date, else the dateline's, else the covered year.
     */
    private static List<DateMention> resolveYears(String text, List<DateMention> in, Integer periodYear, Anchor anchor) {
        List<DateMention> out = new ArrayList<>(in.size());
        Integer context = anchor.carryYear();
        Integer contextMonth = anchor.carryMonth();
        Integer fallback = anchor.dateline() != null ? Integer.valueOf(anchor.dateline().year()) : periodYear;
        for (DateMention dm : in) {
            PartialDate d = dm.date();
            if (d.year() == 1 && d.month() == null) {
                if (context == null) {
                    continue; // "the same year" with no year told before it
                }
                d = PartialDate.ofYear(context);
            } else if (d.year() == 1) {
                boolean sameYear = SAME_YEAR_TAIL.matcher(text.substring(dm.start(), dm.end())).find();
                Integer y = context != null ? context : fallback;
                if (!sameYear && context != null && fallback != null && context < fallback && d.month() != null
                        && contextMonth != null && d.month() < contextMonth) {
                    // "held since October 2020, convicted on August 18": a month before the earlier
                    // date's month, told after it, falls in a later year: the one the report covers
                    y = fallback;
                }
                if (y == null) {
                    continue;
                }
                d = build(y, d.month(), d.day() == null ? 0 : d.day());
                if (d == null) {
                    continue;
                }
            } else if (d.month() != null) {
                context = d.year();
                contextMonth = d.month();
            }
            if (d.day() != null && AHEAD.matcher(text.substring(Math.max(0, dm.start() - 60), dm.start())).find()) {
                d = PartialDate.ofMonth(d.year(), d.month());
            }
            out.add(new DateMention(dm.start(), dm.end(), d));
        }
        return out;
    }

    private static boolean monthContext(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        int e = k + 1;
        while (k >= 0 && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String prev = text.substring(k + 1, e).toLowerCase(Locale.ROOT);
        return prev.equals("in") || prev.equals("since") || prev.equals("of") || prev.equals("until")
                || prev.equals("by") || prev.equals("early") || prev.equals("late") || prev.equals("mid")
                || prev.equals("from") || prev.equals("during") || prev.equals("and") || prev.equals("to");
    }

    private static PartialDate build(int y, int month, int day) {
        try {
            if (month == 0) {
                return PartialDate.ofYear(y);
            }
            return day == 0 ? PartialDate.ofMonth(y, month) : PartialDate.ofDay(y, month, day);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 1;
    }
}
