package org.casetrack.extract;

import java.util.List;
import org.casetrack.model.Term;

/** A length of time in the text ("two and a half years'"); several values for "five and three days". */
record TermMention(int start, int end, List<Term> values, char unit) {
}
