package org.casetrack.extract.read;

import java.util.List;

/**
 * A report as the extractor sees it: normalised text (offsets of every finding point into
 * {@link #text()}), the format it came from, PDF page starts, the range holding the
 * chapter itself (web copies carry menus before and after it) and document metadata.
 */
public record ReportText(String text, String format, List<Integer> pageStarts, int bodyStart, int bodyEnd,
                         String title, String publisher, String country, Integer periodYear) {

    public ReportText {
        text = text == null ? "" : text;
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        bodyStart = Math.max(0, Math.min(bodyStart, text.length()));
        bodyEnd = Math.max(bodyStart, Math.min(bodyEnd, text.length()));
    }

    /** Builds a report from raw text of the given format: cleans it and detects the metadata. */
    public static ReportText of(String rawText, String format, List<Integer> pageStarts) {
        return ReportTextBuilder.build(rawText, format, pageStarts);
    }

    /** Plain text with no file behind it (tests, the benchmark, pasted text). */
    public static ReportText ofText(String rawText) {
        return of(rawText, "text", List.of());
    }
}
