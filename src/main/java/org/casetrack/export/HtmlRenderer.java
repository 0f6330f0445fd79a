package org.casetrack.export;

import java.util.List;

/**
 * The letter as XHTML: the source of the PDF (openhtmltopdf) and the preview the person and
 * case views can show. Sources are numbered notes at the end, referenced by superscripts.
 */
public final class HtmlRenderer {

    /** The font family the PDF embeds (DejaVu Sans: Latin, Cyrillic, Kazakh letters). */
    public static final String FONT = "DejaVu Sans";

    private HtmlRenderer() {
    }

    public static String render(Letter l) {
        CaseSummary s = l.summary();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(l.subject())).append("</title><style>\n")
                .append("@page { size: A4; margin: 22mm 20mm 22mm 20mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '")
                .append(FONT).append("'; font-size: 8pt; color: #666; } }\n")
                .append("body { font-family: '").append(FONT).append("'; font-size: 10pt; line-height: 1.4; color: #111; }\n")
                .append("h1 { font-size: 14pt; margin: 18pt 0 6pt 0; border-bottom: 1px solid #999; padding-bottom: 2pt; }\n")
                .append("h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }\n")
                .append("p { margin: 0 0 7pt 0; } ul { margin: 0 0 7pt 0; padding-left: 14pt; } li { margin-bottom: 3pt; }\n")
                .append("table.chronology { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }\n")
                .append("table.chronology th, table.chronology td { border: 0.5pt solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; }\n")
                .append("table.chronology th { background: #e8e8e8; } td.date { width: 28%; white-space: nowrap; }\n")
                .append("sup { font-size: 7pt; } .meta { color: #444; } .subject { font-weight: bold; margin: 10pt 0; }\n")
                .append("ol.notes { font-size: 8.5pt; padding-left: 16pt; } .recipient, .signature { margin-bottom: 10pt; } .signature { page-break-inside: avoid; } tr { page-break-inside: avoid; }\n")
                .append("</style></head><body>\n");
        h.append("<p>").append(esc(l.date())).append("</p>\n<p class=\"recipient\">");
        lines(h, l.recipient());
        h.append("</p>\n<p class=\"subject\">").append(esc(l.subject())).append("</p>\n");
        h.append("<p>").append(esc(l.salutation())).append("</p>\n<p>").append(esc(l.opening())).append("</p>\n");
        h.append("<h1>Summary: ").append(esc(s.subject())).append("</h1>\n");
        for (CaseSummary.PersonPart p : s.persons()) {
            h.append("<h2>").append(esc(p.name())).append(refs(p.sourceNotes())).append("</h2>\n<ul>");
            if (!p.otherNames().isEmpty()) {
                li(h, "Other spellings: " + String.join(", ", p.otherNames()));
            }
            li(h, "Status: " + p.status());
            if (p.placeOfDetention() != null) {
                li(h, "Place of detention: " + p.placeOfDetention());
            }
            if (p.country() != null) {
                li(h, "Country: " + p.country());
            }
            if (!p.roles().isEmpty()) {
                li(h, "Known as: " + String.join(", ", p.roles()));
            }
            if (p.notes() != null && !p.notes().isBlank()) {
                li(h, "Notes (confidential): " + p.notes());
            }
            h.append("</ul>\n");
        }
        for (CaseSummary.CasePart c : s.cases()) {
            h.append("<h2>Case: ").append(esc(c.title())).append(refs(c.sourceNotes())).append("</h2>\n<p class=\"meta\">")
                    .append(esc((c.country() == null ? "" : c.country() + ", ") + (c.caseNumber() == null ? "" : "case No. " + c.caseNumber() + ", ")
                            + "status: " + c.status())).append("</p>\n");
            if (c.summary() != null && !c.summary().isBlank()) {
                h.append("<p>").append(esc(c.summary())).append("</p>\n");
            }
            if (!c.charges().isEmpty()) {
                h.append("<p>Charges:</p>");
                list(h, c.charges());
            }
        }
        section(h, "Sentences", s.sentences());
        section(h, "Proceedings and appeals", s.appeals());
        section(h, "United Nations decisions", s.rulings());
        if (!s.chronology().isEmpty()) {
            h.append("<h2>Chronology</h2>\n<table class=\"chronology\"><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>\n");
            for (CaseSummary.ChronologyRow r : s.chronology()) {
                h.append("<tr><td class=\"date\">").append(esc(r.date())).append("</td><td>").append(esc(r.text())).append(refs(r.notes()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<p>").append(esc(l.ask())).append("</p>\n<p>").append(esc(l.closing())).append("</p>\n<p>").append(esc(l.signoff()))
                .append("</p>\n<p class=\"signature\">");
        lines(h, l.signature());
        h.append("</p>\n");
        if (!s.notes().isEmpty()) {
            h.append("<h2>Sources</h2>\n<ol class=\"notes\">");
            for (CaseSummary.Note n : s.notes()) {
                h.append("<li>").append(esc(n.text()));
                if (n.url() != null) {
                    h.append(" ").append(esc(n.url()));
                }
                h.append("</li>");
            }
            h.append("</ol>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, String title, List<CaseSummary.Line> lines) {
        if (!lines.isEmpty()) {
            h.append("<h2>").append(title).append("</h2>\n");
            list(h, lines);
        }
    }

    private static void list(StringBuilder h, List<CaseSummary.Line> lines) {
        h.append("<ul>");
        for (CaseSummary.Line l : lines) {
            h.append("<li>").append(esc(l.text())).append(refs(l.notes())).append("</li>");
        }
        h.append("</ul>\n");
    }

    private static void li(StringBuilder h, String text) {
        h.append("<li>").append(esc(text)).append("</li>");
    }

    private static void lines(StringBuilder h, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            h.append(i > 0 ? "<br/>" : "").append(esc(lines.get(i)));
        }
    }

    private static String refs(List<Integer> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<sup>");
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i > 0 ? "," : "").append(notes.get(i));
        }
        return sb.append("</sup>").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
