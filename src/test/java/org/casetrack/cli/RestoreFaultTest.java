package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault suite, restore: crafted backups are refused before anything is written, the live
 * database and its folder stay as they were, and a good restore keeps the real previous file.
 */
class RestoreFaultTest {

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private static byte[] emptyDatabase;
    private static Path goodZip;

    private final CliRunner cli = Faults.cli();
    private Path live;
    private Path liveFile;
    private byte[] liveBytes;

    /** Made once: an empty database to copy as the live one, and a backup of the sample data. */
    @BeforeAll
    static void templates() throws Exception {
        CliRunner cli = Faults.cli();
        Path empty = shared.resolve("empty");
        assertThat(cli.run("init", "--db", empty.toString()).code()).isZero();
        emptyDatabase = Files.readAllBytes(shared.resolve("empty.mv.db"));
        Path other = shared.resolve("other");
        assertThat(cli.run("init", "--db", other.toString()).code()).isZero();
        assertThat(cli.run("load-sample", "--db", other.toString()).code()).isZero();
        goodZip = shared.resolve("good.zip");
        assertThat(cli.run("backup", "--out", goodZip.toString(), "--db", other.toString()).code()).isZero();
    }

    @BeforeEach
    void liveDatabase() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("data"));
        live = folder.resolve("live");
        liveFile = folder.resolve("live.mv.db");
        Files.write(liveFile, emptyDatabase);
        org.casetrack.store.PrivateFiles.restrict(liveFile);
        liveBytes = Files.readAllBytes(liveFile);
    }

    @AfterEach
    void resetInput() {
        RestoreCommand.confirmationInput = System.in;
    }

    private Path zip(String name, String... entries) throws Exception {
        Path z = dir.resolve(name);
        byte[] db = Files.readAllBytes(liveFile);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            for (String e : entries) {
                out.putNextEntry(new ZipEntry(e));
                out.write(e.endsWith(".mv.db") ? db : "written by an attacker".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return z;
    }

    private void assertNothingChanged() throws Exception {
        assertThat(Files.readAllBytes(liveFile)).isEqualTo(liveBytes);
        try (var files = Files.list(liveFile.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("live.mv.db");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.equals("w.mv.db") || n.equals("x.txt"));
        }
        assertThat(dir.getParent().resolve("x.txt")).doesNotExist();
    }

    private CliRunner.Result restore(Path zip) {
        return cli.run("restore", zip.toString(), "--yes", "--db", live.toString());
    }

    @ParameterizedTest(name = "entry {0}")
    @ValueSource(strings = {"../w.mv.db", "../../x.txt", "/tmp/casetrack-abs.mv.db", "sub/live.mv.db", "..\\w.mv.db", "C:w.mv.db"})
    void entriesPointingOutsideAreRefusedBeforeAnythingIsWritten(String evil) throws Exception {
        Path z = zip("evil.zip", "live.mv.db", evil);
        var r = restore(z);
        Faults.assertOneSentence(r);
        assertThat(r.err()).contains("nothing was restored");
        assertNothingChanged();
        assertThat(Path.of("/tmp/casetrack-abs.mv.db")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedBeforeUnpacking() throws Exception {
        Path z = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("live.mv.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(z)).isLessThan(1 << 20);
        var r = restore(z);
        Faults.assertOneSentence(r);
        assertThat(r.err()).contains("expand");
        assertNothingChanged();
    }

    @Test
    void twoDatabasesOrNoneAreRefused() throws Exception {
        Faults.assertOneSentence(restore(zip("two.zip", "a.mv.db", "b.mv.db")));
        Faults.assertOneSentence(restore(zip("none.zip", "readme.txt")));
        assertNothingChanged();
    }

    @Test
    void randomBytesAreNotABackup() throws Exception {
        byte[] junk = new byte[50_000];
        new Random(3).nextBytes(junk);
        Path z = dir.resolve("junk.zip");
        Files.write(z, junk);
        var r = restore(z);
        Faults.assertOneSentence(r);
        assertThat(r.err()).contains("not a readable CaseTrack backup");
        assertNothingChanged();
    }

    @Test
    void aBackupUnderAnotherPassphraseChangesNothing() throws Exception {
        var r = new CliRunner().passphrase("some other passphrase").run("restore", goodZip.toString(), "--yes", "--db", live.toString());
        Faults.assertOneSentence(r);
        assertThat(r.err()).contains("passphrase is wrong");
        assertNothingChanged();
    }

    @Test
    void theKeptCopyIsTheRealPreviousDatabase() throws Exception {
        var r = restore(goodZip);
        assertThat(r.code()).as(r.err()).isZero();
        try (var files = Files.list(liveFile.getParent())) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("live.mv.db.replaced-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(liveBytes);
            Faults.assertOwnerOnly(kept);
        }
        assertThat(cli.run("persons", "--db", live.toString()).out()).contains("Maks Bokaev");
        Faults.assertOwnerOnly(liveFile);
    }

    @Test
    void replacingAsksFirstAndNoMeansNothingChanges() throws Exception {
        RestoreCommand.confirmationInput = new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8));
        var no = cli.run("restore", goodZip.toString(), "--db", live.toString());
        Faults.assertOneSentence(no);
        assertThat(no.out()).contains("Replace the database");
        assertNothingChanged();
        RestoreCommand.confirmationInput = new ByteArrayInputStream("y\n".getBytes(StandardCharsets.UTF_8));
        var yes = cli.run("restore", goodZip.toString(), "--db", live.toString());
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(cli.run("persons", "--db", live.toString()).out()).contains("Maks Bokaev");
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheDatabaseOpen() throws Exception {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.casetrack.store.HoldDatabase",
                live.toString(), Faults.PASSPHRASE).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            byte[] held = Files.readAllBytes(liveFile);
            var r = restore(goodZip);
            Faults.assertOneSentence(r);
            assertThat(r.err()).contains("open in another CaseTrack window or process");
            assertThat(Files.readAllBytes(liveFile)).isEqualTo(held);
            try (var files = Files.list(liveFile.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".replaced-") || n.startsWith(".restore-"));
            }
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLeftoverStagingFolderIsRemovedOnTheNextStart() throws Exception {
        Path leftover = Files.createDirectories(liveFile.getParent().resolve(".restore-12345"));
        try (OutputStream o = Files.newOutputStream(leftover.resolve("live.mv.db"))) {
            o.write(liveBytes);
        }
        assertThat(cli.run("persons", "--db", live.toString()).code()).isZero();
        assertThat(leftover).doesNotExist();
    }
}
