package org.casetrack.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.InvalidPreferencesFormatException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.casetrack.ui.app.UiPrefs;

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
        List<String> failures = train(Path.of(args[0]), true);
        // a failed run still leaves a useful archive; the build says so and goes on
        if (!failures.isEmpty()) {
            System.err.println("Class archive training: " + failures.size() + " of its steps failed (" + String.join("; ", failures)
                    + "); the archive may miss some classes.");
        }
        System.exit(0); // the archive is written as this JVM exits
    }

    /**
     * Runs the commands in a new folder inside {@code parent}, removes that folder, and returns those that failed.
     * With {@code window}, also renders every screen headless: the window's code then runs, so the archive
     * holds the lambdas and method handles it spins (460 of them before the unlock screen shows), which
     * loading the listed classes cannot give. That starts the JavaFX toolkit, so only in a JVM of its own.
     */
    static List<String> train(Path parent, boolean window) throws IOException {
        Path work = Files.createTempDirectory(Files.createDirectories(parent), "training");
        List<String> failures = new java.util.ArrayList<>();
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
            if (window) {
                runs = new java.util.ArrayList<>(runs);
                runs.add(List.of("--db", db, "--passphrase-file", pass.toString(), "screenshots", "--out", work.resolve("screens").toString()));
                // headless even where the build has a display: no window may flash up during mvn package
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
                System.setProperty("java.awt.headless", "true");
            }
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (List<String> run : runs) {
                if (CaseTrackCli.run(nowhere, nowhere, run.toArray(String[]::new)) != 0) {
                    int options = run.indexOf("--passphrase-file");
                    failures.add(String.join(" ", options < 0 ? run : run.subList(options + 2, run.size())));
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
        if (window && !readAndWritePreferences()) {
            failures.add("preferences");
        }
        return failures;
    }

    /**
     * The window reads the preferences file at start (an XML parser, 190 classes) and writes it at
     * close: both once here, in the preferences folder the build gives this JVM, removed again.
     */
    private static boolean readAndWritePreferences() {
        try {
            Preferences node = UiPrefs.defaultNode().node("class-data-training");
            node.put("trained", "yes");
            node.flush();
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            node.exportNode(xml);
            Preferences.importPreferences(new ByteArrayInputStream(xml.toByteArray()));
            new UiPrefs(UiPrefs.defaultNode()).theme();
            node.removeNode();
            UiPrefs.defaultNode().flush();
            return true;
        } catch (BackingStoreException | IOException | InvalidPreferencesFormatException e) {
            return false;
        }
    }

    /**
     * The window's classes, loaded and not initialised: the build has no display, and the
     * archive needs the classes, not their state.
     */
    static int loadWindowClasses() {
        return org.casetrack.ListedClasses.load("/org/casetrack/cli/window-classes.txt");
    }
}
