package org.casetrack.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.casetrack.export.LetterDocument.Block;
import org.casetrack.export.LetterDocument.Note;

/**
 * Footnotes done properly: one note per distinct source passage (report + quoted sentence,
 * or report + summary), reused when cited again, and numbered by first appearance in the
 * finished letter, so the marks at any place are ascending and every renderer (and Word's
 * own footnote numbering) agrees.
 */
public final class Citations {

    private final Map<String, Note> byKey = new LinkedHashMap<>();

    /** The provisional number of a passage; the same passage always gets the same number. */
    public int cite(long documentId, String publisher, String title, Integer year, String quote, String paraphrase, String url) {
        String q = quote == null || quote.isBlank() ? null : quote.strip();
        String para = q == null && paraphrase != null && !paraphrase.isBlank() ? paraphrase.strip() : null;
        String key = documentId + "\u0000" + (q == null ? "" : q) + "\u0000" + (para == null ? "" : para);
        return byKey.computeIfAbsent(key, k -> new Note(byKey.size() + 1, publisher, title, year, q, para, url)).number();
    }

    /** A source with no stored document (a designation citing only a web page). */
    public int citeUrl(String publisher, String url) {
        String key = "url\u0000" + url;
        return byKey.computeIfAbsent(key, k -> new Note(byKey.size() + 1, publisher, url, null, null, null, null)).number();
    }

    /** The blocks with notes renumbered by first appearance and sorted, and the notes in that order. */
    public LetterDocument finish(Lang lang, PageSize page, org.casetrack.model.Letterhead head, String title, List<Block> blocks) {
        Map<Integer, Note> provisional = new LinkedHashMap<>();
        for (Note n : byKey.values()) {
            provisional.put(n.number(), n);
        }
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof LetterDocument.Para p) {
                out.add(new LetterDocument.Para(p.text(), map(p.notes(), renumber), p.style()));
            } else if (b instanceof LetterDocument.Bullets bl) {
                out.add(new LetterDocument.Bullets(bl.items().stream()
                        .map(i -> new LetterDocument.Item(i.text(), map(i.notes(), renumber), i.gap())).toList()));
            } else if (b instanceof LetterDocument.Table t) {
                out.add(new LetterDocument.Table(t.header(), t.widths(), t.rows().stream()
                        .map(r -> new LetterDocument.Row(r.cells(), map(r.notes(), renumber))).toList()));
            } else {
                out.add(b);
            }
        }
        List<Note> notes = new ArrayList<>();
        renumber.forEach((old, n) -> notes.add(provisional.get(old).renumbered(n)));
        return new LetterDocument(lang, page, head, title, out, notes);
    }

    /** New numbers for a place's notes: sorted by provisional order of first use there, then ascending. */
    private static List<Integer> map(List<Integer> notes, Map<Integer, Integer> renumber) {
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer old : new TreeSet<>(notes)) {
            sorted.add(renumber.computeIfAbsent(old, k -> renumber.size() + 1));
        }
        return List.copyOf(sorted);
    }
}
