package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.ItemKind;
import org.casetrack.model.Term;
import org.casetrack.store.Database;
import org.casetrack.store.ScheduleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 11: a rule file is stored whole or not at all, and absurd periods never reach the schedule. */
@org.casetrack.store.OnBothDatabases
class ScheduleRulesImportTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    private static final String PASS = "rules test passphrase";

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
        try (Database d = org.casetrack.store.TestDatabases.sample(backend, dir.resolve("r"))) {
            db = org.casetrack.store.TestDatabases.location(d, dir.resolve("r"));
        }
    }

    private static String rule(String id, String period) {
        return """
                {"id": "%s", "jurisdiction": "Kazakhstan", "proceeding": "criminal", "trigger": "verdict", "applies_to": [],
                 "period": "%s", "kind": "appeal_deadline", "label": "test row", "citation": "test", "basis": "written for this test"}
                """.formatted(id, period);
    }

    private Path file(String... rules) throws Exception {
        Path f = dir.resolve("rules-" + System.nanoTime() + ".json");
        Files.writeString(f, "{\"format\": \"casetrack.deadline-rules/1\", \"rules\": [" + String.join(",", rules) + "]}");
        return f;
    }

    private int storedRules() {
        try (Database d = Database.open(db, org.casetrack.store.TestDatabases.secret(backend).toCharArray())) {
            return new ScheduleStore(d.dsl()).rules().size();
        }
    }

    @Test
    void aBadRowAfterAGoodOneLeavesNothing() throws Exception {
        Run r = run("schedule", "rules", "--import", file(rule("test-good", "P1M"), rule("x".repeat(150), "P1M")).toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).doesNotContain("SQL", "Exception", "\n").endsWith(".");
        assertThat(storedRules()).isZero();
    }

    @Test
    void anAbsurdPeriodIsRejectedWithOneSentence() throws Exception {
        Run r = run("schedule", "rules", "--import", file(rule("test-good", "P1M"), rule("test-forever", "P999999999Y")).toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err().strip()).contains("P999999999Y").doesNotContain("Exception", "\n");
        assertThat(storedRules()).isZero();
        assertThat(run("upcoming", "--as-of", "2017-04-10").code()).isZero();
    }

    @Test
    void aBadRuleStoredEarlierDoesNotBreakUpcoming() {
        try (Database d = Database.open(db, org.casetrack.store.TestDatabases.secret(backend).toCharArray())) {
            d.writeVoid(ctx -> new ScheduleStore(ctx).saveRule(new DeadlineRule("kz-criminal-appeal", "Kazakhstan", "criminal",
                    DeadlineTrigger.VERDICT, Set.of(), Term.parse("P999999999Y"), ItemKind.values()[0], "broken", "test",
                    "stored before rules were checked", null, true)));
        }
        Run r = run("upcoming", "--as-of", "2017-04-10", "--days", "3650");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
    }
}
