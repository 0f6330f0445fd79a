package org.casetrack.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The letter as a Word document: real Heading 1/2 styles (they show in the navigation
 * pane), a table for the chronology, and each source as a real footnote.
 */
public final class DocxRenderer {

    private static final String FONT = "DejaVu Sans";

    private DocxRenderer() {
    }

    public static byte[] render(Letter l) {
        CaseSummary s = l.summary();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            doc.createFootnotes();
            Map<Integer, CaseSummary.Note> footnotes = new TreeMap<>();
            for (CaseSummary.Note n : s.notes()) {
                footnotes.put(n.number(), n);
            }
            text(doc, l.date());
            XWPFParagraph rec = doc.createParagraph();
            lines(rec, l.recipient());
            XWPFParagraph subj = doc.createParagraph();
            XWPFRun sr = subj.createRun();
            sr.setBold(true);
            sr.setText(l.subject());
            text(doc, l.salutation());
            text(doc, l.opening());

            heading(doc, "Heading1", "Summary: " + s.subject());
            for (CaseSummary.PersonPart p : s.persons()) {
                XWPFParagraph h = heading(doc, "Heading2", p.name());
                refs(h, p.sourceNotes(), footnotes);
                if (!p.otherNames().isEmpty()) {
                    bullet(doc, "Other spellings: " + String.join(", ", p.otherNames()), List.of(), footnotes);
                }
                bullet(doc, "Status: " + p.status(), List.of(), footnotes);
                if (p.placeOfDetention() != null) {
                    bullet(doc, "Place of detention: " + p.placeOfDetention(), List.of(), footnotes);
                }
                if (p.country() != null) {
                    bullet(doc, "Country: " + p.country(), List.of(), footnotes);
                }
                if (!p.roles().isEmpty()) {
                    bullet(doc, "Known as: " + String.join(", ", p.roles()), List.of(), footnotes);
                }
                if (p.notes() != null && !p.notes().isBlank()) {
                    bullet(doc, "Notes (confidential): " + p.notes(), List.of(), footnotes);
                }
            }
            for (CaseSummary.CasePart c : s.cases()) {
                XWPFParagraph h = heading(doc, "Heading2", "Case: " + c.title());
                refs(h, c.sourceNotes(), footnotes);
                text(doc, (c.country() == null ? "" : c.country() + ", ") + (c.caseNumber() == null ? "" : "case No. " + c.caseNumber() + ", ")
                        + "status: " + c.status());
                if (c.summary() != null && !c.summary().isBlank()) {
                    text(doc, c.summary());
                }
                if (!c.charges().isEmpty()) {
                    text(doc, "Charges:");
                    for (CaseSummary.Line ch : c.charges()) {
                        bullet(doc, ch.text(), ch.notes(), footnotes);
                    }
                }
            }
            section(doc, "Sentences", s.sentences(), footnotes);
            section(doc, "Proceedings and appeals", s.appeals(), footnotes);
            section(doc, "United Nations decisions", s.rulings(), footnotes);
            if (!s.chronology().isEmpty()) {
                heading(doc, "Heading2", "Chronology");
                XWPFTable t = doc.createTable(s.chronology().size() + 1, 2);
                t.setWidth("100%");
                XWPFTableRow head = t.getRow(0);
                cell(head, 0, "Date", true);
                cell(head, 1, "Event", true);
                head.setRepeatHeader(true);
                for (int i = 0; i < s.chronology().size(); i++) {
                    CaseSummary.ChronologyRow r = s.chronology().get(i);
                    XWPFTableRow row = t.getRow(i + 1);
                    cell(row, 0, r.date(), false);
                    XWPFParagraph p = cell(row, 1, r.text(), false);
                    refs(p, r.notes(), footnotes);
                }
                for (XWPFTableRow row : t.getRows()) {
                    row.getCell(0).setWidth("2500");
                    row.getCell(1).setWidth("6500");
                }
                t.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
                var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
                while (grid.sizeOfGridColArray() > 0) {
                    grid.removeGridCol(0);
                }
                grid.addNewGridCol().setW(BigInteger.valueOf(2500));
                grid.addNewGridCol().setW(BigInteger.valueOf(6500));
                doc.createParagraph(); // space between the table and the next paragraph
            }
            text(doc, l.ask());
            text(doc, l.closing());
            text(doc, l.signoff());
            XWPFParagraph sig = doc.createParagraph();
            lines(sig, l.signature());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc, String title, List<CaseSummary.Line> lines, Map<Integer, CaseSummary.Note> fns) {
        if (lines.isEmpty()) {
            return;
        }
        heading(doc, "Heading2", title);
        for (CaseSummary.Line l : lines) {
            bullet(doc, l.text(), l.notes(), fns);
        }
    }

    private static XWPFParagraph heading(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    private static XWPFParagraph text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        p.createRun().setText(text == null ? "" : text);
        return p;
    }

    private static void bullet(XWPFDocument doc, String text, List<Integer> notes, Map<Integer, CaseSummary.Note> fns) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListBullet");
        p.createRun().setText("\u2022\u00A0" + text);
        refs(p, notes, fns);
    }

    /**
     * One Word footnote per reference, created where it is referenced: Word numbers footnotes
     * by position and cannot show one footnote at two places, so a source cited twice gets two.
     */
    private static void refs(XWPFParagraph p, List<Integer> notes, Map<Integer, CaseSummary.Note> fns) {
        for (Integer n : notes) {
            CaseSummary.Note note = fns.get(n);
            if (note == null) {
                continue;
            }
            XWPFFootnote fn = p.getDocument().createFootnote();
            XWPFParagraph fp = fn.createParagraph();
            fp.setStyle("FootnoteText");
            XWPFRun ref = fp.createRun();
            ref.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
            ref.getCTR().addNewFootnoteRef();
            fp.createRun().setText(" " + note.text() + (note.url() == null ? "" : " " + note.url()));
            p.addFootnoteReference(fn);
        }
    }

    private static XWPFParagraph cell(XWPFTableRow row, int col, String text, boolean bold) {
        XWPFParagraph p = row.getCell(col).getParagraphs().get(0);
        XWPFRun r = p.createRun();
        r.setBold(bold);
        r.setText(text == null ? "" : text);
        return p;
    }

    private static void lines(XWPFParagraph p, List<String> lines) {
        XWPFRun r = p.createRun();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines.get(i), i);
        }
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle("Normal", "Normal", null, 0, 20, false, 120));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, 0, 28, true, 240));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, 0, 23, true, 180));
        styles.addStyle(paragraphStyle("ListBullet", "List Bullet", null, 360, 20, false, 60));
        styles.addStyle(paragraphStyle("FootnoteText", "footnote text", null, 0, 16, false, 0));
    }

    private static XWPFStyle paragraphStyle(String id, String name, Integer outline, int indentTwips, int halfPoints, boolean bold, int spaceAfter) {
        CTStyle st = CTStyle.Factory.newInstance();
        st.setStyleId(id);
        st.setType(STStyleType.PARAGRAPH);
        st.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            st.addNewBasedOn().setVal("Normal");
            st.addNewNext().setVal("Normal");
        }
        st.addNewQFormat();
        var ppr = st.addNewPPr();
        if (outline != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(spaceAfter));
        }
        var spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(outline != null ? 80 : spaceAfter));
        if (indentTwips > 0) {
            var ind = ppr.addNewInd();
            ind.setLeft(BigInteger.valueOf(indentTwips));
            ind.setHanging(BigInteger.valueOf(200));
        }
        var rpr = st.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            rpr.addNewB();
        }
        return new XWPFStyle(st);
    }
}
