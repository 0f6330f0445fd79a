package org.casetrack.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.UnBody;

/**
 * Decisions of UN bodies on an individual's complaint: a treaty body or working group
 * named with a ruling word ("found that", "decision", "ruling", "views", "opinion") and a
 * person. A body reviewing the country (concluding observations, periodic report, a visit)
 * names no complainant and is no ruling.
 */
final class UnRulingFinder {

    record Found(PersonRegistry.Entry person, UnBody body, PartialDate date, Finding finding) {
    }

    private static final Object[][] BODIES = {
            {Pattern.compile("\\bcommittee against torture\\b|\\bcat\\b(?= committee| found| ruled| decided)"), UnBody.CAT},
            {Pattern.compile("\\bhuman rights committee\\b|\\bhrc\\b(?= found| ruled| decided)"), UnBody.HRC},
            {Pattern.compile("\\bcedaw\\b|committee on the elimination of discrimination against women"), UnBody.CEDAW},
            {Pattern.compile("\\bcerd\\b|committee on the elimination of racial discrimination"), UnBody.CERD},
            {Pattern.compile("\\bcrpd\\b|committee on the rights of persons with disabilities"), UnBody.CRPD},
            {Pattern.compile("committee on the rights of the child"), UnBody.CRC},
            {Pattern.compile("\\bcescr\\b|committee on economic, social and cultural rights"), UnBody.CESCR},
            {Pattern.compile("committee on enforced disappearances"), UnBody.CED},
            {Pattern.compile("working group on arbitrary detention|\\bwgad\\b"), UnBody.WGAD},
    };
    private static final Pattern RULING = Pattern.compile(
            "\\b(?:found|finds|finding|decision|decisions|decided|ruling|ruled|rules|views|opinion|concluded|held that|"
                    + "determined|declared|recogni[sz]ed|established|deemed|considered|arbitrary|"
                    + "called for (?:his|her|their|the) (?:immediate )?release)\\b");
    private static final Pattern REVIEW = Pattern.compile(
            "\\b(?:concluding observations|periodic report|periodic review|universal periodic|reviewed|review of|visited|visit)\\b");
    private static final Pattern INDIVIDUAL = Pattern.compile("\\b(?:complaint|communication|views|individual|petition|case of)\\b");
    private static final Pattern VIOLATION = Pattern.compile(
            "\\b(?:violat\\w*|breach\\w*|tortur\\w*|ill-treat\\w*|arbitrar\\w*|failed to|discriminat\\w*|compensation|"
                    + "redress|remedy|release)\\b");

    private UnRulingFinder() {
    }

    static Found find(SentenceContext c) {
        String l = c.lower;
        if (!c.words.hasAny("committee", "group", "cedaw", "cerd", "crpd", "cescr", "wgad", "cat", "hrc")) {
            return null;
        }
        UnBody body = null;
        int at = -1;
        String withoutBody = l;
        for (Object[] b : BODIES) {
            Matcher m = ((Pattern) b[0]).matcher(l);
            if (m.find()) {
                body = (UnBody) b[1];
                at = c.start() + m.start();
                // the Working Group on Arbitrary Detention's own name is no finding of arbitrariness
                withoutBody = l.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + l.substring(m.end());
                break;
            }
        }
        if (body == null || !RULING.matcher(withoutBody).find()) {
            return null;
        }
        List<PersonRegistry.Entry> people = c.peopleIn(at, c.end());
        if (people.isEmpty()) {
            people = c.allPeople();
        }
        if (REVIEW.matcher(l).find() && !INDIVIDUAL.matcher(l).find()) {
            return null; // a review of the country, even if it names someone, is no ruling on a complaint
        }
        if (people.isEmpty()) {
            people = c.pronounPeople();
        }
        if (people.isEmpty()) {
            return null;
        }
        Finding finding = l.matches("(?s).*\\b(?:no violation|did not violate|not violated)\\b.*") ? Finding.NO_VIOLATION
                : l.contains("inadmissible") ? Finding.INADMISSIBLE
                : VIOLATION.matcher(withoutBody).find() ? Finding.VIOLATION : Finding.UNKNOWN;
        return new Found(people.get(0), body, c.dateNear(at), finding);
    }
}
