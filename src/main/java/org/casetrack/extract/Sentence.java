package org.casetrack.extract;

/** One sentence of the report: [start, end) in the text, its paragraph and its index. */
record Sentence(int start, int end, int paragraph, int index) {

    Span span() {
        return new Span(start, end);
    }
}
