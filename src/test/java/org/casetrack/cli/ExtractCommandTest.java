package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CaseTrackCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path report() throws Exception {
        Path p = dir.resolve("chapter.txt");
        Files.writeString(p, "Republic of Testland\nHead of state: Otto Kessler\n\n"
                + "On 7 April, journalist Dana Orlova was sentenced to two years' imprisonment by a court in the capital. "
                + "Her lawyer said the case was retaliation for her work in 2016.\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonGoesToStandardOutput() throws Exception {
        int code = run("extract", report().toString(), "--json");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("{").contains("\"schema\": \"casetrack.extract/1\"", "Dana Orlova", "\"P2Y\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutJsonASummaryIsPrinted() throws Exception {
        int code = run("extract", report().toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Dana Orlova: imprisonment, 2 years (2017-04-07)");
    }

    @Test
    void aFileThatCannotBeReadGivesOneLineOnStandardErrorAndNothingOnStandardOutput() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int code = run("extract", empty.toString(), "--json");
        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("empty.txt is empty.");
    }

    @Test
    void benchPrintsAThroughput() {
        int code = run("bench", "--mb", "1", "--runs", "1");
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("throughput, 1 thread: [0-9.]+ MB/s wall clock");
    }

    @Test
    void benchRejectsSillyArguments() {
        assertThat(run("bench", "--mb", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--mb");
    }
}
