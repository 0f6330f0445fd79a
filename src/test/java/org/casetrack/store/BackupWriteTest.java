package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Database.backupTo} on both engines: an owner-only file that holds the data (a zip of the file, or a JSON copy of the server). */
@OnBothDatabases
class BackupWriteTest {

    @org.junit.jupiter.params.Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    @Test
    void aBackupIsPrivateAndHoldsTheCases() throws Exception {
        Path out = dir.resolve("backups").resolve("b." + (backend == TestBackend.H2 ? "zip" : "json"));
        try (Database db = TestDatabases.sample(backend, dir.resolve("db"))) {
            db.backupTo(out);
        }
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        if (backend == TestBackend.H2) {
            // the zip passes the same checks a restore makes first
            assertThat(Backups.check(out).entry()).endsWith(DatabaseLocation.H2_SUFFIX);
        } else {
            assertThat(Files.readString(out)).contains("Kushakbaev");
        }
    }
}
