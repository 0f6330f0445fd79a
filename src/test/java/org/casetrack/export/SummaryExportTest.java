package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.casetrack.dossier.DossierService;
import org.casetrack.store.Database;
import org.casetrack.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path dir;

    private Database db;
    private SummaryExport export;
    private long cyrillic;
    private long kushakbaev;

    @BeforeAll
    void open() {
        db = TestDatabase.sample(dir);
        cyrillic = TestDatabase.addCyrillicPerson(db);
        kushakbaev = new DossierService(db).resolvePerson("Nurbek Kushakbaev");
        export = new SummaryExport(db);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private byte[] render(CaseSummary s, ExportFormat f) {
        return SummaryExport.render(s, LetterTemplate.defaults(), f, TODAY);
    }

    @Test
    void docxHasRealHeadingsAChronologyTableAndFootnotes() throws Exception {
        byte[] bytes = render(export.personSummary(kushakbaev, false), ExportFormat.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> h1 = new ArrayList<>();
            List<String> h2 = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    h1.add(p.getText());
                } else if ("Heading2".equals(p.getStyle())) {
                    h2.add(p.getText());
                }
            }
            assertThat(h1).containsExactly("Summary: Nurbek Kushakbaev");
            assertThat(h2).contains("Sentences", "Chronology");
            assertThat(h2).anyMatch(h -> h.startsWith("Nurbek Kushakbaev"));
            assertThat(doc.getStyles().getStyle("Heading1")).isNotNull();

            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Date");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Event");
            assertThat(table.getNumberOfRows()).isGreaterThan(1);
            assertThat(table.getText()).contains("7 April 2017");

            List<XWPFFootnote> notes = doc.getFootnotes().stream().filter(f -> !f.getParagraphs().isEmpty()
                    && !f.getParagraphs().get(0).getText().isBlank()).toList();
            assertThat(notes).isNotEmpty();
            assertThat(notes.get(0).getParagraphs().get(0).getText()).containsAnyOf("Human Rights Watch", "Amnesty");
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(body).contains("Office of the United Nations High Commissioner for Human Rights").contains("Yours faithfully,");
            String xml = doc.getDocument().xmlText();
            int references = xml.split("footnoteReference", -1).length - 1;
            assertThat(references).isEqualTo(notes.size()); // one footnote per reference, none empty
            assertThat(references).isGreaterThanOrEqualTo(4); // person, case, sentence, chronology
        }
    }

    @Test
    void pdfEmbedsAFontThatRendersCyrillicAndCitesTheQuotedSentence() throws Exception {
        byte[] bytes = render(export.personSummary(cyrillic, false), ExportFormat.PDF);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(TestDatabase.CYRILLIC).contains("Zhanna Serikbaeva");
            assertThat(text).contains("Алматинский городской суд");
            assertThat(text).contains("Правозащитный центр, Доклад о правах человека (2017)");
            assertThat(text).contains(TestDatabase.QUOTE);
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
    void confidentialFactsAndNotesAreLeftOutUnlessAskedFor() {
        String without = new String(render(export.personSummary(cyrillic, false), ExportFormat.MD), StandardCharsets.UTF_8);
        String with = new String(render(export.personSummary(cyrillic, true), ExportFormat.MD), StandardCharsets.UTF_8);
        assertThat(without).doesNotContain("Secret Tribunal").doesNotContain("555-0100");
        assertThat(with).contains("Secret Tribunal").contains("555-0100");
    }

    @Test
    void markdownCarriesFootnotesAndTheTemplateAsk() {
        String md = new String(render(export.personSummary(cyrillic, false), ExportFormat.MD), StandardCharsets.UTF_8);
        assertThat(md).contains("## Summary: " + TestDatabase.CYRILLIC);
        assertThat(md).contains("[^1]: Правозащитный центр, Доклад о правах человека (2017): \u201C" + TestDatabase.QUOTE + "\u201D");
        assertThat(md).contains("| Date | Event |");
        assertThat(md).contains("raise the case of " + TestDatabase.CYRILLIC + " with the authorities of Kazakhstan");
    }

    @Test
    void aCaseSummaryNamesItsParties() {
        long caseId = export.resolveCase("Дело Серикбаевой");
        String md = new String(render(export.caseSummary(caseId, false), ExportFormat.MD), StandardCharsets.UTF_8);
        assertThat(md).contains("### Case: Дело Серикбаевой").contains("### " + TestDatabase.CYRILLIC);
    }

    @Test
    void aUserTemplateReplacesRecipientAndSignature(@TempDir Path t) throws Exception {
        Path file = t.resolve("embassy.properties");
        java.nio.file.Files.writeString(file, "recipient = Embassy of Norway\\nAstana\nsignature = Jane Doe\\nExample Rights Group\n",
                StandardCharsets.UTF_8);
        String md = new String(SummaryExport.render(export.personSummary(kushakbaev, false), LetterTemplate.read(file), ExportFormat.MD, TODAY),
                StandardCharsets.UTF_8);
        assertThat(md).contains("Embassy of Norway  \nAstana").contains("Jane Doe  \nExample Rights Group").contains("Dear Sir or Madam,");
    }

    @Test
    void anUnknownCaseIsAPlainError() {
        assertThatThrownBy(() -> export.resolveCase("no such case at all")).isInstanceOf(StoreException.class)
                .hasMessage("No case titled 'no such case at all' is known.");
    }

    @Test
    void previewIsMarkdownWithoutConfidentialContent() {
        assertThat(export.previewMarkdown(cyrillic)).contains(TestDatabase.CYRILLIC).doesNotContain("555-0100");
        assertThat(export.previewHtml(cyrillic)).contains("<h1>Summary: " + TestDatabase.CYRILLIC);
        assertThat(export.previewCaseMarkdown(export.resolveCase("Дело Серикбаевой"))).contains("## Summary: Дело Серикбаевой");
    }
}
