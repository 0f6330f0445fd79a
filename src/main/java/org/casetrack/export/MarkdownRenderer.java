package org.casetrack.export;

import java.util.List;

/** The letter as Markdown, for e-mail and for the preview pane; sources become Markdown footnotes. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Letter l) {
        CaseSummary s = l.summary();
        StringBuilder md = new StringBuilder();
        md.append(l.date()).append("\n\n");
        for (String r : l.recipient()) {
            md.append(esc(r)).append("  \n");
        }
        md.append("\n**").append(inline(l.subject())).append("**\n\n");
        md.append(esc(l.salutation())).append("\n\n").append(esc(l.opening())).append("\n\n");
        md.append("## Summary: ").append(inline(s.subject())).append("\n\n");
        for (CaseSummary.PersonPart p : s.persons()) {
            md.append("### ").append(inline(p.name())).append(refs(p.sourceNotes())).append("\n\n");
            if (!p.otherNames().isEmpty()) {
                md.append("- Other spellings: ").append(esc(String.join(", ", p.otherNames()))).append('\n');
            }
            md.append("- Status: ").append(esc(p.status())).append('\n');
            if (p.placeOfDetention() != null) {
                md.append("- Place of detention: ").append(esc(p.placeOfDetention())).append('\n');
            }
            if (p.country() != null) {
                md.append("- Country: ").append(esc(p.country())).append('\n');
            }
            if (!p.roles().isEmpty()) {
                md.append("- Known as: ").append(esc(String.join(", ", p.roles()))).append('\n');
            }
            if (p.notes() != null && !p.notes().isBlank()) {
                md.append("- Notes (confidential): ").append(esc(p.notes())).append('\n');
            }
            md.append('\n');
        }
        for (CaseSummary.CasePart c : s.cases()) {
            md.append("### Case: ").append(inline(c.title())).append(refs(c.sourceNotes())).append("\n\n");
            StringBuilder meta = new StringBuilder();
            if (c.country() != null) {
                meta.append(c.country());
            }
            if (c.caseNumber() != null) {
                meta.append(meta.length() > 0 ? ", " : "").append("case No. ").append(c.caseNumber());
            }
            meta.append(meta.length() > 0 ? ", " : "").append("status: ").append(c.status());
            md.append(esc(meta.toString())).append("\n\n");
            if (c.summary() != null && !c.summary().isBlank()) {
                md.append(esc(c.summary())).append("\n\n");
            }
            if (!c.charges().isEmpty()) {
                md.append("Charges:\n\n");
                lines(md, c.charges());
            }
        }
        section(md, "Sentences", s.sentences());
        section(md, "Proceedings and appeals", s.appeals());
        section(md, "United Nations decisions", s.rulings());
        if (!s.chronology().isEmpty()) {
            md.append("### Chronology\n\n| Date | Event |\n|---|---|\n");
            for (CaseSummary.ChronologyRow r : s.chronology()) {
                md.append("| ").append(cell(r.date())).append(" | ").append(cell(r.text())).append(refs(r.notes())).append(" |\n");
            }
            md.append('\n');
        }
        md.append(esc(l.ask())).append("\n\n").append(esc(l.closing())).append("\n\n").append(esc(l.signoff())).append("\n\n");
        for (String line : l.signature()) {
            md.append(esc(line)).append("  \n");
        }
        if (!s.notes().isEmpty()) {
            md.append("\n---\n\n");
            for (CaseSummary.Note n : s.notes()) {
                md.append("[^").append(n.number()).append("]: ").append(esc(n.text()));
                if (n.url() != null) {
                    md.append(" <").append(n.url()).append('>');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<CaseSummary.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append("\n\n");
        lines(md, lines);
    }

    private static void lines(StringBuilder md, List<CaseSummary.Line> lines) {
        for (CaseSummary.Line l : lines) {
            md.append("- ").append(esc(l.text())).append(refs(l.notes())).append('\n');
        }
        md.append('\n');
    }

    private static String refs(List<Integer> notes) {
        StringBuilder sb = new StringBuilder();
        for (Integer n : notes) {
            sb.append("[^").append(n).append(']');
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
        return esc(s).replace("|", "\\|").replace("\n", " ");
    }
}
