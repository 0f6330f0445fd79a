package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted file itself; what every database must do is in {@link DatabaseWritesTest}, on both engines. */
class DatabaseTest {

    @TempDir
    Path dir;

    private static Person person(String name) {
        return new Person(null, name, null, null, Sex.UNKNOWN, null, EnumSet.noneOf(org.casetrack.model.PersonRole.class),
                PersonStatus.DETAINED, "Pre-trial centre No. 9", "Freedonia", null, false);
    }

    @Test
    void rawFileHoldsNoPlaintextOfStoredNames() throws Exception {
        try (Database db = TestDatabases.create(dir)) {
            db.writeVoid(ctx -> new PersonStore(ctx).insert(person("Zhanargul Ospanovaxyz")));
        }
        byte[] raw = Files.readAllBytes(dir.resolve("test.mv.db"));
        String asLatin1 = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(asLatin1).doesNotContain("Ospanovaxyz").doesNotContain("PERSON_NAME").doesNotContain("Freedonia");
        String asUtf16 = new String(raw, StandardCharsets.UTF_16LE);
        assertThat(asUtf16).doesNotContain("Ospanovaxyz");
    }

    @Test
    void reopensWithTheSamePassphraseAndKeepsData() {
        try (Database db = TestDatabases.create(dir)) {
            db.writeVoid(ctx -> new PersonStore(ctx).insert(person("Erlan Abenov")));
        }
        try (Database db = TestDatabases.open(dir)) {
            assertThat(new PersonStore(db.dsl()).list()).extracting(Person::displayName).containsExactly("Erlan Abenov");
        }
    }

    @Test
    void passphrasesWithSpacesWork() {
        Path p = dir.resolve("spaces");
        Database.create(p, "two words here".toCharArray()).close();
        Database.open(p, "two words here".toCharArray()).close();
        assertThatThrownBy(() -> Database.open(p, "two words".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE));
    }

    @Test
    void wrongPassphraseIsOnePlainSentenceAndChangesNothing() throws Exception {
        TestDatabases.create(dir).close();
        byte[] before = Files.readAllBytes(dir.resolve("test.mv.db"));
        assertThatThrownBy(() -> Database.open(dir.resolve("test"), "nope".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).startsWith("The passphrase is wrong").doesNotContain("\n");
                });
        assertThat(Files.readAllBytes(dir.resolve("test.mv.db"))).isEqualTo(before);
    }

    @Test
    void createRefusesToOverwrite() {
        TestDatabases.create(dir).close();
        assertThatThrownBy(() -> TestDatabases.create(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.ALREADY_EXISTS));
    }

    @Test
    void openingAMissingFileSaysSoAndCreatesNothing() {
        assertThatThrownBy(() -> TestDatabases.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND));
        assertThat(dir.resolve("test.mv.db")).doesNotExist();
    }

    @Test
    void corruptFileIsReportedAsSuch() throws Exception {
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(dir.resolve("test.mv.db"), junk);
        assertThatThrownBy(() -> TestDatabases.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind())
                        .isIn(StoreException.Kind.CORRUPT, StoreException.Kind.WRONG_PASSPHRASE));
    }

    @Test
    void fileOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        TestDatabases.create(dir).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(),
                dir.resolve("test").toString(), TestDatabases.PASSPHRASE).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> TestDatabases.open(dir))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.IN_USE));
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void olderDatabaseIsBackedUpThenMigrated() throws Exception {
        TestDatabases.create(dir).close();
        List<String> newer = List.of("classpath:db/migration", "classpath:db/upgrade-test");
        try (Database db = Database.open(dir.resolve("test"), TestDatabases.PASSPHRASE.toCharArray(), newer)) {
            assertThat(db.schemaVersion()).isEqualTo("9000");
            assertThat(db.dsl().fetchCount(DSL.table("UPGRADE_MARKER"))).isZero();
        }
        try (var files = Files.list(dir)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().matches("test\\.mv\\.db\\.before-v\\d+-.*\\.zip")).toList();
            assertThat(backups).hasSize(1);
            assertThat(Files.size(backups.get(0))).isPositive();
        }
    }

    @Test
    void databaseFromANewerVersionIsRefusedUntouched() throws Exception {
        TestDatabases.create(dir).close();
        List<String> newer = List.of("classpath:db/migration", "classpath:db/upgrade-test");
        Database.open(dir.resolve("test"), TestDatabases.PASSPHRASE.toCharArray(), newer).close();
        assertThatThrownBy(() -> TestDatabases.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.TOO_NEW);
                    assertThat(e.getMessage()).contains("newer version of CaseTrack");
                });
    }

    @Test
    void backupRestoresIntoANewPlace() {
        Path zip = dir.resolve("backup.zip");
        try (Database db = TestDatabases.create(dir)) {
            db.writeVoid(ctx -> new PersonStore(ctx).insert(person("Backed Up")));
            db.backupTo(zip);
        }
        Path target = dir.resolve("restored");
        assertThat(Backups.restore(zip, target, TestDatabases.PASSPHRASE.toCharArray())).isNull();
        try (Database db = Database.open(target, TestDatabases.PASSPHRASE.toCharArray())) {
            assertThat(new PersonStore(db.dsl()).list()).extracting(Person::displayName).containsExactly("Backed Up");
        }
    }

    @Test
    void restoreWithTheWrongPassphraseChangesNothing() throws Exception {
        Path zip = dir.resolve("backup.zip");
        try (Database db = TestDatabases.create(dir)) {
            db.backupTo(zip);
        }
        Path target = dir.resolve("other");
        Database.create(target, "other pass".toCharArray()).close();
        byte[] before = Files.readAllBytes(dir.resolve("other.mv.db"));
        assertThatThrownBy(() -> Backups.restore(zip, target, "other pass".toCharArray())).isInstanceOf(StoreException.class);
        assertThat(Files.readAllBytes(dir.resolve("other.mv.db"))).isEqualTo(before);
    }

    @Test
    void theCheapUpToDateCheckAgreesWithFlyway() throws Exception {
        try (Database db = TestDatabases.create(dir); var c = db.connection()) {
            var available = MigrationScan.available();
            assertThat(available).isPresent();
            assertThat(available.get()).contains("1");
            assertThat(MigrationScan.upToDate(c, available.get())).isTrue();
            var plusOne = new java.util.HashSet<>(available.get());
            plusOne.add("99999");
            assertThat(MigrationScan.upToDate(c, plusOne)).isFalse();
        }
    }
}
