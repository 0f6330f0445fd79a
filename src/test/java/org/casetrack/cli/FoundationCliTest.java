package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FoundationCliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner().passphrase("a long test passphrase");
    private final JsonMapper json = JsonMapper.builder().build();

    private String db() {
        return dir.resolve("cases").toString();
    }

    @Test
    void versionNamesTheApp() {
        var r = cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("CaseTrack ");
    }

    @Test
    void initLoadSampleAndQueryPersonsAsANewUserWould() {
        assertThat(cli.run("init", "--db", db()).code()).isZero();
        var load = cli.run("load-sample", "--db", db());
        assertThat(load.code()).isZero();
        assertThat(load.out()).startsWith("Loaded the sample data");
        assertThat(cli.run("load-sample", "--db", db()).out()).contains("already loaded");

        var persons = cli.run("persons", "--json", "--db", db());
        assertThat(persons.code()).isZero();
        JsonNode list = json.readTree(persons.out());
        assertThat(list.get("schema").asString()).isEqualTo("casetrack.persons/1");
        assertThat(list.get("persons").size()).isGreaterThanOrEqualTo(25);

        var person = cli.run("person", "Maks Bokayev", "--json", "--db", db());
        assertThat(person.code()).as(person.err()).isZero();
        JsonNode p = json.readTree(person.out());
        assertThat(p.get("name").asString()).isEqualTo("Maks Bokaev");
        assertThat(p.get("sentences").size()).isGreaterThanOrEqualTo(2);
        assertThat(p.get("appeals").size()).isGreaterThanOrEqualTo(1);
        assertThat(p.get("documents").size()).isGreaterThanOrEqualTo(1);
        assertThat(p.get("sentences").get(0).get("sources").size()).isPositive();
    }

    @Test
    void initRefusesToOverwrite() {
        assertThat(cli.run("init", "--db", db()).code()).isZero();
        var again = cli.run("init", "--db", db());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("will not overwrite");
    }

    @Test
    void wrongPassphraseIsOneLineExitTwo() {
        cli.run("init", "--db", db());
        var r = new CliRunner().passphrase("not it").run("persons", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("The passphrase is wrong for cases.mv.db.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noPassphraseAnywhereIsAClearError() {
        var r = new CliRunner().run("persons", "--db", db());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("CASETRACK_PASSPHRASE").doesNotContain("Exception");
    }

    @Test
    void passphraseFileIsRead() throws Exception {
        Path file = dir.resolve("pass.txt");
        Files.writeString(file, "from a file\n");
        var noEnv = new CliRunner();
        assertThat(noEnv.run("init", "--db", db(), "--passphrase-file", file.toString()).code()).isZero();
        assertThat(noEnv.run("persons", "--db", db(), "--passphrase-file", file.toString()).code()).isZero();
    }

    @Test
    void unknownPersonAndAmbiguousSurnameSayWhy() {
        cli.run("init", "--db", db());
        cli.run("load-sample", "--db", db());
        var none = cli.run("person", "Nobody Known", "--db", db());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("No person called 'Nobody Known'");
        var two = cli.run("person", "Mataev", "--db", db());
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).contains("several people");
    }

    @Test
    void backupAndRestoreRoundTrip() {
        cli.run("init", "--db", db());
        cli.run("load-sample", "--db", db());
        String zip = dir.resolve("b.zip").toString();
        assertThat(cli.run("backup", "--out", zip, "--db", db()).code()).isZero();
        String other = dir.resolve("copy").toString();
        var restore = cli.run("restore", zip, "--db", other);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(cli.run("persons", "--db", other).out()).contains("Maks Bokaev");
    }
}
