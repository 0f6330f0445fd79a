package org.casetrack.extract;

import java.util.regex.Pattern;
import org.casetrack.model.PartialDate;

/**
 * The date of the last verdict a report told, for penalties stated in the sentences after it
 * without a date of their own (a news report's lead "On 8 October the court delivered its
 * verdict." followed by "X was sentenced to ..." for each defendant). It reaches only into the
 * same paragraph and the next one, and never into a sentence that gives a date itself or
 * tells a sentence being served or upheld (imposed at another time).
 * See docs/decisions/0100-generic-penalty-phrasings.md.
 */
final class VerdictDate {

    private static final Pattern VERDICT = Pattern.compile(
            "\\b(?:verdicts?|sentenced|sentencing|convicted|found (?:\\w+ ){0,4}guilty|jailed|handed down)\\b");
    private static final Pattern NOT_NOW = Pattern.compile(
            "\\b(?:serving|serves|served|completed|completing|upheld|uphold|upholding|previously|earlier|already|since|later|reduced|increased|commuted)\\b");

    private PartialDate date;
    private int paragraph = -10;

    /** Notes the sentence's verdict date, if it tells a verdict and gives a date to the month or day. */
    void see(SentenceContext c) {
        if (c.dates.isEmpty() || !VERDICT.matcher(c.lower).find()) {
            return;
        }
        PartialDate d = c.dates.get(0).date();
        if (d.month() == null) {
            return;
        }
        date = d;
        paragraph = c.sentence.paragraph();
    }

    /** The verdict date a dateless penalty of this sentence takes, or null. */
    PartialDate forUndated(SentenceContext c) {
        if (date == null || !c.dates.isEmpty() || c.sentence.paragraph() - paragraph > 1 || NOT_NOW.matcher(c.lower).find()) {
            return null;
        }
        return date;
    }
}
