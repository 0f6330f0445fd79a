package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void utf16WithBomIsDecoded() throws Exception {
        byte[] body = "Activist Olga Petrova was fined in Minsk.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        ReportText r = ReportReader.read(write("r.txt", bytes));
        assertThat(r.text()).isEqualTo("Activist Olga Petrova was fined in Minsk.");
        assertThat(r.format()).isEqualTo("text");
    }

    @Test
    void windows1251CyrillicIsRecognised() throws Exception {
        String russian = "Суд приговорил журналиста к пяти годам лишения свободы.";
        ReportText r = ReportReader.read(write("r.txt", russian.getBytes(Charset.forName("windows-1251"))));
        assertThat(r.text()).isEqualTo(russian);
    }

    @Test
    void windows1252LatinIsRecognised() throws Exception {
        String text = "The caf\u00e9 owner Ren\u00e9 M\u00fcller was detained \u2013 again.";
        ReportText r = ReportReader.read(write("r.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void htmlKeepsTheArticleAndDropsMenusScriptsAndBanners() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Country Chapter</title><script>var x = 'Ivan Menu';</script>"
                + "<style>p{}</style></head><body><nav><a>Home</a><a>Donate Now</a></nav>"
                + "<div class='cookie-banner'>We use cookies to improve this site.</div>"
                + "<header>Site header text</header><article><h1>Testland: Events of 2020</h1>"
                + "<h2>Freedom of Expression</h2><p>On 3 May, a court sentenced blogger Ilya Brand to two years in prison.</p>"
                + "<p>He denied the charges.</p><form><input value='Subscribe'></form></article>"
                + "<footer>Contact us</footer></body></html>";
        ReportText r = ReportReader.read(write("chapter.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.format()).isEqualTo("html");
        assertThat(r.text()).contains("Freedom of Expression", "Ilya Brand", "He denied the charges.")
                .doesNotContain("Donate", "cookies", "Site header", "Contact us", "Ivan Menu", "Subscribe");
        assertThat(r.periodYear()).isEqualTo(2020);
    }

    @Test
    void htmlIsSniffedEvenWithATextName() throws Exception {
        String html = "<html><body><p>Lawyer Nora Quist was arrested in Baku on 2 March.</p></body></html>";
        ReportText r = ReportReader.read(write("saved.txt", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.format()).isEqualTo("html");
        assertThat(r.text()).doesNotContain("<p>");
    }

    @Test
    void pdfPagesWithRunningHeaderPageNumbersAndHyphenation() throws Exception {
        byte[] pdf = pdf(null, new String[][] {
                {"Testland Country Report 2021", "On 4 May, the regional court sentenced the jour-", "nalist Pavel Grin to three years in prison.", "1"},
                {"Testland Country Report 2021", "In June, the Supreme Court upheld the sentence.", "2"}});
        ReportText r = ReportReader.read(write("report.pdf", pdf));
        assertThat(r.format()).isEqualTo("pdf");
        assertThat(r.text()).contains("journalist Pavel Grin").doesNotContain("Country Report 2021");
        assertThat(r.text().strip()).doesNotEndWith("2");
        assertThat(r.pageStarts()).hasSize(2);
        assertThat(r.text().substring(r.pageStarts().get(1))).startsWith("In June");
    }

    @Test
    void aSentenceCutByAPageBreakIsJoinedAndShortLinesEndParagraphs() throws Exception {
        byte[] pdf = pdf(null, new String[][] {
                {"Annual Survey", "A court in the northern region ordered the reporter Lev Orlan, who had been", "convicted in"},
                {"Annual Survey", "March of libel, to pay damages to a local official.", "Prisons", "Conditions remained poor in most of the camps visited by monitors."}});
        ReportText r = ReportReader.read(write("cut-sentence.pdf", pdf));
        assertThat(r.text()).contains("convicted in March of libel").contains("\n\nPrisons\n\nConditions");
    }

    @Test
    void pdfBytesUnderATextNameAreReadAsPdf() throws Exception {
        byte[] pdf = pdf(null, new String[][] {{"Blogger Anna Frey was detained on 1 June."}});
        ReportText r = ReportReader.read(write("misnamed.txt", pdf));
        assertThat(r.format()).isEqualTo("pdf");
        assertThat(r.text()).contains("Anna Frey");
    }

    @Test
    void passwordProtectedPdfGivesAClearMessage() throws Exception {
        byte[] pdf = pdf("secret", new String[][] {{"Hidden text."}});
        assertThatThrownBy(() -> ReportReader.read(write("locked.pdf", pdf)))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("password");
    }

    @Test
    void truncatedPdfGivesAClearMessage() throws Exception {
        byte[] pdf = pdf(null, new String[][] {{"Some text on a page that will be cut."}});
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> ReportReader.read(write("cut.pdf", cut)))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("damaged or truncated");
    }

    @Test
    void aPdfNameOnSomethingElseIsRefused() throws Exception {
        assertThatThrownBy(() -> ReportReader.read(write("fake.pdf", "just words".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("not a PDF");
    }

    @Test
    void binaryAndEmptyFilesAreRefused() throws Exception {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 256);
        }
        assertThatThrownBy(() -> ReportReader.read(write("data.bin", binary)))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> ReportReader.read(write("empty.txt", new byte[0])))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ReportReader.read(dir.resolve("missing.txt")))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("no file");
    }

    @Test
    void aHugeFileIsRefusedQuicklyWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> ReportReader.read(big))
                .isInstanceOf(ReportReadException.class).hasMessageContaining("too large");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    }

    /** A PDF with one page per array; each string is one line. */
    static byte[] pdf(String password, String[][] pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
