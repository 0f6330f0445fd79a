package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casetrack.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@org.casetrack.store.OnBothDatabases
class ScheduleCommandTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    private static final String KEY_PREFIX = "appeal_deadline:sentence:";

    @TempDir
    Path dir;

    private String db;
    private Path pass;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db=" + db;
        all[args.length + 1] = "--passphrase-file=" + pass;
        int code = CaseTrackCli.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), withoutPlainWarning(err.toString()));
    }

    /** The test server is reached with sslmode=disable, which every command rightly warns about. */
    static String withoutPlainWarning(String err) {
        return err.lines().filter(l -> !l.startsWith("Warning: the connection to ")).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
    }

    @BeforeEach
    void sample() throws Exception {
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, org.casetrack.store.TestDatabases.secret(backend) + "\n");
        try (Database d = org.casetrack.store.TestDatabases.sample(backend, dir.resolve("s"))) {
            db = org.casetrack.store.TestDatabases.location(d, dir.resolve("s"));
        }
    }

    private JsonNode kushakbaevAppeal() {
        Run r = run("upcoming", "--as-of", "2017-04-10", "--days", "30", "--json");
        for (JsonNode i : JsonMapper.shared().readTree(r.out()).path("items")) {
            if (i.path("person").asString().equals("Nurbek Kushakbaev") && i.path("key").asString().startsWith(KEY_PREFIX)) {
                return i;
            }
        }
        return null;
    }

    @Test
    void anEnteredDateReplacesTheComputedOneAndDoneHidesTheItem() {
        String key = kushakbaevAppeal().path("key").asString();

        Run set = run("schedule", "set-date", key, "2017-04-24", "--note", "copy handed over on 9 April");
        assertThat(set.code()).as(set.err()).isZero();
        JsonNode after = kushakbaevAppeal();
        assertThat(after.path("date").asString()).isEqualTo("2017-04-24");
        assertThat(after.path("computed").asBoolean()).isFalse();
        assertThat(after.path("how").asString()).contains("computed: 2017-04-22");

        assertThat(run("schedule", "done", key).code()).isZero();
        assertThat(kushakbaevAppeal()).isNull();
        assertThat(run("schedule", "reopen", key).code()).isZero();
        assertThat(kushakbaevAppeal()).isNotNull();
    }

    @Test
    void anUnknownKeyIsAPlainError() {
        Run r = run("schedule", "done", "no:such:key");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("No item has the key no:such:key; 'casetrack upcoming --json' lists the keys.");
    }

    @Test
    void ownItemsShowInUpcomingAndTheCalendar() throws Exception {
        Run add = run("schedule", "add", "--date", "2017-04-20", "--title", "Prison visit", "--person", "Kushakbaev", "--kind", "other");
        assertThat(add.code()).as(add.err()).isZero();
        Path ics = dir.resolve("u.ics");
        Run up = run("upcoming", "--as-of", "2017-04-10", "--days", "30", "--ics", ics.toString());
        assertThat(up.out()).contains("Prison visit");
        assertThat(Files.readString(ics)).contains("SUMMARY:Nurbek Kushakbaev: Prison visit").contains("UID:user:");
    }

    @Test
    void aDatabaseRuleAddsACassationWindow() throws Exception {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"format": "casetrack.deadline-rules/1", "rules": [
                  {"id": "kz-test-cassation", "jurisdiction": "Kazakhstan", "proceeding": "criminal_cassation",
                   "trigger": "appeal_decision", "applies_to": ["appeal"], "period": "P6M", "kind": "cassation_deadline",
                   "label": "Cassation petition", "citation": "test rule", "basis": "A rule entered for this test only, not law."}]}
                """);
        Run imp = run("schedule", "rules", "--import", rules.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        Run list = run("schedule", "rules");
        assertThat(list.out()).contains("kz-test-cassation").contains("[this database]").contains("kz-criminal-appeal");
        Run up = run("upcoming", "--as-of", "2016-01-01", "--days", "3000", "--json");
        assertThat(up.out()).contains("cassation_deadline");
        assertThat(run("schedule", "rules", "--remove", "kz-test-cassation").code()).isZero();
        assertThat(run("upcoming", "--as-of", "2016-01-01", "--days", "3000", "--json").out()).doesNotContain("cassation_deadline");
    }

    @Test
    void aBrokenRuleFileIsRefusedWithTheRowNamed() throws Exception {
        Path rules = dir.resolve("bad.json");
        Files.writeString(rules, """
                {"format": "casetrack.deadline-rules/1", "rules": [
                  {"id": "no-basis", "jurisdiction": "Kazakhstan", "trigger": "verdict", "period": "P10D", "kind": "appeal_deadline"}]}
                """);
        Run r = run("schedule", "rules", "--import", rules.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Rule no-basis in bad.json").contains("legal basis");
    }

    @Test
    void calendarAndJsonLeaveOutConfidentialRecordsUnlessAsked() throws Exception {
        try (Database d = Database.open(db, org.casetrack.store.TestDatabases.secret(backend).toCharArray())) {
            d.writeVoid(ctx -> ctx.execute("UPDATE person SET confidential = TRUE WHERE display_name = 'Nurbek Kushakbaev'"));
        }
        Path ics = dir.resolve("c.ics");
        Run r = run("upcoming", "--as-of", "2017-04-10", "--days", "30", "--ics", ics.toString());
        assertThat(r.out()).contains("about confidential records left out");
        assertThat(Files.readString(ics)).doesNotContain("Kushakbaev");
        assertThat(kushakbaevAppeal()).isNull();
        Run all = run("upcoming", "--as-of", "2017-04-10", "--days", "30", "--json", "--include-confidential");
        assertThat(all.out()).contains("Nurbek Kushakbaev");
    }
}
