package org.casetrack.export;

import java.util.List;
import org.casetrack.export.LetterDocument.Block;

/** The letter as Markdown, for e-mail and the preview pane; sources become Markdown footnotes, marks separated by commas. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(LetterDocument doc) {
        StringBuilder md = new StringBuilder();
        if (!doc.letterhead().isEmpty()) {
            if (!doc.letterhead().organisation().isEmpty()) {
                md.append("**").append(esc(doc.letterhead().organisation())).append("**  \n");
            }
            for (String l : LetterBuilder.lines(doc.letterhead().address())) {
                md.append(esc(l)).append("  \n");
            }
            md.append("\n---\n\n");
        }
        for (Block b : doc.blocks()) {
            if (b instanceof LetterDocument.Heading h) {
                md.append(h.level() == 1 ? "## " : "### ").append(inline(h.text())).append("\n\n");
            } else if (b instanceof LetterDocument.Para p) {
                String text = text(p.text()) + refs(p.notes());
                md.append(switch (p.style()) {
                    case STRONG, QUESTION -> "**" + text + "**";
                    case MUTED -> "_" + text + "_";
                    default -> text;
                }).append("\n\n");
            } else if (b instanceof LetterDocument.Bullets bl) {
                for (LetterDocument.Item i : bl.items()) {
                    md.append("- ").append(text(i.text())).append(refs(i.notes())).append('\n');
                }
                md.append('\n');
            } else if (b instanceof LetterDocument.Lines l) {
                for (String line : l.lines()) {
                    md.append(text(line)).append("  \n");
                }
                md.append('\n');
            } else if (b instanceof LetterDocument.Table t) {
                md.append('|');
                t.header().forEach(h -> md.append(' ').append(cell(h)).append(" |"));
                md.append("\n|").append("---|".repeat(t.header().size())).append('\n');
                for (LetterDocument.Row r : t.rows()) {
                    md.append('|');
                    for (int i = 0; i < r.cells().size(); i++) {
                        md.append(' ').append(cell(r.cells().get(i))).append(i == r.cells().size() - 1 ? refs(r.notes()) : "").append(" |");
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
        }
        if (!doc.notes().isEmpty()) {
            md.append("---\n\n");
            for (LetterDocument.Note n : doc.notes()) {
                md.append("[^").append(n.number()).append("]: ").append(esc(n.text(doc.lang()))).append('\n');
            }
        }
        return md.toString();
    }

    /** Gaps in bold so they stand out in an e-mail draft. */
    private static String text(String s) {
        StringBuilder sb = new StringBuilder();
        for (LetterDocument.Segment seg : LetterDocument.segments(s)) {
            sb.append(seg.gap() ? "**" + esc(seg.text()) + "**" : esc(seg.text()));
        }
        return sb.toString();
    }

    /** "[^1],[^2]": separated, so a reader never sees "12" for notes 1 and 2. */
    static String refs(List<Integer> notes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i > 0 ? "," : "").append("[^").append(notes.get(i)).append(']');
        }
        return sb.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        String e = s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[").replace("]", "\\]")
                .replace("<", "&lt;").replace("`", "\\`").replace("#", "\\#");
        // a line break must not start a heading, quote, list, rule or setext underline
        String[] lines = e.split("\\R", -1);
        StringBuilder sb = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripLeading();
            java.util.regex.Matcher m = BLOCK_START.matcher(line);
            if (m.lookingAt() && Character.isDigit(line.charAt(0))) {
                line = line.substring(0, m.end() - 1) + "\\" + line.substring(m.end() - 1);
            } else if (m.lookingAt()) {
                line = "\\" + line;
            }
            sb.append('\n').append(line);
        }
        return sb.toString();
    }

    private static final java.util.regex.Pattern BLOCK_START = java.util.regex.Pattern.compile("[>=+\\-|~]|\\d+[.)]");

    /** For headings and other one-line places: line breaks become spaces. */
    static String inline(String s) {
        return esc(s == null ? null : s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " "));
    }

    private static String cell(String s) {
        return text(s).replace("|", "\\|").replace("\n", " ");
    }

}
