package org.casetrack.extract;

/** One sentence of the report: [start, end) in the text and the number of its paragraph. */
record Sentence(int start, int end, int paragraph) {

    Span span() {
        return new Span(start, end);
    }
}
