package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 12 on the command line: after load-sample, the dry run of a report that
 * repeats known findings says exactly what the import then adds, and lists them as known.
 */
class ImportDryRunCountsTest {

    private final CliRunner cli = new CliRunner().passphrase("dry run test passphrase");

    @TempDir
    Path dir;

    @Test
    void theDryRunSaysWhatTheImportAdds() throws Exception {
        String db = dir.resolve("d").toString();
        assertThat(cli.run("init", "--db", db).code()).isZero();
        assertThat(cli.run("load-sample", "--db", db).code()).isZero();
        Path report = dir.resolve("again.txt");
        Files.writeString(report, """
                Kazakhstan: a report written for this test

                In November 2016 a court in Atyrau sentenced Maks Bokaev and Talgat Ayan to five years in prison for organising peaceful land protests.
                In April 2019 a court in Almaty sentenced Dana Testova to three years in prison for posts on social media.
                In May 2019 Amnesty International recognised Dana Testova as a prisoner of conscience.
                """);
        String plan = cli.run("import", "--dry-run", "--db", db, report.toString()).out();
        Matcher toAdd = Pattern.compile("to add: (\\d+) new persons, (\\d+) cases, (\\d+) sentences, (\\d+) appeals, (\\d+) UN rulings, "
                + "(\\d+) events, (\\d+) designations").matcher(plan);
        assertThat(toAdd.find()).as(plan).isTrue();
        Matcher known = Pattern.compile("already known: (\\d+) findings").matcher(plan);
        assertThat(known.find()).as(plan).isTrue();
        assertThat(Integer.parseInt(known.group(1))).as("the Atyrau sentences are in the sample data").isGreaterThanOrEqualTo(2);

        String done = cli.run("import", "--yes", "--db", db, report.toString()).out();
        Matcher added = Pattern.compile("(\\d+) new and \\d+ known persons, (\\d+) new cases, (\\d+) sentences, (\\d+) appeals, "
                + "(\\d+) UN rulings, (\\d+) events, (\\d+) designations; (\\d+) facts already known").matcher(done);
        assertThat(added.find()).as(done).isTrue();
        for (int i = 1; i <= 7; i++) {
            assertThat(added.group(i)).as("count %d of %s", i, done).isEqualTo(toAdd.group(i));
        }
        assertThat(toAdd.group(7)).as("the designation the report states").isEqualTo("1");
        assertThat(plan).contains("designation d1   Dana Testova: prisoner of conscience by Amnesty International (2019-05)");
        assertThat(added.group(8)).isEqualTo(known.group(1));
    }
}
