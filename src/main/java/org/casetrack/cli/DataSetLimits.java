package org.casetrack.cli;

import java.math.BigDecimal;
import java.time.Year;
import java.util.regex.Pattern;
import org.casetrack.dataset.DataSet;

/**
 * Range checks on a data file before anything is written, each failure one sentence that
 * says which record and what is allowed (docs/decisions/0053-error-sentences.md). Lengths
 * are also enforced by the database's columns, reported by {@link UserError}.
 */
final class DataSetLimits {

    static final int MIN_BIRTH_YEAR = 1850;
    static final int MAX_PRETRIAL_DAYS = 36_500;
    static final BigDecimal MAX_FINE = new BigDecimal("1e15");
    static final int MAX_TEXT = 100_000;
    /** Years of exactly four digits, as docs/data-format.md writes dates (YYYY, YYYY-MM, YYYY-MM-DD). */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private DataSetLimits() {
    }

    static void check(DataSet d) {
        int thisYear = Year.now().getValue();
        for (DataSet.PersonEntry p : d.persons()) {
            String who = "person " + label(p.key() != null ? p.key() : p.name());
            text(who, p.name(), p.notes(), p.placeOfDetention(), p.givenName(), p.familyName());
            if (p.birthYear() != null && (p.birthYear() < MIN_BIRTH_YEAR || p.birthYear() > thisYear)) {
                throw new UserError("The birth year of " + who + " must be between " + MIN_BIRTH_YEAR + " and " + thisYear + "; nothing was imported.");
            }
        }
        for (DataSet.CaseEntry c : d.cases()) {
            text("case " + label(c.key()), c.title(), c.summary());
        }
        int i = 0;
        for (DataSet.SentenceEntry s : d.sentences()) {
            String what = "sentence " + (++i);
            text(what, s.notes(), s.court());
            if (s.pretrialDays() != null && (s.pretrialDays() < 0 || s.pretrialDays() > MAX_PRETRIAL_DAYS)) {
                throw new UserError("The pre-trial days of " + what + " must be between 0 and " + MAX_PRETRIAL_DAYS + "; nothing was imported.");
            }
            if (s.fineAmount() != null && (s.fineAmount().signum() < 0 || s.fineAmount().compareTo(MAX_FINE) >= 0)) {
                throw new UserError("The fine of " + what + " must be a positive amount below 10^15; nothing was imported.");
            }
            date(what, s.imposed(), s.start());
        }
        i = 0;
        for (DataSet.AppealEntry a : d.appeals()) {
            String what = "appeal " + (++i);
            text(what, a.notes(), a.court());
            date(what, a.filed(), a.hearing(), a.decision());
        }
        i = 0;
        for (DataSet.RulingEntry r : d.unRulings()) {
            String what = "UN ruling " + (++i);
            text(what, r.notes(), r.articles());
            date(what, r.adopted());
        }
        i = 0;
        for (DataSet.EventEntry e : d.events()) {
            String what = "event " + (++i);
            text(what, e.summary(), e.place());
            date(what, e.date());
        }
        i = 0;
        for (DataSet.UserDeadlineEntry u : d.userDeadlines()) {
            String what = "dated item " + (++i);
            text(what, u.title(), u.note());
            date(what, u.due());
        }
        i = 0;
        for (DataSet.ScheduleStateEntry s : d.scheduleStates()) {
            String what = "schedule decision " + (++i);
            text(what, s.note());
            date(what, s.overrideDate());
        }
    }

    private static void text(String what, String... values) {
        for (String v : values) {
            if (v != null && v.length() > MAX_TEXT) {
                throw new UserError("A text of " + what + " is " + v.length() + " characters long, more than the " + MAX_TEXT
                        + " allowed; nothing was imported.");
            }
        }
    }

    private static void date(String what, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !DATE.matcher(v.strip()).matches()) {
                throw new UserError("A date of " + what + " must be written YYYY, YYYY-MM or YYYY-MM-DD with a year up to 9999; nothing was imported.");
            }
        }
    }

    /** A record's key, cut short: a message must stay one readable sentence. */
    static String label(String key) {
        if (key == null) {
            return "(no key)";
        }
        String k = key.replaceAll("\\s+", " ");
        return "'" + (k.length() > 40 ? k.substring(0, 40) + "…" : k) + "'";
    }
}
