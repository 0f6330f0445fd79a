package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casetrack.extract.Extraction;
import org.casetrack.extract.ReportExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report whose text names no year takes the one year of its file name (decision 0112). */
class FileNameYearTest {

    @TempDir
    Path dir;

    // invented, in the style of a press release that dates by weekday and month only
    private static final String YEARLESS = "On Wednesday, 14 March, the regional court sentenced the teacher Arman Dosov "
            + "to six years in prison for a post about the mayor.";

    @Test
    void theOneYearOfTheNameCounts() {
        assertThat(FileNameYear.of("12-press-release-verdict-2018.txt")).isEqualTo(2018);
        assertThat(FileNameYear.of("/some/dir/2018_dosov.html")).isEqualTo(2018);
        assertThat(FileNameYear.of("dosov 2018 and 2018 again.pdf")).isEqualTo(2018);
    }

    @Test
    void noYearOrTwoYearsOrANumberThatIsNotAYearGiveNothing() {
        assertThat(FileNameYear.of("verdict.txt")).isNull();
        assertThat(FileNameYear.of("overview-2017-2019.txt")).isNull();
        assertThat(FileNameYear.of("case-120181.txt")).isNull();
        assertThat(FileNameYear.of("scan-1850.txt")).isNull();
        assertThat(FileNameYear.of(null)).isNull();
    }

    @Test
    void aYearlessReportDatesItsSentenceByTheFileName() throws Exception {
        Path file = Files.writeString(dir.resolve("dosov-verdict-2018.txt"), YEARLESS, StandardCharsets.UTF_8);
        ReportText r = ReportReader.read(file);
        assertThat(r.periodYear()).isEqualTo(2018);
        Extraction x = ReportExtractor.extract(r);
        assertThat(x.sentences()).singleElement().satisfies(p -> assertThat(p.date().toIso()).isEqualTo("2018-03-14"));
    }

    @Test
    void theTextsOwnYearWinsOverTheName() throws Exception {
        Path file = Files.writeString(dir.resolve("dosov-2018.txt"), YEARLESS.replace("14 March,", "14 March 2012,"),
                StandardCharsets.UTF_8);
        ReportText r = ReportReader.read(file);
        assertThat(r.periodYear()).isEqualTo(2012);
        assertThat(ReportExtractor.extract(r).sentences()).singleElement()
                .satisfies(p -> assertThat(p.date().toIso()).isEqualTo("2012-03-14"));
    }

    @Test
    void aNameWithoutAYearLeavesTheDateWithoutOne() throws Exception {
        Path file = Files.writeString(dir.resolve("dosov.txt"), YEARLESS, StandardCharsets.UTF_8);
        ReportText r = ReportReader.read(file);
        assertThat(r.periodYear()).isNull();
        assertThat(ReportExtractor.extract(r).sentences()).singleElement()
                .satisfies(p -> assertThat(p.date() == null || p.date().toIso().length() < 10).isTrue());
    }
}
