package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, items 15-16: hostile or broken input is refused with one sentence, never a stack trace. */
class ReadingLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path pipe = dir.resolve("report.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (java.io.IOException e) {
            p = null;
        }
        assumeTrue(p != null && p.waitFor() == 0, "mkfifo is not available here");
        assertThatThrownBy(() -> ReportReader.read(pipe)).isInstanceOf(ReportReadException.class)
                .hasMessage("report.txt is not a regular file (a pipe or device?); save the report as a file first.");
    }

    @Test
    void tooManyPagesAreRefused() throws Exception {
        byte[] pdf = ReportReaderTest.pdf(null, new String[][] {{"One."}, {"Two."}, {"Three."}});
        assertThatThrownBy(() -> PdfText.extract(pdf, "big.pdf", 2, 1000)).isInstanceOf(ReportReadException.class)
                .hasMessage("big.pdf has 3 pages; reports up to 2 pages can be read.");
    }

    @Test
    void tooMuchExpandedTextIsRefused() throws Exception {
        byte[] pdf = ReportReaderTest.pdf(null, new String[][] {{"A line of text on the first page."}, {"And more text on the next."}});
        assertThatThrownBy(() -> PdfText.extract(pdf, "dense.pdf", 100, 40)).isInstanceOf(ReportReadException.class)
                .hasMessage("dense.pdf expands to more than 40 characters of text; split it into smaller reports.");
    }

    @Test
    void aDamagedPdfPrintsNoStackTraceOnStandardError() throws Exception {
        byte[] pdf = ReportReaderTest.pdf(null, new String[][] {{"Some text on a page that will be cut short."}});
        Path file = dir.resolve("damaged.pdf");
        Files.write(file, Arrays.copyOf(pdf, pdf.length * 2 / 3));
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ReportReader.read(file);
        } catch (ReportReadException expected) {
            assertThat(expected.getMessage()).startsWith("damaged.pdf ");
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception");
    }
}
