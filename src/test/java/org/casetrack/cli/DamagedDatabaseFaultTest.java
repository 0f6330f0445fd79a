package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault suite, damaged database files: only init creates; a damaged file is reported as
 * damaged (never as a wrong passphrase), exit 2, and is left byte for byte as it was.
 */
class DamagedDatabaseFaultTest {

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    private static byte[] good;

    private final CliRunner cli = Faults.cli();
    private Path db;
    private Path file;

    @BeforeAll
    static void aGoodDatabaseOnce() throws Exception {
        CliRunner cli = Faults.cli();
        Path template = shared.resolve("template");
        assertThat(cli.run("init", "--db", template.toString()).code()).isZero();
        assertThat(cli.run("load-sample", "--db", template.toString()).code()).isZero();
        good = Files.readAllBytes(shared.resolve("template.mv.db"));
    }

    @BeforeEach
    void aGoodDatabase() throws Exception {
        db = dir.resolve("cases");
        file = dir.resolve("cases.mv.db");
        Files.write(file, good);
    }

    private byte[] damage(String how) {
        byte[] b = good.clone();
        return switch (how) {
            case "empty" -> new byte[0];
            case "one-block" -> Arrays.copyOf(b, 4096);
            case "truncated-half" -> Arrays.copyOf(b, (b.length / 2 / 4096) * 4096);
            case "truncated-odd" -> Arrays.copyOf(b, b.length - 1000);
            case "zeroed-header" -> {
                Arrays.fill(b, 0, 4096, (byte) 0);
                yield b;
            }
            case "random" -> {
                new Random(11).nextBytes(b);
                yield b;
            }
            default -> throw new IllegalArgumentException(how);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "one-block", "truncated-half", "truncated-odd", "zeroed-header", "random"})
    void aDamagedFileIsReportedAsDamagedAndLeftUntouched(String how) throws Exception {
        byte[] damaged = damage(how);
        Files.write(file, damaged);
        for (String command : new String[] {"persons", "load-sample", "upcoming"}) {
            var r = cli.run(command, "--db", db.toString());
            Faults.assertOneSentence(r);
            assertThat(r.err()).contains("damaged").doesNotContain("passphrase");
            assertThat(Files.readAllBytes(file)).as(command + " left the file as it was").isEqualTo(damaged);
        }
        var wrongPass = new CliRunner().passphrase("not the passphrase").run("persons", "--db", db.toString());
        if (!how.equals("truncated-half")) {
            // without the passphrase a cut-short store cannot be told from a wrong key; every other damage can
            assertThat(wrongPass.err()).contains("damaged").doesNotContain("passphrase is wrong");
        }
        Faults.assertOneSentence(wrongPass);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cases.mv.db");
        }
    }

    @Test
    void initStillRefusesToReplaceADamagedFile() throws Exception {
        Files.write(file, new byte[0]);
        var r = cli.run("init", "--db", db.toString());
        Faults.assertOneSentence(r);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void oldTraceFilesAreDeletedAndNoNewOnesAppear() throws Exception {
        Path trace = dir.resolve("cases.trace.db");
        Files.writeString(trace, "INSERT INTO PERSON VALUES ('a name in plain text')");
        assertThat(cli.run("persons", "--db", db.toString()).code()).isZero();
        assertThat(trace).doesNotExist();
        // a statement that fails in the database: H2 used to trace it, values included
        Path json = Faults.writeJson(dir, "long.json", Faults.onePerson("long-one", "\"" + "Plaintextname ".repeat(100) + "\"",
                "\"place_of_detention\":\"" + "x".repeat(3000) + "\""));
        Faults.assertOneSentence(cli.run("import-json", json.toString(), "--db", db.toString()));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("trace"));
        }
    }

    @Test
    void theDatabaseFileIsOwnerOnly() throws Exception {
        Faults.assertOwnerOnly(shared.resolve("template.mv.db"));
        // a copy made with the default umask is tightened the next time it is opened
        assertThat(cli.run("persons", "--db", db.toString()).code()).isZero();
        Faults.assertOwnerOnly(file);
    }
}
