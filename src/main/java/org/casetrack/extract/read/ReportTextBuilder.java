package org.casetrack.extract.read;

import java.util.List;

/** Cleans raw text, finds the chapter body and the metadata. */
final class ReportTextBuilder {

    private ReportTextBuilder() {
    }

    static ReportText build(String raw, String format, List<Integer> pageStarts) {
        String text = raw == null ? "" : raw;
        boolean keepOffsets = pageStarts != null && !pageStarts.isEmpty();
        if (!keepOffsets) {
            text = WebCopyCleaner.normalise(text);
            text = WebCopyCleaner.splitGluedHeadings(text);
        }
        int[] body = WebCopyCleaner.findBody(text);
        DocumentMetadata meta = DocumentMetadata.detect(text, body[0], body[1]);
        return new ReportText(text, format, pageStarts, body[0], body[1],
                meta.title(), meta.publisher(), meta.country(), meta.periodYear());
    }
}
