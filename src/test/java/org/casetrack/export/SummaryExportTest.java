package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casetrack.dossier.DossierService;
import org.casetrack.store.Database;
import org.casetrack.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Letters from a real encrypted database, reopened with POI and PDFBox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.casetrack.store.OnBothDatabases
class SummaryExportTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path dir;

    private Database db;
    private SummaryExport export;
    private long cyrillic;
    private long kushakbaev;
    private long bokaev;
    private long landCase;

    /** Once per database: the letters only read it. */
    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    void open(org.casetrack.store.TestBackend on) {
        db = TestDatabase.sample(on, dir.resolve(on.name()));
        cyrillic = TestDatabase.addCyrillicPerson(db);
        LetterSamples.enrich(db);
        DossierService dossiers = new DossierService(db);
        kushakbaev = dossiers.resolvePerson("Nurbek Kushakbaev");
        bokaev = dossiers.resolvePerson("Maks Bokaev");
        export = new SummaryExport(db);
        landCase = export.resolveCase(LetterSamples.CASE);
    }

    @org.junit.jupiter.params.AfterParameterizedClassInvocation
    void close() {
        db.close();
    }

    private static LetterOptions opts(LetterKind k, Lang l, PageSize p) {
        return new LetterOptions(k, l, p, false, null, TODAY);
    }

    private String md(boolean isCase, long id, LetterOptions o) {
        return new String(export.render(isCase, id, o, ExportFormat.MD), StandardCharsets.UTF_8);
    }

    @Test
    void docxHasOneRealFootnotePerDistinctPassageReusedByNoteref() throws Exception {
        LetterDocument letter = export.letter(true, landCase, opts(LetterKind.SUMMARY, Lang.EN, PageSize.A4));
        int citations = 0;
        for (LetterDocument.Block b : letter.blocks()) {
            if (b instanceof LetterDocument.Para p) {
                citations += p.notes().size();
            } else if (b instanceof LetterDocument.Bullets bl) {
                citations += bl.items().stream().mapToInt(i -> i.notes().size()).sum();
            } else if (b instanceof LetterDocument.Table t) {
                citations += t.rows().stream().mapToInt(r -> r.notes().size()).sum();
            }
        }
        assertThat(citations).as("some passage is cited twice").isGreaterThan(letter.notes().size());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(SummaryExport.render(letter, ExportFormat.DOCX)))) {
            List<XWPFFootnote> real = doc.getFootnotes().stream().filter(f -> !f.getParagraphs().isEmpty()).toList();
            assertThat(real).hasSize(letter.notes().size());
            String xml = doc.getDocument().xmlText();
            assertThat(count(xml, "<w:footnoteReference ")).isEqualTo(letter.notes().size());
            assertThat(count(xml, "NOTEREF _RefNote")).isEqualTo(citations - letter.notes().size());
            // footnotes appear in the order of their numbers: Word's numbering equals ours
            for (int i = 0; i < real.size(); i++) {
                assertThat(real.get(i).getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat)).contains(letter.notes().get(i).text(Lang.EN).substring(0, 20));
            }
            // marks at one place are ascending and separated by a comma
            for (XWPFParagraph p : doc.getParagraphs()) {
                List<Integer> marks = marks(p.getCTP().xmlText());
                for (int i = 1; i < marks.size(); i++) {
                    assertThat(marks.get(i)).as(p.getText()).isGreaterThan(marks.get(i - 1));
                }
            }
            assertThat(doc.getDocument().xmlText()).contains("w:w=\"11906\"").contains("w:h=\"16838\"");
        }
    }

    /** Footnote numbers at one paragraph, in order: real references counted in document order, NOTEREF by its cached number. */
    private static List<Integer> marks(String pXml) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("NOTEREF _RefNote(\\d+)|<w:bookmarkStart[^>]*w:name=\"_RefNote(\\d+)\"|<w:t>,</w:t>").matcher(pXml);
        boolean lastWasComma = true;
        while (m.find()) {
            if (m.group().startsWith("<w:t>")) {
                lastWasComma = true;
                continue;
            }
            assertThat(lastWasComma).as("marks separated: " + pXml).isTrue();
            out.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
            lastWasComma = false;
        }
        return out;
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void letterPaperIsTheSameInDocxAndPdf() throws Exception {
        LetterOptions letter = opts(LetterKind.AUTHORITY, Lang.EN, PageSize.LETTER);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export.render(false, bokaev, letter, ExportFormat.DOCX)))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("12240");
        }
        try (PDDocument pdf = Loader.loadPDF(export.render(false, bokaev, letter, ExportFormat.PDF))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }
        try (PDDocument pdf = Loader.loadPDF(export.render(false, bokaev, opts(LetterKind.SUMMARY, Lang.EN, PageSize.A4), ExportFormat.PDF))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void pdfEndnotesMatchTheNumberingAndRussianIsEmbedded() throws Exception {
        LetterDocument letter = export.letter(true, landCase, opts(LetterKind.SUMMARY, Lang.RU, PageSize.A4));
        String html = HtmlRenderer.render(letter);
        Matcher sup = Pattern.compile("<sup>(.*?)</sup>").matcher(html);
        while (sup.find()) {
            String numbers = sup.group(1).replaceAll("<[^>]+>", "");
            assertThat(numbers).matches("\\d+(,\\d+)*");
            int last = 0;
            for (String n : numbers.split(",")) {
                assertThat(Integer.parseInt(n)).isGreaterThan(last);
                last = Integer.parseInt(n);
            }
        }
        assertThat(count(html, "<li id=\"note-")).isEqualTo(letter.notes().size());
        try (PDDocument pdf = Loader.loadPDF(SummaryExport.render(letter, ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Макс Бокаев").contains("Талгат Аян").contains("Примечания");
            assertThat(text).contains("лишению свободы сроком на");
            int at = text.lastIndexOf("Примечания");
            for (LetterDocument.Note n : letter.notes()) {
                int found = text.indexOf(n.text(Lang.RU).substring(0, 30), at + 1);
                assertThat(found).as("note " + n.number() + " after the previous one").isGreaterThan(at);
                at = found;
            }
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
        }
    }

    @Test
    void pdfQuotesTheCyrillicSource() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(export.render(false, cyrillic, opts(LetterKind.SUMMARY, Lang.EN, PageSize.A4), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(TestDatabase.CYRILLIC).contains("Zhanna Serikbaeva").contains(TestDatabase.QUOTE);
        }
    }

    @Test
    void aCaseLetterForTwoPeopleGivesEachTheirOwnFacts() {
        String md = md(true, landCase, opts(LetterKind.SUMMARY, Lang.EN, PageSize.A4));
        assertThat(md).contains("Maks Bokaev and Talgat Ayan are parties to this case.");
        assertThat(md).contains("### Maks Bokaev").contains("### Talgat Ayan");
        assertThat(md).doesNotContain("Status: imprisoned").doesNotContain("status: closed").doesNotContain("lawyer, other");
        assertThat(md).contains("Amnesty International recognised Maks Bokaev as a prisoner of conscience in December 2016.");
        assertThat(md).contains("| Date | Person | Event |");
        assertThat(md).doesNotContainPattern("\\[\\^\\d+]\\[\\^");
    }

    @Test
    void russianLettersUseTheCyrillicSpelling() {
        String md = md(false, bokaev, opts(LetterKind.AUTHORITY, Lang.RU, PageSize.A4));
        assertThat(md).contains("### Макс Бокаев").contains("другие написания имени: Maks Bokaev");
        assertThat(md).contains("По оценке Amnesty International (в декабре 2016 года), Макс Бокаев является узником совести.");
        assertThat(md).contains("Генеральному прокурору");
    }

    @Test
    void wgadDraftFollowsTheQuestionnaireAndMarksGaps() {
        String md = md(false, bokaev, opts(LetterKind.WGAD, Lang.EN, PageSize.A4));
        assertThat(md).contains("## I. Identity of the person concerned").contains("## II. Arrest").contains("## III. Detention")
                .contains("## IV. Why the deprivation of liberty is arbitrary").contains("## V. Domestic remedies");
        assertThat(md).contains("**1. Family name**\n\nBokaev").contains("Category II").contains("Example Rights Group");
        assertThat(md).contains("**\\[TO BE COMPLETED: nationality\\]**");
        String ru = md(false, bokaev, opts(LetterKind.WGAD, Lang.RU, PageSize.A4));
        assertThat(ru).contains("## I. Сведения о лице").contains("\\[ЗАПОЛНИТЬ: гражданство\\]");
    }

    @Test
    void everyKindRendersInBothLanguages() throws Exception {
        for (LetterKind k : LetterKind.values()) {
            for (Lang l : Lang.values()) {
                String md = md(true, landCase, opts(k, l, PageSize.A4));
                assertThat(md).as(k + " " + l).contains(l == Lang.RU ? "Макс Бокаев" : "Maks Bokaev").contains("Example Rights Group");
                assertThat(md).as("no placeholder left").doesNotContainPattern("\\{[a-z_]+}");
            }
        }
    }

    @Test
    void confidentialFactsAndNotesAreLeftOutUnlessAskedFor() {
        String without = md(false, cyrillic, opts(LetterKind.SUMMARY, Lang.EN, PageSize.A4));
        String with = md(false, cyrillic, new LetterOptions(LetterKind.SUMMARY, Lang.EN, PageSize.A4, true, null, TODAY));
        assertThat(without).doesNotContain("Secret Tribunal").doesNotContain("555-0100");
        assertThat(with).contains("Secret Tribunal").contains("555-0100");
    }

    @Test
    void aUserTemplateIsLaidOverTheKind(@TempDir Path t) throws Exception {
        Path file = t.resolve("embassy.properties");
        Files.writeString(file, "recipient = Embassy of Norway\\nAstana\nsignature = Jane Doe\\nExample Rights Group\n", StandardCharsets.UTF_8);
        String md = md(false, kushakbaev, new LetterOptions(LetterKind.EMBASSY, Lang.EN, PageSize.A4, false, file, TODAY));
        assertThat(md).contains("Embassy of Norway  \nAstana").contains("Jane Doe  \nExample Rights Group").contains("Your Excellency,");
    }

    @Test
    void anUnknownCaseIsAPlainError() {
        assertThatThrownBy(() -> export.resolveCase("no such case at all")).isInstanceOf(StoreException.class)
                .hasMessage("No case titled 'no such case at all' is known.");
    }

    @Test
    void previewIsMarkdownWithoutConfidentialContent() {
        assertThat(export.previewMarkdown(cyrillic)).contains(TestDatabase.CYRILLIC).doesNotContain("555-0100");
        assertThat(export.previewHtml(cyrillic)).contains("<h1>Summary of the facts</h1>");
        assertThat(export.previewCaseMarkdown(export.resolveCase("Дело Серикбаевой"))).contains("### Дело Серикбаевой");
    }
}
