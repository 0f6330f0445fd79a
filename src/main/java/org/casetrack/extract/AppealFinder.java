package org.casetrack.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.RuleTable;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.PartialDate;

/**
 * Rulings on appeals, cassations and other challenges, with the outcome seen from the
 * appellant: "upheld the sentence" and "rejected the appeals" are dismissed; "overturned",
 * "quashed", "cancelled the order" granted; "reduced", "commuted", "conditionally released",
 * "replaced with a suspended sentence" partly granted; an appeal court's other orders
 * unknown; an appeal awaiting decision pending.
 */
final class AppealFinder {

    /** One ruling; {@code via} is "named", "pronoun" or "antecedent" (the people of the sentence before). */
    record Found(List<PersonRegistry.Entry> persons, PartialDate date, String court, AppealOutcome outcome, String via) {
    }

    /** The phrasings of appeal rulings, one section per rule (rules/appeals.txt); read before every pattern below. */
    private static final RuleTable RULES = RuleTable.load("appeals.txt");
    private static final String[] COURT_WORDS = RULES.words("court-words").toArray(String[]::new);
    private static final String[] CUE_WORD_STARTS = RULES.words("cue-word-starts").toArray(String[]::new);
    private static final java.util.Set<String> LEADING = java.util.Set.copyOf(RULES.words("not-in-court-name"));
    private static final Pattern PARTLY = Rx.compile(RULES.regex("partly"));
    private static final Pattern GRANTED = Rx.compile(RULES.regex("granted"));
    private static final Pattern DISMISSED = Rx.compile(RULES.regex("dismissed"));
    private static final Pattern PENDING = Rx.compile(RULES.regex("pending"));
    private static final Pattern DEFINITE = Rx.compile(RULES.regex("definite"));
    private static final Pattern APPEAL_COURT = Rx.compile(RULES.regex("appeal-court"));
    /** An appeal announced, intended, renounced or possible is no ruling ("said he will appeal", "refused to appeal"). */
    private static final Pattern NO_RULING = Rx.compile(RULES.regex("no-ruling"));
    /** "against the July verdict": a date naming the decision appealed, not the ruling on the appeal. */
    private static final Pattern DECISION_DATE = Rx.compile(RULES.regex("decision-date"));

    private AppealFinder() {
    }

    static Found find(SentenceContext c) {
        String l = c.lower;
        Words w = c.words;
        if (!w.hasAny(COURT_WORDS)
                && !l.contains("council of state")) {
            return null;
        }
        if (!w.hasPrefix(CUE_WORD_STARTS)) {
            return null;
        }
        AppealOutcome outcome = null;
        int cue = -1;
        for (Object[] rule : new Object[][] {
                {PARTLY, AppealOutcome.PARTLY_GRANTED}, {GRANTED, AppealOutcome.GRANTED},
                {DISMISSED, AppealOutcome.DISMISSED}, {PENDING, AppealOutcome.PENDING},
                {APPEAL_COURT, AppealOutcome.UNKNOWN}}) {
            Matcher m = ((Pattern) rule[0]).matcher(l);
            if (m.find()) {
                outcome = (AppealOutcome) rule[1];
                cue = c.start() + m.start();
                break;
            }
        }
        if (outcome == null) {
            return null;
        }
        if (NO_RULING.matcher(l).find() && !DEFINITE.matcher(l).find()) {
            return null;
        }
        if (outcome == AppealOutcome.PENDING && !APPEAL_COURT.matcher(l).find() && !l.contains("pending")) {
            // "X appealed" alone says nothing about a ruling yet; keep it only when pending is explicit
            if (!l.contains("time of writing")) {
                return null;
            }
        }
        List<PersonRegistry.Entry> persons = c.allPeople();
        String via = "named";
        if (persons.isEmpty()) {
            persons = c.pronounPeople();
            via = "pronoun";
        }
        if (persons.isEmpty() && DEFINITE.matcher(l).find()) {
            persons = c.antecedents; // "An appeals court upheld the sentence." after the sentence was told
            via = "antecedent";
        }
        if (persons.isEmpty()) {
            return null;
        }
        PartialDate date = c.lastDateIn(c.start(), cue);
        if (date == null || dateInEarlierClause(c, cue)) {
            PartialDate inClause = dateInCueClause(c, cue);
            date = inClause != null ? inClause : date;
        }
        if (date == null) {
            date = c.periodYearDate();
        }
        return new Found(persons, date, court(c), outcome, via);
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile(";|,\\s+(?:and|but|while|whereas)\\s|\\.\\s");

    /** "sentenced on 13 June, and the appeal court upheld it on 2 October": the last date before the cue is another clause's. */
    private static boolean dateInEarlierClause(SentenceContext c, int cue) {
        int end = -1;
        for (DateMention d : c.dates) {
            if (d.end() <= cue) {
                end = d.end();
            }
        }
        return end >= 0 && CLAUSE_BREAK.matcher(c.text.substring(end, cue)).find();
    }

    /** A date after the cue in the same clause ("upheld the sentence on 4 May"); later clauses tell older steps. */
    private static PartialDate dateInCueClause(SentenceContext c, int cue) {
        for (DateMention d : c.dates) {
            if (d.start() >= cue) {
                String between = c.text.substring(cue, d.start());
                if (DECISION_DATE.matcher(c.lower(cue, d.start())).find()) {
                    return null;
                }
                return between.indexOf(',') < 0 && between.indexOf(';') < 0 ? d.date() : null;
            }
        }
        return null;
    }

    /** A court named with capitals ("Supreme Court", "Atyrau Regional Court of Appeal"), or null. */
    static String court(SentenceContext c) {
        String t = c.text;
        String sentence = t.substring(c.start(), c.end());
        if (sentence.contains("Council of State")) {
            return "Council of State";
        }
        for (String head : new String[] {"Court", "Tribunal"}) {
            int rel = sentence.indexOf(head);
            while (rel >= 0) {
                int at = c.start() + rel;
                int start = at;
                int words = 0;
                int k = at - 1;
                while (k > c.start() && t.charAt(k) == ' ' && words < 5) {
                    int e = k;
                    int b = k - 1;
                    while (b >= c.start() && (Character.isLetter(t.charAt(b)) || t.charAt(b) == '-' || t.charAt(b) == '\'' || t.charAt(b) == '\u2019')) {
                        b--;
                    }
                    String w = t.substring(b + 1, e);
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || LEADING.contains(w)) {
                        break;
                    }
                    start = b + 1;
                    words++;
                    k = b;
                }
                int end = at + head.length();
                if (t.startsWith(" of ", end) && end + 4 < c.end() && Character.isUpperCase(t.charAt(end + 4))) {
                    end += 4;
                    while (end < c.end() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
                        end++;
                    }
                }
                if (start < at || end > at + head.length()) {
                    return t.substring(start, end);
                }
                rel = sentence.indexOf(head, rel + 1);
            }
        }
        return null;
    }
}
