package org.casetrack.extract;

import org.casetrack.model.PartialDate;

/** A date expression found in the text, [start, end), with the date it stands for. */
record DateMention(int start, int end, PartialDate date) {
}
