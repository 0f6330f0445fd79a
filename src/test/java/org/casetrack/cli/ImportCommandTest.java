package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner().passphrase("import test passphrase");
    private String db;
    private String report;

    @BeforeEach
    void setUp() throws Exception {
        db = dir.resolve("db").toString();
        assertThat(cli.run("init", "--db", db).code()).isZero();
        report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI()).toString();
    }

    @AfterEach
    void restoreInput() {
        ImportCommand.confirmationInput = System.in;
    }

    private String persons() {
        return cli.run("persons", "--json", "--db", db).out();
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing() {
        String before = persons();
        var r = cli.run("import", "--dry-run", "--db", db, report);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("4 new").contains("Ruslan Temirov").contains("Dry run: nothing was written.");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void aDesignationStatedInAReportIsShownByPersonAsTextAndJson() throws Exception {
        Path own = Files.writeString(dir.resolve("designation.txt"), "Ruritania: a short note\n\n"
                + "Amnesty International named Bolat Zhumabekov a prisoner of conscience in June 2023.\n\n"
                + "On 2 February 2023 a district court sentenced Bolat Zhumabekov to four years in prison.\n");
        var plan = cli.run("import", "--dry-run", "--db", db, own.toString());
        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out().lines().findFirst().orElseThrow()).as("an unknown country is left out").doesNotContain("null");
        assertThat(cli.run("import", "--yes", "--db", db, own.toString()).code()).isZero();

        var text = cli.run("person", "Bolat Zhumabekov", "--db", db);
        assertThat(text.out()).contains("designation: Prisoner of conscience, by Amnesty International (Jun 2023)");
        var json = cli.run("person", "Bolat Zhumabekov", "--json", "--db", db);
        assertThat(json.out()).contains("\"designations\"").contains("\"prisoner_of_conscience\"").contains("\"2023-06\"");
    }

    @Test
    void answeringNoImportsNothingAndYesImports() {
        ImportCommand.confirmationInput = new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8));
        assertThat(cli.run("import", "--db", db, report).out()).contains("Not imported.");
        assertThat(persons()).doesNotContain("Temirov");
        ImportCommand.confirmationInput = new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(cli.run("import", "--db", db, report).out()).contains("Imported freedonia-2020.txt");
        assertThat(persons()).contains("Ruslan Temirov");
    }

    @Test
    void secondImportOfTheSameReportChangesNothing() {
        assertThat(cli.run("import", "--yes", "--db", db, report).code()).isZero();
        String after = persons();
        var again = cli.run("import", "--yes", "--db", db, report);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("was imported before");
        assertThat(persons()).isEqualTo(after);
    }

    @Test
    void badFilesFailWithOneLineAndWriteNothing() throws Exception {
        String before = persons();
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Path[] bad = {
            Files.writeString(dir.resolve("empty.txt"), ""),
            Files.write(dir.resolve("noise.txt"), noise),
            Files.write(dir.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)),
            dir.resolve("missing.html"),
        };
        for (Path p : bad) {
            var r = cli.run("import", "--yes", "--db", db, p.toString());
            assertThat(r.code()).as(p.toString()).isNotZero();
            assertThat(r.err().strip()).as(p.toString()).isNotEmpty().doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(persons()).isEqualTo(before);
    }
}
