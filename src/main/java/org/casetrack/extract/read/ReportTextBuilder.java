package org.casetrack.extract.read;

import java.util.List;
import java.util.regex.Pattern;

/** Cleans raw text, finds the chapter body and the metadata. */
final class ReportTextBuilder {

    private static final Pattern UN_DECISION = Pattern.compile(
            DataLines.alternation(DataLines.sections("un-rulings.txt"), "header-document"), Pattern.MULTILINE);

    private ReportTextBuilder() {
    }

    private static String lower(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            a[i] = Character.toLowerCase(a[i]);
        }
        return new String(a);
    }

    static ReportText build(String raw, String format, List<Integer> pageStarts) {
        String text = raw == null ? "" : raw;
        boolean keepOffsets = pageStarts != null && !pageStarts.isEmpty();
        if (!keepOffsets) {
            // same-length repairs only: offsets stay those of the original text (decision 0040)
            text = WebCopyCleaner.normaliseInPlace(text);
            text = LineJoiner.join(text);
        }
        int[] body = WebCopyCleaner.findBody(text);
        if (UN_DECISION.matcher(lower(text.substring(0, Math.min(text.length(), 6000)))).find()) {
            body[0] = 0; // a UN body's decision: its header block (complainant, dates) is content, not a menu
        }
        DocumentMetadata meta = DocumentMetadata.detect(text, body[0], body[1]);
        return new ReportText(text, format, pageStarts, body[0], body[1],
                meta.title(), meta.publisher(), meta.country(), meta.periodYear());
    }
}
