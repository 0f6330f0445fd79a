package org.casetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run the build records {@code casetrack.jsa} from (docs/decisions/0117-class-data-sharing.md):
 * the commands people run most, on a throw-away database in the folder given, so that the
 * archive holds the classes they load. Run by Maven after the jar is built, with
 * {@code -XX:ArchiveClassesAtExit}; it prints nothing and leaves nothing behind.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        int failures = train(Path.of(args[0]));
        // a failed run still leaves a useful archive; the build says so and goes on
        if (failures > 0) {
            System.err.println("Class archive training: " + failures + " of its commands failed; the archive may miss some classes.");
        }
        System.exit(0); // the archive is written as this JVM exits
    }

    /** Runs the commands in a new folder inside {@code parent}, removes that folder, and returns how many failed. */
    static int train(Path parent) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(parent), "training");
        int failures = 0;
        try {
            Path pass = work.resolve("passphrase");
            Files.writeString(pass, "training passphrase\n");
            if (pass.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(pass, PosixFilePermissions.fromString("rw-------"));
            }
            Path report = work.resolve("report.txt");
            // invented text in the genre, so that extraction's rule tables and readers are loaded too
            Files.writeString(report, "1 March 2024\nOn 12 February 2024 the Kirov City Court sentenced Ivan Petrov,"
                    + " a member of a banned group, to six years in a general regime prison. His appeal was"
                    + " rejected by the regional court on 3 March 2024.\n");
            String db = work.resolve("training.mv.db").toString();
            List<List<String>> runs = List.of(
                    List.of("--help"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "init"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "load-sample"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "persons"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "persons", "--json"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "person", "1", "--json"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "person", "1"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "upcoming", "--as-of", "2017-05-01"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "upcoming", "--json", "--as-of", "2017-05-01"),
                    List.of("--db", db, "--passphrase-file", pass.toString(), "import", "--dry-run", report.toString()),
                    List.of("extract", report.toString(), "--json"));
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (List<String> run : runs) {
                if (CaseTrackCli.run(nowhere, nowhere, run.toArray(String[]::new)) != 0) {
                    failures++;
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        loadWindowClasses();
        return failures;
    }

    /**
     * The window's classes, loaded and not initialised: the build has no display, and the
     * archive needs the classes, not their state.
     */
    static int loadWindowClasses() {
        return org.casetrack.ListedClasses.load("/org/casetrack/cli/window-classes.txt");
    }
}
