package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.dataset.SampleData;
import org.casetrack.export.BulkExport;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** init, copy and server grant against the PostgreSQL test server, through the real command line. */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+",
        disabledReason = "no PostgreSQL test server: set CASETRACK_TEST_PG_URL to run it")
class ServerCliTest {

    static final String PASS = "field laptop passphrase";

    @TempDir
    Path dir;

    private CliRunner runner() {
        return new CliRunner().env("CASETRACK_PASSPHRASE", new String(TestServer.password()));
    }

    @Test
    void initCreatesTheSchemaAndASecondInitRefusesWithExitTwo() {
        String url = TestServer.at(TestServer.emptyDatabase()).toString();
        var first = runner().run("init", "--db", url);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Created the CaseTrack schema");
        assertThat(first.err()).contains("not encrypted (sslmode=disable)");
        var second = runner().run("init", "--db", url);
        assertThat(second.code()).isEqualTo(2);
        assertThat(second.err().strip()).endsWith("already holds a CaseTrack schema; CaseTrack will not overwrite it.");
    }

    @Test
    void wrongPasswordAndUnknownDatabaseAreOneSentenceWithExitTwo() {
        String url = TestServer.at("ct_missing_db").toString();
        var missing = runner().run("persons", "--db", url);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().filter(l -> !l.startsWith("Warning")).toList())
                .containsExactly("The server " + TestServer.admin().host()
                        + (TestServer.admin().port() != ServerAddress.DEFAULT_PORT ? ":" + TestServer.admin().port() : "")
                        + " has no database named ct_missing_db.");
        var wrong = new CliRunner().env("CASETRACK_PASSPHRASE", "wrong").run("persons", "--db", TestServer.freshDatabase().toString());
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("the password is wrong");
    }

    @Test
    void copyFromAFileToTheServerAndBackIsLossless() {
        Path original = dir.resolve("laptop");
        try (Database db = Database.create(original, PASS.toCharArray())) {
            SampleData.load(db);
        }
        ServerAddress server = TestServer.at(TestServer.emptyDatabase());
        var up = new CliRunner().env("CASETRACK_FROM_PASSPHRASE", PASS).env("CASETRACK_TO_PASSPHRASE", new String(TestServer.password()))
                .run("copy", "--from", original.toString(), "--to", server.toString());
        assertThat(up.code()).as(up.err()).isZero();
        assertThat(up.out()).contains("Reading", "Writing", "Checking the copy", "both sides export the same JSON");
        Path back = dir.resolve("back");
        var down = new CliRunner().env("CASETRACK_FROM_PASSPHRASE", new String(TestServer.password())).env("CASETRACK_TO_PASSPHRASE", PASS)
                .run("copy", "--from", server.toString(), "--to", back.toString());
        assertThat(down.code()).as(down.err()).isZero();
        String a;
        String b;
        String c;
        try (Database db = Database.open(original, PASS.toCharArray())) {
            a = DataSetJson.toJson(new BulkExport(db).dataSet());
        }
        try (Database db = Database.openServer(server, TestServer.password())) {
            b = DataSetJson.toJson(new BulkExport(db).dataSet());
        }
        try (Database db = Database.open(back, PASS.toCharArray())) {
            c = DataSetJson.toJson(new BulkExport(db).dataSet());
        }
        assertThat(a).contains("\"persons\"").isEqualTo(b).isEqualTo(c);
        var again = new CliRunner().env("CASETRACK_FROM_PASSPHRASE", PASS).env("CASETRACK_TO_PASSPHRASE", new String(TestServer.password()))
                .run("copy", "--from", original.toString(), "--to", server.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already holds case data");
    }

    @Test
    void grantGivesExactlyOneRole() {
        String url = TestServer.freshDatabase().toString();
        String user = "ct_cli_user_" + ProcessHandle.current().pid();
        TestServer.execute("DROP ROLE IF EXISTS " + user);
        TestServer.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'pw'");
        try {
            var r = runner().run("server", "grant", user, "caseworker", "--db", url);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(user + " is now casetrack_caseworker");
            var bad = runner().run("server", "grant", user, "boss", "--db", url);
            assertThat(bad.code()).isEqualTo(2);
            assertThat(bad.err()).contains("the roles are viewer, caseworker and confidential");
            var nobody = runner().run("server", "grant", "ct_nobody_here", "viewer", "--db", url);
            assertThat(nobody.err()).contains("has no user ct_nobody_here");

            // as that user: a caseworker writes, a viewer is refused by the server in one sentence (exit 2)
            ServerAddress a = ServerAddress.parse(url);
            String asUser = new ServerAddress(a.host(), a.port(), a.database(), user, a.sslMode(), a.caFile()).toString();
            CliRunner them = new CliRunner().env("CASETRACK_PASSPHRASE", "pw");
            String[] add = {"schedule", "add", "--date", "2017-04-20", "--title", "Prison visit", "--kind", "other", "--db", asUser};
            var wrote = them.run(add);
            assertThat(wrote.code()).as(wrote.err()).isZero();
            assertThat(runner().run("server", "grant", user, "viewer", "--db", url).code()).isZero();
            var refused = them.run(add);
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err().lines().filter(l -> !l.startsWith("Warning")).toList()).containsExactly("User " + user
                    + " has no right to do this in " + a.label() + " (the CaseTrack role decides: docs/server.md); nothing was changed.");
        } finally {
            TestServer.execute("DROP ROLE " + user);
        }
    }
}
