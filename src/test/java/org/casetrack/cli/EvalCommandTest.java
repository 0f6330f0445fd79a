package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    /** Whole-corpus mean F1 reached when this test was written, minus a margin (see docs/benchmarks.md). */
    static final double CORPUS_THRESHOLD = 0.85;
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern HEADLINE = Pattern.compile("extraction F1 (\\d\\.\\d{3})\\s*$");

    @TempDir
    Path dir;

    private static double headline(String out) {
        Matcher m = HEADLINE.matcher(out);
        assertThat(m.find()).as("headline line in: %s", out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void scoresAnAnnotatedReportPerDocumentAndPublisher() throws Exception {
        write("01-testngo-orlova-2016.txt", "Testland news, 9 April 2016\n\n"
                + "On 7 April 2016, journalist Dana Orlova was sentenced to two years' imprisonment by a court in the capital. "
                + "Her lawyer said the case was retaliation for her reporting.\n");
        write("01-testngo-orlova-2016.gold.json", """
                {"report": "01-testngo-orlova-2016.txt", "period_year": 2016,
                 "subjects": [{"name": "Dana Orlova", "aliases": []}], "optional_subjects": [], "non_subjects": [],
                 "sentences": [{"person": "Dana Orlova", "kind": "imprisonment", "term": "P2Y", "date": "2016-04-07"}],
                 "appeals": [], "un_rulings": [{"person": "Ivo Lind", "body": "HRC", "date": "2015"}]}
                """);
        CliRunner.Result r = new CliRunner().run("eval", dir.toString(), "-v");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("per document", "01-testngo-orlova-2016", "per publisher", "testngo",
                "subjects    P 1.00  R 1.00  F1 1.00", "sentences   P 1.00  R 1.00  F1 1.00  (tp 1, predicted 1, gold 1)  date ok 1/1",
                "UN ruling FN: Ivo Lind HRC 2015", "un_rulings  P 0.00  R 0.00  F1 0.00", "reports 1, failed 0");
        // subjects 1, sentences 1, appeals 1 (nothing to find, nothing found), UN rulings 0
        assertThat(headline(r.out())).isEqualTo(0.75);
    }

    @Test
    void aFolderWithoutAnnotationsIsOneClearSentence() {
        CliRunner.Result r = new CliRunner().run("eval", dir.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("No report with gold annotation").doesNotContain("Exception", "\tat ");
    }

    /** The real-report corpus, when this checkout sits beside it; skipped elsewhere. */
    @Test
    void theCorpusScoresAboveTheThreshold() {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not here");
        CliRunner.Result r = new CliRunner().run("eval", CORPUS.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("reports 35, failed 0");
        assertThat(headline(r.out())).isGreaterThanOrEqualTo(CORPUS_THRESHOLD);
    }
}
