package org.casetrack.export;

import java.util.Base64;
import java.util.List;
import org.casetrack.export.LetterDocument.Block;

/**
 * The letter as XHTML: the source of the PDF (openhtmltopdf). Sources are endnotes
 * numbered exactly as the DOCX footnotes, referenced by separated superscripts that link
 * to them. Page size from the letter; headings and questions never end a page (they keep
 * at least 3 cm of what follows), the table header repeats on every page and never stands alone.
 */
public final class HtmlRenderer {

    /** The font family the PDF embeds (DejaVu Sans: Latin, Cyrillic, Kazakh letters). */
    public static final String FONT = "DejaVu Sans";

    private HtmlRenderer() {
    }

    public static String render(LetterDocument doc) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(doc.lang().code())
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(esc(doc.title())).append("</title><style>\n")
                .append("@page { size: ").append(doc.page().css()).append("; margin: 20mm 20mm 22mm 20mm; @bottom-center { content: counter(page) \" / \" counter(pages); font-family: '")
                .append(FONT).append("'; font-size: 8pt; color: #666; } }\n")
                .append("body { font-family: '").append(FONT).append("'; font-size: 10pt; line-height: 1.4; color: #111; }\n")
                .append("h1 { font-size: 13.5pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999; padding-bottom: 2pt; }\n")
                .append("h2 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }\n")
                .append("h1, h2, p.question, p.strong { page-break-after: avoid; -fs-page-break-min-height: 3cm; }\n")
                .append("p { margin: 0 0 7pt 0; } ul { margin: 0 0 7pt 0; padding-left: 14pt; } li { margin-bottom: 3pt; }\n")
                .append("p.lines { margin-bottom: 10pt; } p.strong { font-weight: bold; margin: 10pt 0 6pt 0; } p.muted { color: #444; font-style: italic; }\n")
                .append("p.question { font-weight: bold; margin: 8pt 0 3pt 0; }\n")
                .append(".gap { background: #fff2a8; color: #6b4e00; font-weight: bold; }\n")
                .append("table.facts { border-collapse: collapse; width: 100%; margin-bottom: 8pt; -fs-table-paginate: paginate; -fs-page-break-min-height: 3cm; }\n")
                .append("table.facts thead { display: table-header-group; }\n")
                .append("table.facts th, table.facts td { border: 0.5pt solid #888; padding: 3pt 5pt; vertical-align: top; text-align: left; }\n")
                .append("table.facts th { background: #e8e8e8; } tr { page-break-inside: avoid; }\n")
                .append("sup { font-size: 7pt; } sup a { color: #111; text-decoration: none; }\n")
                .append(".letterhead { border-bottom: 1.5pt solid #345; padding-bottom: 6pt; margin-bottom: 14pt; }\n")
                .append(".letterhead img { height: 40pt; float: left; margin-right: 10pt; } .letterhead .org { font-size: 13pt; font-weight: bold; color: #234; }\n")
                .append(".letterhead .addr { font-size: 8.5pt; color: #444; } .clear { clear: both; }\n")
                .append("ol.notes { font-size: 8.5pt; padding-left: 18pt; } ol.notes li { margin-bottom: 2pt; }\n")
                .append("</style></head><body>\n");
        letterhead(h, doc);
        for (Block b : doc.blocks()) {
            if (b instanceof LetterDocument.Heading hd) {
                h.append(hd.level() == 1 ? "<h1>" : "<h2>").append(text(hd.text())).append(hd.level() == 1 ? "</h1>\n" : "</h2>\n");
            } else if (b instanceof LetterDocument.Para p) {
                String cls = switch (p.style()) {
                    case STRONG -> " class=\"strong\"";
                    case MUTED -> " class=\"muted\"";
                    case QUESTION -> " class=\"question\"";
                    default -> "";
                };
                h.append("<p").append(cls).append('>').append(p.style() == LetterDocument.Style.GAP ? "<span class=\"gap\">" + esc(p.text()) + "</span>"
                        : text(p.text())).append(refs(p.notes())).append("</p>\n");
            } else if (b instanceof LetterDocument.Bullets bl) {
                h.append("<ul>");
                for (LetterDocument.Item i : bl.items()) {
                    h.append("<li>").append(text(i.text())).append(refs(i.notes())).append("</li>");
                }
                h.append("</ul>\n");
            } else if (b instanceof LetterDocument.Lines l) {
                h.append("<p class=\"lines\">");
                for (int i = 0; i < l.lines().size(); i++) {
                    h.append(i > 0 ? "<br/>" : "").append(text(l.lines().get(i)));
                }
                h.append("</p>\n");
            } else if (b instanceof LetterDocument.Table t) {
                h.append("<table class=\"facts\"><thead><tr>");
                for (int i = 0; i < t.header().size(); i++) {
                    h.append("<th style=\"width: ").append(t.widths().get(i)).append("%\">").append(esc(t.header().get(i))).append("</th>");
                }
                h.append("</tr></thead><tbody>\n");
                for (LetterDocument.Row r : t.rows()) {
                    h.append("<tr>");
                    for (int i = 0; i < r.cells().size(); i++) {
                        h.append("<td>").append(text(r.cells().get(i))).append(i == r.cells().size() - 1 ? refs(r.notes()) : "").append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</tbody></table>\n");
            }
        }
        if (!doc.notes().isEmpty()) {
            h.append("<h2>").append(esc(Words.of(doc.lang()).get("notes.heading"))).append("</h2>\n<ol class=\"notes\">");
            for (LetterDocument.Note n : doc.notes()) {
                h.append("<li id=\"note-").append(n.number()).append("\">").append(esc(n.text(doc.lang()))).append("</li>");
            }
            h.append("</ol>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void letterhead(StringBuilder h, LetterDocument doc) {
        var head = doc.letterhead();
        if (head.isEmpty()) {
            return;
        }
        h.append("<div class=\"letterhead\">");
        byte[] logo = head.logo();
        if (logo != null) {
            h.append("<img src=\"data:").append(Logos.mime(logo)).append(";base64,").append(Base64.getEncoder().encodeToString(logo)).append("\" alt=\"\"/>");
        }
        h.append("<div class=\"org\">").append(esc(head.organisation())).append("</div><div class=\"addr\">");
        List<String> lines = LetterBuilder.lines(head.address());
        h.append(String.join(" \u00B7 ", lines.stream().map(HtmlRenderer::esc).toList()));
        h.append("</div><div class=\"clear\"></div></div>\n");
    }

    /** Text with its gaps highlighted. */
    private static String text(String s) {
        StringBuilder sb = new StringBuilder();
        for (LetterDocument.Segment seg : LetterDocument.segments(s)) {
            sb.append(seg.gap() ? "<span class=\"gap\">" + esc(seg.text()) + "</span>" : esc(seg.text()));
        }
        return sb.toString();
    }

    /** "<sup>1,2</sup>" with each number linked to its endnote. */
    static String refs(List<Integer> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<sup>");
        for (int i = 0; i < notes.size(); i++) {
            sb.append(i > 0 ? "," : "").append("<a href=\"#note-").append(notes.get(i)).append("\">").append(notes.get(i)).append("</a>");
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
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
