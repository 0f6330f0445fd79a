package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.casetrack.store.PrivateFiles;
import org.junit.jupiter.api.Assumptions;

/** Shared checks of the fault suite: one plain sentence, exit code, an unchanged database. */
final class Faults {

    static final String PASSPHRASE = "a long fault-suite passphrase";

    private Faults() {
    }

    static CliRunner cli() {
        return new CliRunner().passphrase(PASSPHRASE);
    }

    /** Exit 2 and one plain sentence on stderr: no line break, no Java class, no SQL, nothing on stdout but prompts. */
    static void assertOneSentence(CliRunner.Result r) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        String err = r.err().strip();
        assertThat(err).as("one line").doesNotContain("\n").isNotEmpty();
        assertThat(err).endsWith(".")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.").doesNotContain("SQL")
                .doesNotContain("[9").doesNotContain("\tat ");
    }

    /** What the database holds, as the CLI shows it: persons with their records and every upcoming item. */
    static String snapshot(CliRunner cli, Path db) {
        var persons = cli.run("persons", "--json", "--db", db.toString());
        var upcoming = cli.run("upcoming", "--json", "--days", "3660", "--overdue-days", "all", "--include-confidential", "--db", db.toString());
        assertThat(persons.code()).as(persons.err()).isZero();
        assertThat(upcoming.code()).as(upcoming.err()).isZero();
        return persons.out() + upcoming.out().replaceAll("\"as_of\"\\s*:\\s*\"[^\"]*\"", "");
    }

    static Path writeJson(Path dir, String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    /** A minimal casetrack.data/1 file with one person whose fields the caller chooses. */
    static String onePerson(String key, String nameJson, String extra) {
        return "{\"format\":\"casetrack.data/1\",\"documents\":[{\"key\":\"doc-1\",\"title\":\"A fault-suite note\",\"publisher\":\"Test\"}],"
                + "\"persons\":[{\"key\":\"" + key + "\",\"name\":" + nameJson + ",\"status\":\"detained\",\"confidential\":false"
                + (extra.isEmpty() ? "" : "," + extra) + ",\"sources\":[{\"document\":\"doc-1\"}]}]}";
    }

    static void assertOwnerOnly(Path file) throws IOException {
        Assumptions.assumeTrue(PrivateFiles.posix(file), "no POSIX permissions on this file system");
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        assertThat(perms).as(file + " is owner-only").containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
}
