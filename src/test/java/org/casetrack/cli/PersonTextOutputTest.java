package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.casetrack.ui.common.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's text output speaks the window's labels: no stored codes, no dangling spaces. */
class PersonTextOutputTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner().passphrase("a long test passphrase");

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void personAndPersonsPrintLabelsNotCodes() {
        String db = dir.resolve("cases").toString();
        cli.run("init", "--db", db);
        cli.run("load-sample", "--db", db);
        String person = cli.run("person", "Maks Bokaev", "--db", db).out();
        String persons = cli.run("persons", "--db", db).out();
        for (String text : new String[] {person, persons}) {
            assertThat(text).doesNotContainPattern("\\b[a-z]+_[a-z_]+\\b"); // restricted_freedom, at_liberty
            assertThat(text.lines()).noneMatch(l -> l.endsWith(" ") && !l.isBlank());
        }
        assertThat(person).containsPattern("sentence: [A-Z][a-z]");
    }

    @Test
    void thePartOfOnePersonsNameAsksForThatPersonNotForOneOfSeveral() {
        String db = dir.resolve("cases").toString();
        cli.run("init", "--db", db);
        cli.run("load-sample", "--db", db);
        CliRunner.Result r = cli.run("person", "Bok", "--db", db);
        assertThat(r.code()).isNotZero();
        // before: "'Bok' could mean several people: Maks Bokaev (id 1); ..." with one person named
        assertThat(r.err()).contains("'Bok' is only part of a name; did you mean Maks Bokaev (id ").doesNotContain("several");
    }

    @Test
    void aSentenceLineHasOnlyItsKnownParts() {
        assertThat(PersonCommand.line("Imprisonment", "5 years", null)).isEqualTo("Imprisonment, 5 years");
        assertThat(PersonCommand.line("Imprisonment", null, org.casetrack.model.PartialDate.ofYear(2016))).isEqualTo("Imprisonment (2016)");
    }
}
