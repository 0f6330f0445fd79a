package org.casetrack.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.casetrack.export.LetterDocument.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The letter as a Word document: the page size asked for (A4 or Letter), real Heading 1/2
 * styles that keep with the next paragraph, a table whose header row repeats and stays
 * with the first row, and real footnotes. A source cited again is not a second footnote:
 * the later mark is a NOTEREF field to the first one (what Word's own "cross-reference to
 * a footnote" inserts), so the numbers match the PDF's notes exactly.
 */
public final class DocxRenderer {

    private static final String FONT = "DejaVu Sans";
    private static final int MARGIN = 1134; // 20 mm in twips

    private DocxRenderer() {
    }

    public static byte[] render(LetterDocument l) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            doc.createFootnotes();
            page(doc, l.page());
            Map<Integer, LetterDocument.Note> notes = new HashMap<>();
            l.notes().forEach(n -> notes.put(n.number(), n));
            Refs refs = new Refs(doc, notes, l.lang());
            letterhead(doc, l);
            int contentWidth = l.page().widthTwips() - 2 * MARGIN;
            for (Block b : l.blocks()) {
                if (b instanceof LetterDocument.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle(h.level() == 1 ? "Heading1" : "Heading2");
                    text(p, h.text(), false);
                } else if (b instanceof LetterDocument.Para para) {
                    XWPFParagraph p = doc.createParagraph();
                    switch (para.style()) {
                        case QUESTION -> p.setStyle("Question");
                        case STRONG -> p.setStyle("Strong");
                        case MUTED -> p.setStyle("Muted");
                        default -> { }
                    }
                    text(p, para.text(), para.style() == LetterDocument.Style.GAP);
                    refs.add(p, para.notes());
                } else if (b instanceof LetterDocument.Bullets bl) {
                    for (LetterDocument.Item i : bl.items()) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setStyle("ListBullet");
                        p.createRun().setText("\u2022\u00A0");
                        text(p, i.text(), i.gap());
                        refs.add(p, i.notes());
                    }
                } else if (b instanceof LetterDocument.Lines lines) {
                    XWPFParagraph p = doc.createParagraph();
                    for (int i = 0; i < lines.lines().size(); i++) {
                        if (i > 0) {
                            p.createRun().addBreak();
                        }
                        text(p, lines.lines().get(i), false);
                    }
                } else if (b instanceof LetterDocument.Table t) {
                    table(doc, t, refs, contentWidth);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    /** Footnote marks: a real footnote the first time a note is cited, a NOTEREF to it afterwards; marks separated by commas. */
    private static final class Refs {
        private final XWPFDocument doc;
        private final Map<Integer, LetterDocument.Note> notes;
        private final Lang lang;
        private final Map<Integer, String> bookmarks = new HashMap<>();
        private long bookmarkId = 1;

        Refs(XWPFDocument doc, Map<Integer, LetterDocument.Note> notes, Lang lang) {
            this.doc = doc;
            this.notes = notes;
            this.lang = lang;
        }

        void add(XWPFParagraph p, List<Integer> numbers) {
            for (int i = 0; i < numbers.size(); i++) {
                int n = numbers.get(i);
                if (i > 0) {
                    XWPFRun comma = p.createRun();
                    comma.setVerticalAlignment("superscript");
                    comma.setText(",");
                }
                String mark = bookmarks.get(n);
                if (mark == null) {
                    mark = "_RefNote" + n;
                    bookmarks.put(n, mark);
                    XWPFFootnote fn = doc.createFootnote();
                    XWPFParagraph fp = fn.createParagraph();
                    fp.setStyle("FootnoteText");
                    XWPFRun ref = fp.createRun();
                    ref.setVerticalAlignment("superscript");
                    ref.getCTR().addNewFootnoteRef();
                    fp.createRun().setText(" " + notes.get(n).text(lang));
                    CTBookmark start = p.getCTP().addNewBookmarkStart();
                    start.setName(mark);
                    start.setId(BigInteger.valueOf(bookmarkId));
                    XWPFRun r = p.createRun();
                    r.setVerticalAlignment("superscript");
                    r.getCTR().addNewFootnoteReference().setId(fn.getCTFtnEdn().getId());
                    p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(bookmarkId++));
                } else {
                    CTSimpleField f = p.getCTP().addNewFldSimple();
                    f.setInstr(" NOTEREF " + mark + " \\f \\h ");
                    var r = f.addNewR();
                    r.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
                    r.addNewT().setStringValue(Integer.toString(n));
                }
            }
        }
    }

    private static void table(XWPFDocument doc, LetterDocument.Table t, Refs refs, int contentWidth) {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            XWPFParagraph p = head.getCell(c).getParagraphs().get(0);
            p.getCTP().addNewPPr().addNewKeepNext(); // the header row stays with the first row
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(t.header().get(c));
            head.getCell(c).setColor("E8E8E8");
        }
        for (int i = 0; i < t.rows().size(); i++) {
            LetterDocument.Row row = t.rows().get(i);
            XWPFTableRow tr = table.getRow(i + 1);
            tr.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFParagraph p = tr.getCell(c).getParagraphs().get(0);
                text(p, row.cells().get(c), false);
                if (c == cols - 1) {
                    refs.add(p, row.notes());
                }
            }
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            int w = contentWidth * t.widths().get(c) / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidth(Integer.toString(w));
            }
        }
        doc.createParagraph(); // space between the table and what follows
    }

    private static void letterhead(XWPFDocument doc, LetterDocument l) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        var head = l.letterhead();
        if (head.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Letterhead");
        byte[] logo = head.logo();
        if (logo != null && Logos.supported(logo)) {
            int[] px = Logos.size(logo);
            double hPt = 40;
            double wPt = hPt * px[0] / Math.max(1, px[1]);
            XWPFRun img = p.createRun();
            img.addPicture(new ByteArrayInputStream(logo),
                    Logos.isJpeg(logo) ? org.apache.poi.common.usermodel.PictureType.JPEG : org.apache.poi.common.usermodel.PictureType.PNG,
                    "logo", Units.toEMU(wPt), Units.toEMU(hPt));
            img.addTab();
        }
        XWPFRun orgRun = p.createRun();
        orgRun.setBold(true);
        orgRun.setFontSize(13);
        orgRun.setText(head.organisation());
        if (!head.address().isBlank()) {
            XWPFRun addr = p.createRun();
            addr.addBreak();
            addr.setFontSize(8);
            addr.setColor("444444");
            addr.setText(String.join(" \u00B7 ", LetterBuilder.lines(head.address())));
        }
        p.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
    }

    /** Runs for text, gaps highlighted in yellow and bold. */
    private static void text(XWPFParagraph p, String text, boolean allGap) {
        for (LetterDocument.Segment s : LetterDocument.segments(text)) {
            XWPFRun r = p.createRun();
            r.setText(s.text());
            if (allGap || s.gap()) {
                r.setBold(true);
                r.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
            }
        }
    }

    private static void page(XWPFDocument doc, PageSize size) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var pg = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        pg.setW(BigInteger.valueOf(size.widthTwips()));
        pg.setH(BigInteger.valueOf(size.heightTwips()));
        pg.setOrient(STPageOrientation.PORTRAIT);
        var mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.addStyle(paragraphStyle("Normal", "Normal", null, 0, 20, false, 120, false));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, 0, 27, true, 240, true));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, 0, 23, true, 180, true));
        styles.addStyle(paragraphStyle("Question", "Question", null, 0, 20, true, 40, true));
        styles.addStyle(paragraphStyle("Strong", "Strong paragraph", null, 0, 20, true, 60, true));
        styles.addStyle(paragraphStyle("Muted", "Muted", null, 0, 18, false, 120, false));
        styles.addStyle(paragraphStyle("ListBullet", "List Bullet", null, 360, 20, false, 60, false));
        styles.addStyle(paragraphStyle("FootnoteText", "footnote text", null, 0, 16, false, 0, false));
        styles.addStyle(paragraphStyle("Letterhead", "Letterhead", null, 0, 20, false, 280, false));
    }

    private static XWPFStyle paragraphStyle(String id, String name, Integer outline, int indentTwips, int halfPoints, boolean bold,
                                            int spaceAfter, boolean keepNext) {
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
        if (keepNext) {
            ppr.addNewKeepNext();
            ppr.addNewKeepLines();
        }
        var spacing = ppr.addNewSpacing();
        if (outline != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            spacing.setBefore(BigInteger.valueOf(spaceAfter));
            spacing.setAfter(BigInteger.valueOf(80));
        } else {
            spacing.setAfter(BigInteger.valueOf(spaceAfter));
            if ("Question".equals(id) || "Strong".equals(id)) {
                spacing.setBefore(BigInteger.valueOf(120));
            }
        }
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
        if ("Muted".equals(id)) {
            rpr.addNewColor().setVal("444444");
            rpr.addNewI();
        }
        return new XWPFStyle(st);
    }

}
