package org.casetrack.export;

import java.util.List;

/**
 * A letter laid out as a list of blocks (headings, paragraphs, bullets, tables) with
 * footnote numbers into {@link #notes()}: what the DOCX, PDF and Markdown renderers lay out,
 * so the three show the same words and the same numbering. Build it with {@link Citations#finish}.
 */
public record LetterDocument(Lang lang, PageSize page, org.casetrack.model.Letterhead letterhead, String title,
                             List<Block> blocks, List<Note> notes) {

    /** How a paragraph looks: plain, bold (subject line), muted (meta), a question, or a gap to fill in. */
    public enum Style { NORMAL, STRONG, MUTED, QUESTION, GAP }

    public sealed interface Block permits Heading, Para, Bullets, Lines, Table {
    }

    /** Level 1 or 2. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph with the footnotes that support it (ascending numbers). */
    public record Para(String text, List<Integer> notes, Style style) implements Block {
        public Para(String text) {
            this(text, List.of(), Style.NORMAL);
        }
    }

    public record Item(String text, List<Integer> notes, boolean gap) {
    }

    public record Bullets(List<Item> items) implements Block {
    }

    /** Lines without spacing between them: the recipient's address, the signature. */
    public record Lines(List<String> lines) implements Block {
    }

    /** A table whose header repeats on every page; each row's notes go after its last cell. */
    public record Table(List<String> header, List<Integer> widths, List<Row> rows) implements Block {
    }

    public record Row(List<String> cells, List<Integer> notes) {
    }

    /** A source: publisher, title, year, and the quoted sentence (or the curator's summary). */
    public record Note(int number, String publisher, String title, Integer year, String quote, String paraphrase, String url) {

        /** "Human Rights Watch, World Report 2017 (2016): “quote”" */
        public String text(Lang lang) {
            StringBuilder sb = new StringBuilder();
            if (publisher != null && !publisher.isBlank()) {
                sb.append(publisher.strip()).append(", ");
            }
            sb.append(title == null ? "" : title.strip());
            if (year != null) {
                sb.append(" (").append(year).append(')');
            }
            if (quote != null && !quote.isBlank()) {
                sb.append(lang == Lang.RU ? ": \u00AB" : ": \u201C").append(quote.strip()).append(lang == Lang.RU ? '\u00BB' : '\u201D');
            } else if (paraphrase != null && !paraphrase.isBlank()) {
                sb.append(lang == Lang.RU ? ". Кратко: " : ". Summary: ").append(paraphrase.strip());
            } else {
                sb.append('.');
            }
            if (url != null && !url.isBlank()) {
                sb.append(' ').append(url.strip());
            }
            return sb.toString();
        }

        Note renumbered(int n) {
            return new Note(n, publisher, title, year, quote, paraphrase, url);
        }
    }

    private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile("\\[(?:TO BE COMPLETED|ЗАПОЛНИТЬ)[^\\]]*]");

    /** A piece of text, marked when it is a gap the drafter must fill in ("[TO BE COMPLETED: …]"). */
    public record Segment(String text, boolean gap) {
    }

    /** Text cut into plain and gap pieces, so every renderer can highlight the gaps. */
    public static List<Segment> segments(String text) {
        List<Segment> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = GAP.matcher(text == null ? "" : text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Segment(text.substring(last, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            last = m.end();
        }
        if (text != null && last < text.length()) {
            out.add(new Segment(text.substring(last), false));
        }
        return out;
    }
}
