package org.casetrack.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    record Found(List<PersonRegistry.Entry> persons, PartialDate date, String court, AppealOutcome outcome) {
    }

    private static final Pattern PARTLY = Pattern.compile(
            "\\b(?:reduced (?:his |her |their |the )?(?:sentences?|terms?|prison terms?)|reduced (?:it|them) to|commuted|"
                    + "conditionally released|conditional(?:ly)? (?:early )?release|replaced (?:\\w+ ){0,6}with (?:a |an )?(?:suspended|conditional|restricted|fine)|"
                    + "changed (?:\\w+ ){0,6}to (?:a |an )?(?:suspended|conditional)|shortened|mitigated|partially (?:upheld|granted|satisfied))\\b");
    private static final Pattern GRANTED = Pattern.compile(
            "\\b(?:overturned|quashed|annulled|reversed|vacated|"
                    + "cancell?ed (?:\\w+ ){0,3}(?:order|decision|conviction|sentence|verdict|ruling|judgment|judgement)|"
                    + "acquitted (?:\\w+ ){0,3}on appeal|on appeal,? (?:\\w+ ){0,4}acquitted|granted (?:\\w+ ){0,3}appeal|"
                    + "upheld (?:\\w+ ){0,3}(?:appeal|complaint|claim)s?\\b(?! against))");
    private static final Pattern DISMISSED = Pattern.compile(
            "\\b(?:upheld|(?:rejected|dismissed|denied|turned down|refused) (?:\\S+ ){0,6}(?:appeals?|cassation|complaints?|petitions?|challenges?)|"
                    + "appeals? (?:was|were|had been) (?:rejected|dismissed|denied|turned down|refused)|"
                    + "confirmed (?:the |his |her |their )?(?:sentences?|verdicts?|convictions?)|left (?:\\w+ ){0,4}unchanged)");
    private static final Pattern PENDING = Pattern.compile(
            "\\b(?:appeals? (?:\\w+ ){0,4}(?:is|was|remained|were|are) pending|pending (?:an |the |his |her |their )?appeal|"
                    + "(?:lodged|filed|submitted) (?:an |a )?(?:appeal|cassation)|appealed)");
    private static final Pattern APPEAL_COURT = Pattern.compile(
            "\\b(?:appeals?['\u2019]? court|appellate court|court of appeals?|cassation|on appeal|appeal hearing|appeal court)\\b");
    private static final Pattern COURTISH = Pattern.compile(
            "\\b(?:court|appeal|appeals|cassation|tribunal|judge|judges|council of state|supreme)\\b");
    private static final Pattern COURT_NAME = Pattern.compile(
            "((?:[A-Z][\\p{L}'\u2019.\\-]*\\s+){0,5}(?:Court|Tribunal)(?:\\s+of\\s+(?:[A-Z][\\p{L}\\-]*)(?:\\s+[A-Z][\\p{L}\\-]*)*)?|Council of State)");

    private AppealFinder() {
    }

    static Found find(SentenceContext c) {
        String l = c.lower;
        if (!COURTISH.matcher(l).find()) {
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
        if (outcome == AppealOutcome.PENDING && !APPEAL_COURT.matcher(l).find() && !l.contains("pending")) {
            // "X appealed" alone says nothing about a ruling yet; keep it only when pending is explicit
            if (!l.contains("time of writing")) {
                return null;
            }
        }
        List<PersonRegistry.Entry> persons = c.peopleOrPronoun();
        if (persons.isEmpty()) {
            return null;
        }
        PartialDate date = c.lastDateIn(c.start(), cue);
        if (date == null) {
            date = dateInCueClause(c, cue);
        }
        if (date == null) {
            date = c.periodYearDate();
        }
        return new Found(persons, date, court(c), outcome);
    }

    /** A date after the cue in the same clause ("upheld the sentence on 4 May"); later clauses tell older steps. */
    private static PartialDate dateInCueClause(SentenceContext c, int cue) {
        for (DateMention d : c.dates) {
            if (d.start() >= cue) {
                String between = c.text.substring(cue, d.start());
                return between.indexOf(',') < 0 && between.indexOf(';') < 0 ? d.date() : null;
            }
        }
        return null;
    }

    /** A court named with capitals ("Supreme Court", "Atyrau Regional Court"), or null. */
    static String court(SentenceContext c) {
        Matcher m = COURT_NAME.matcher(c.text).region(c.start(), c.end());
        while (m.find()) {
            String name = m.group(1).trim().replaceFirst("^(?:The|On|In|At|An|A|But|And|Then|Later|Also)\\s+", "");
            if (!name.isEmpty() && !name.equals("Court")) {
                return name;
            }
        }
        return null;
    }
}
