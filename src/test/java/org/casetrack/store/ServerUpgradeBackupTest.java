package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a server schema one version behind migrates it after a backup: pg_dump's custom
 * format when pg_dump is on the PATH and not older than the server, and the user is told which.
 */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+",
        disabledReason = "no PostgreSQL test server: set CASETRACK_TEST_PG_URL to run it")
class ServerUpgradeBackupTest {

    @TempDir
    Path dir;

    @Test
    void aSchemaOneVersionBehindIsDumpedThenMigrated() throws Exception {
        assumeThat(ServerBackups.pgDumpAvailable()).as("pg_dump on the PATH").isTrue();
        ServerAddress a = TestServer.at(TestServer.emptyDatabase());
        String previous = migrateToAllButTheLast(a);

        Path backups = dir.resolve("server-backups");
        System.setProperty(ServerBackups.FOLDER_PROPERTY, backups.toString());
        String notice;
        try (Database db = Database.openServer(a, TestServer.password())) {
            notice = db.upgradeNotice().orElseThrow();
            assertThat(db.schemaVersion()).isNotEqualTo(previous);
        } finally {
            System.clearProperty(ServerBackups.FOLDER_PROPERTY);
        }

        List<Path> written;
        try (var files = Files.list(backups)) {
            written = files.toList();
        }
        assertThat(written).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).startsWith(a.database() + ".before-v" + previous + "-").endsWith(".dump");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        });
        assertThat(notice).contains("pg_dump backup").contains(written.get(0).toString());

        // pg_restore can read it: the dump holds the tables of the version before
        Process list = new ProcessBuilder("pg_restore", "--list", written.get(0).toString()).redirectErrorStream(true).start();
        String toc = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(list.exitValue()).as(toc).isZero();
        assertThat(toc).contains("TABLE public person ").contains("TABLE DATA public flyway_schema_history ");
    }

    @Test
    void theMajorVersionIsReadFromPgDumpsVersionLine() {
        assertThat(ServerBackups.majorOf("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).hasValue(15);
        assertThat(ServerBackups.majorOf("pg_dump (PostgreSQL) 17beta1")).hasValue(17);
        assertThat(ServerBackups.majorOf("something else")).isEmpty();
    }

    /** Migrates an empty database to the second newest version; returns that version. */
    private static String migrateToAllButTheLast(ServerAddress a) {
        ServerPool pool = new ServerPool(a.jdbcUrl(), a.jdbcProperties(TestServer.password()));
        try {
            Flyway all = Flyway.configure().dataSource(pool).locations(Database.SERVER_MIGRATIONS.toArray(String[]::new)).load();
            List<String> versions = Arrays.stream(all.info().all()).map(MigrationInfo::getVersion).filter(v -> v != null)
                    .map(v -> v.getVersion()).distinct().toList();
            String previous = versions.get(versions.size() - 2);
            Flyway.configure().dataSource(pool).locations(Database.SERVER_MIGRATIONS.toArray(String[]::new)).target(previous)
                    .load().migrate();
            return previous;
        } finally {
            pool.close();
        }
    }
}
