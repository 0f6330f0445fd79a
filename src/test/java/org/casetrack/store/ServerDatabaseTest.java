package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casetrack.store.generated.Tables.AUDIT_LOG;
import static org.casetrack.store.generated.Tables.PERSON;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Connecting, migrating, auditing and roles on a real PostgreSQL server (see {@link TestServer}). */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+",
        disabledReason = "no PostgreSQL test server: set CASETRACK_TEST_PG_URL to run it")
class ServerDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void initCreatesTheSchemaOnceAndRefusesASecondTime() {
        ServerAddress a = TestServer.at(TestServer.emptyDatabase());
        try (Database db = Database.createOnServer(a, TestServer.password())) {
            assertThat(db.dialect()).isEqualTo(Database.Dialect.POSTGRES);
            assertThat(Integer.parseInt(db.schemaVersion())).isGreaterThanOrEqualTo(31);
            assertThat(db.dsl().fetchCount(PERSON)).isZero();
        }
        assertThatThrownBy(() -> Database.createOnServer(a, TestServer.password()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.ALREADY_EXISTS));
    }

    @Test
    void openingADatabaseWithoutTheSchemaSaysHowToCreateIt() {
        ServerAddress a = TestServer.at(TestServer.emptyDatabase());
        assertThatThrownBy(() -> Database.openServer(a, TestServer.password()))
                .hasMessageContaining("casetrack init");
    }

    @Test
    void eachFailureIsOnePlainSentence() {
        ServerAddress good = TestServer.freshDatabase();
        ServerAddress down = new ServerAddress("127.0.0.1", 1, good.database(), good.user(), "disable", null);
        assertThatThrownBy(() -> Database.openServer(down, TestServer.password()))
                .hasMessage("Cannot reach the CaseTrack server at 127.0.0.1:1; check that it is running and reachable.");
        assertThatThrownBy(() -> Database.openServer(good, "not the password".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).contains("refused user " + good.user());
                });
        ServerAddress missing = TestServer.at("ct_no_such_database");
        assertThatThrownBy(() -> Database.openServer(missing, TestServer.password()))
                .hasMessageEndingWith("has no database named ct_no_such_database.");
    }

    @Test
    void tlsIsTheDefaultAndAnUntrustedCertificateIsRefused() {
        ServerAddress good = TestServer.freshDatabase();
        ServerAddress verified = new ServerAddress(good.host(), good.port(), good.database(), good.user(), null, null);
        assertThat(verified.sslMode()).isEqualTo("verify-full");
        // The test server has no certificate this machine trusts (Debian's snake-oil one at best, or no TLS).
        assertThatThrownBy(() -> Database.openServer(verified, TestServer.password()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("could not be secured");
    }

    @Test
    void aSchemaFromANewerCaseTrackIsRefusedUntouched() throws Exception {
        ServerAddress a = TestServer.freshDatabase();
        System.setProperty(ServerBackups.FOLDER_PROPERTY, dir.toString());
        try {
            Database.openServer(a, TestServer.password(), List.of("classpath:db/migration", "classpath:db/migration-postgresql",
                    "classpath:db/upgrade-test")).close();
        } finally {
            System.clearProperty(ServerBackups.FOLDER_PROPERTY);
        }
        try (var files = Files.list(dir)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith(a.database() + ".before-v")).toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.size(backups.get(0))).isPositive();
        }
        assertThatThrownBy(() -> Database.openServer(a, TestServer.password()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.TOO_NEW);
                    assertThat(e.getMessage()).contains("newer version of CaseTrack");
                });
    }

    @Test
    void auditRowsNameTheDatabaseUserAndRollBackWithTheChange() {
        try (Database db = Database.openServer(TestServer.freshDatabase(), TestServer.password())) {
            long id = db.write(ctx -> new PersonStore(ctx).insert(person("Aigerim Tulegenova", false)));
            assertThatThrownBy(() -> db.writeVoid(ctx -> {
                new PersonStore(ctx).insert(person("Never Saved", false));
                throw new IllegalStateException("boom");
            })).hasMessageContaining("boom");
            var rows = db.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch();
            assertThat(rows).extracting(r -> r.getTableName()).contains("person");
            var personRow = rows.stream().filter(r -> r.getTableName().equals("person")).findFirst().orElseThrow();
            assertThat(personRow.getRowId()).isEqualTo(id);
            assertThat(personRow.getAction()).isEqualTo("INSERT");
            assertThat(personRow.getAfterRow()).contains("Aigerim Tulegenova");
            assertThat(personRow.getDbUser()).isEqualTo(TestServer.admin().user());
            assertThat(personRow.getOsUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(rows).noneMatch(r -> r.getAfterRow() != null && r.getAfterRow().contains("Never Saved"));
        }
    }

    @Test
    void aViewersOwnSqlClientCanNeitherWriteNorSeeConfidentialRows() throws Exception {
        ServerAddress a = TestServer.freshDatabase();
        try (Database db = Database.openServer(a, TestServer.password())) {
            db.write(ctx -> new PersonStore(ctx).insert(person("Open Record", false)));
            db.write(ctx -> new PersonStore(ctx).insert(person("Hidden Witness", true)));
        }
        String viewer = "ct_viewer_" + ProcessHandle.current().pid();
        TestServer.execute("DROP ROLE IF EXISTS " + viewer);
        TestServer.execute("CREATE ROLE " + viewer + " LOGIN PASSWORD 'viewer-pass'");
        try {
            assertThat(ServerRoles.grant(a, TestServer.password(), viewer, "casetrack_viewer")).contains("read only");
            ServerAddress asViewer = new ServerAddress(a.host(), a.port(), a.database(), viewer, a.sslMode(), a.caFile());
            try (Connection c = DriverManager.getConnection(a.jdbcUrl(), asViewer.jdbcProperties("viewer-pass".toCharArray()));
                 Statement st = c.createStatement()) {
                assertThat(names(st, "SELECT display_name FROM person")).containsExactly("Open Record");
                assertThatThrownBy(() -> st.execute("UPDATE person SET notes = 'x'")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.executeQuery("SELECT count(*) FROM audit_log")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
            try (Database db = Database.openServer(asViewer, "viewer-pass".toCharArray())) {
                assertThat(db.dsl().fetch(PERSON)).extracting(r -> r.getDisplayName()).containsExactly("Open Record");
                // CaseTrack's own writes are refused by the server too, in one sentence, and nothing lands
                assertThatThrownBy(() -> db.write(ctx -> new PersonStore(ctx).insert(person("Viewer Wrote This", false))))
                        .isInstanceOfSatisfying(StoreException.class, e -> {
                            assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_ALLOWED);
                            assertThat(e.getMessage()).isEqualTo("User " + viewer + " has no right to do this in " + a.label()
                                    + " (the CaseTrack role decides: docs/server.md); nothing was changed.");
                        });
                assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(1);
            }
            ServerRoles.grant(a, TestServer.password(), viewer, "casetrack_confidential");
            try (Database db = Database.openServer(asViewer, "viewer-pass".toCharArray())) {
                assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(2);
                assertThat(db.dsl().fetchCount(DSL.table("audit_log"))).isPositive();
            }
        } finally {
            TestServer.execute("DROP ROLE " + viewer);
        }
    }

    private static List<String> names(Statement st, String sql) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static Person person(String name, boolean confidential) {
        return new Person(null, name, null, null, Sex.UNKNOWN, null, EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN,
                null, null, confidential ? "private note" : null, confidential);
    }
}
