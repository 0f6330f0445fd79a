package org.casetrack.ui.control;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Term;

/** Shows partial dates as written: "2012", "Mar 2016", "21 May 2016"; and sentence ends. */
public final class PartialDates {

    private PartialDates() {
    }

    public static String format(PartialDate d, Locale locale) {
        if (d == null) {
            return "";
        }
        if (d.month() == null) {
            return Integer.toString(d.year());
        }
        boolean ru = "ru".equals(locale.getLanguage());
        if (d.day() == null) {
            String m = Month.of(d.month()).getDisplayName(ru ? TextStyle.FULL_STANDALONE : TextStyle.SHORT, locale);
            return m + " " + d.year();
        }
        String m = Month.of(d.month()).getDisplayName(ru ? TextStyle.FULL : TextStyle.SHORT, locale);
        return d.day() + " " + m + " " + d.year();
    }

    /**
     * The day a term served from start ends, less pre-trial days credited. For a partial
     * start the answer is a window from the earliest to the latest possible end.
     */
    public static EndWindow sentenceEnd(PartialDate start, Term term, Integer pretrialDays) {
        if (start == null || term == null) {
            return null;
        }
        int credit = pretrialDays == null ? 0 : pretrialDays;
        java.time.LocalDate from = start.earliest().plusYears(term.years()).plusMonths(term.months()).plusDays(term.days()).minusDays(credit);
        java.time.LocalDate to = start.latest().plusYears(term.years()).plusMonths(term.months()).plusDays(term.days()).minusDays(credit);
        return new EndWindow(from, to);
    }

    /** The earliest and latest end; equal when the start day is known. */
    public record EndWindow(java.time.LocalDate from, java.time.LocalDate to) {
        public boolean exact() {
            return from.equals(to);
        }

        public String format(Locale locale) {
            String a = PartialDates.format(PartialDate.of(from), locale);
            return exact() ? a : a + " – " + PartialDates.format(PartialDate.of(to), locale);
        }
    }
}
