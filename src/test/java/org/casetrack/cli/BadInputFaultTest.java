package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault suite, bad JSON and schedule input: over-long and out-of-range values are refused
 * at the boundary with one sentence that names no Java class and echoes no SQL or value,
 * and the database is unchanged.
 */
class BadInputFaultTest {

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private static byte[] sample;
    private static String before;

    private final CliRunner cli = Faults.cli();
    private Path db;

    /** One sample database for the class, copied fresh for each case (a closed file copies as it is). */
    @BeforeAll
    static void sampleOnce() throws Exception {
        Path template = shared.resolve("template");
        CliRunner cli = Faults.cli();
        assertThat(cli.run("init", "--db", template.toString()).code()).isZero();
        assertThat(cli.run("load-sample", "--db", template.toString()).code()).isZero();
        before = Faults.snapshot(cli, template);
        sample = java.nio.file.Files.readAllBytes(shared.resolve("template.mv.db"));
    }

    @BeforeEach
    void sampleDatabase() throws Exception {
        db = dir.resolve("cases");
        java.nio.file.Files.write(dir.resolve("cases.mv.db"), sample);
    }

    private void assertRefusedAndUnchanged(CliRunner.Result r, String... mustContain) {
        Faults.assertOneSentence(r);
        for (String s : mustContain) {
            assertThat(r.err()).contains(s);
        }
        assertThat(r.err().length()).as("no echoed value").isLessThan(300);
        assertThat(Faults.snapshot(cli, db)).isEqualTo(before);
    }

    private CliRunner.Result importJson(String json) throws Exception {
        return cli.run("import-json", Faults.writeJson(dir, "in.json", json).toString(), "--db", db.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"null", "[]", "42", "\"text\"", "{", "{\"format\": 7}", "{\"format\":\"casetrack.data/1\",\"persons\":{}}",
            "{\"format\":\"casetrack.data/1\",\"persons\":[{\"key\":\"k\",\"name\":\"N\",\"birth_year\":\"soon\"}]}"})
    void malformedJsonIsOneSentence(String json) throws Exception {
        assertRefusedAndUnchanged(importJson(json));
    }

    @Test
    void aTenThousandCharacterNameIsRefused() throws Exception {
        assertRefusedAndUnchanged(importJson(Faults.onePerson("long-name", "\"" + "N".repeat(10_000) + "\"", "")), "too long");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"birth_year\": 99999 | birth year",
            "\"birth_year\": -4 | birth year"})
    void outOfRangePersonFieldsAreRefused(String extra, String words) throws Exception {
        assertRefusedAndUnchanged(importJson(Faults.onePerson("odd-person", "\"Odd Person\"", extra)), words);
    }

    private static String oneSentence(String fields) {
        return "{\"format\":\"casetrack.data/1\",\"documents\":[{\"key\":\"doc-1\",\"title\":\"A fault-suite note\",\"publisher\":\"Test\"}],"
                + "\"persons\":[{\"key\":\"p\",\"name\":\"Sentenced Person\",\"status\":\"imprisoned\",\"sources\":[{\"document\":\"doc-1\"}]}],"
                + "\"sentences\":[{\"person\":\"p\",\"kind\":\"fine\"," + fields + ",\"sources\":[{\"document\":\"doc-1\"}]}]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"fine_amount\": 1e400 | fine",
            "\"fine_amount\": -5 | fine",
            "\"pretrial_days\": 9999999 | pre-trial days",
            "\"pretrial_days\": -1 | pre-trial days",
            "\"imposed\": \"10000-01-01\" | year up to 9999",
            "\"imposed\": \"+12017-05\" | year up to 9999"})
    void outOfRangeSentenceFieldsAreRefused(String fields, String words) throws Exception {
        assertRefusedAndUnchanged(importJson(oneSentence(fields)), words);
    }

    @Test
    void aTenThousandCharacterScheduleNoteIsRefused() {
        String note = "n".repeat(10_000);
        assertRefusedAndUnchanged(cli.run("schedule", "add", "--date", "2030-01-01", "--title", "A visit", "--note", note, "--db", db.toString()),
                "The note is 10000 characters long");
        assertRefusedAndUnchanged(cli.run("schedule", "add", "--date", "2030-01-01", "--title", "t".repeat(10_000), "--db", db.toString()),
                "The title");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+10000-01-01", "10000-01-01", "2030-02-30", "tomorrow"})
    void impossibleScheduleDatesAreRefused(String date) {
        assertRefusedAndUnchanged(cli.run("schedule", "add", "--date", date, "--title", "A visit", "--db", db.toString()), "YYYY-MM-DD");
    }

    @Test
    void aReportWithAThreeHundredCharacterHeadingIsStored() throws Exception {
        String report = java.nio.file.Files.readString(Path.of("src/test/resources/reports/freedonia-2020.txt"));
        Path file = Faults.writeJson(dir, "long-title.txt", "Freedonia " + "report title ".repeat(23) + "\n\n" + report);
        var r = cli.run("import", "--yes", file.toString(), "--db", db.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Imported long-title.txt");
    }

    @Test
    void aDocumentTitleLongerThanTheColumnIsOneSentenceAndChangesNothing() throws Exception {
        String json = "{\"format\":\"casetrack.data/1\",\"documents\":[{\"key\":\"d\",\"title\":\"" + "T".repeat(600) + "\"}]}";
        assertRefusedAndUnchanged(cli.run("import-json", Faults.writeJson(dir, "long-doc.json", json).toString(), "--db", db.toString()), "title");
    }

    @Test
    void badRulesFilesAreOneSentence() throws Exception {
        assertRefusedAndUnchanged(cli.run("schedule", "rules", "--import", Faults.writeJson(dir, "r.json", "null").toString(), "--db", db.toString()));
        assertRefusedAndUnchanged(cli.run("schedule", "rules", "--import", Faults.writeJson(dir, "r.json", "{\"rules\": 5}").toString(),
                "--db", db.toString()));
    }
}
