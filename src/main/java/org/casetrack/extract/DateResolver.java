package org.casetrack.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.PartialDate;

/**
 * Dates of one report, sentence by sentence in order, with what a yearless date needs (see
 * docs/decisions/0041-date-resolution.md): the nearest full date told before it (in its own
 * sentence, else earlier in the paragraph), then the dateline, then the covered year. A
 * document that dates most events by day and month only (an annual chapter: "On June 3") does
 * not carry a background year ("convicted in January 2023") into later sentences.
 */
final class DateResolver {

    /** A dateline is a full date in the first characters of the text ("PARIS, 7 September 2009 -"). */
    private static final int DATELINE_CHARS = 300;
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern WITH_YEAR = Rx.compile(MONTH + "\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:19|20)\\d\\d\\b");
    private static final Pattern ANY_MONTH = Rx.compile("\\b" + MONTH + "\\b");
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final String text;
    private final Integer periodYear;
    private final PartialDate dateline;
    private final boolean carries;
    private int paragraph = -1;
    private Integer carryYear;
    private Integer carryMonth;

    DateResolver(String text, Integer periodYear) {
        this.text = text;
        this.periodYear = periodYear;
        PartialDate d = dateline(text);
        // a chapter covering 2016 printed on 12 January 2017: that date is its publication, no dateline
        this.dateline = d != null && periodYear != null && d.year() != periodYear ? null : d;
        this.carries = fullDatesDominate(text);
    }

    /** The first full date near the top of the text, or null. */
    static PartialDate dateline(String text) {
        int end = Math.min(text.length(), DATELINE_CHARS);
        for (DateMention d : DateFinder.find(text, 0, end, null)) {
            if (d.date().month() != null) {
                return d.date();
            }
        }
        return null;
    }

    /**
     * True when dates mostly carry their year: a yearless one then continues the story told before it.
     * Both patterns start with a month's full name, so they are tried only where one stands (found
     * with indexOf, in text order) instead of at every character; the counts are those of
     * {@code find()}: a search resumes after the end of its last match.
     */
    private static boolean fullDatesDominate(String text) {
        int n = text.length();
        Matcher m = WITH_YEAR.matcher(text).useTransparentBounds(true);
        Matcher a = ANY_MONTH.matcher(text).useTransparentBounds(true);
        int full = 0;
        int all = 0;
        int fullFrom = 0;
        int allFrom = 0;
        for (int i : monthPositions(text)) {
            if (i >= fullFrom && m.region(i, n).lookingAt()) {
                full++;
                fullFrom = m.end();
            }
            if (i >= allFrom && a.region(i, n).lookingAt()) {
                all++;
                allFrom = a.end();
            }
        }
        return full * 2 >= all;
    }

    /** Every offset where a month's full name starts, ascending (no name starts another). */
    private static int[] monthPositions(String text) {
        int[] out = new int[16];
        int size = 0;
        for (String name : MONTH_NAMES) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                if (size == out.length) {
                    out = java.util.Arrays.copyOf(out, size * 2);
                }
                out[size++] = i;
            }
        }
        int[] sorted = java.util.Arrays.copyOf(out, size);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    PartialDate dateline() {
        return dateline;
    }

    List<DateMention> find(Sentence s, Words words) {
        if (s.paragraph() != paragraph) {
            paragraph = s.paragraph();
            carryYear = null;
            carryMonth = null;
        }
        DateFinder.Anchor anchor = new DateFinder.Anchor(carries ? carryYear : null, carries ? carryMonth : null, dateline);
        List<DateMention> out = DateFinder.find(text, s.start(), s.end(), periodYear, words, anchor);
        for (DateMention d : out) {
            if (d.date().month() != null) {
                carryYear = d.date().year();
                carryMonth = d.date().month();
            }
        }
        return out;
    }
}
