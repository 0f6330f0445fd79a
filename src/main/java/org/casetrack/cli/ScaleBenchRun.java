package org.casetrack.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casetrack.bench.ScaleBench;
import org.casetrack.bench.ScaleData;
import org.casetrack.store.Database;

/** {@code bench --scale}: generate the issue-13 database (seed 13) and print the figures. */
final class ScaleBenchRun {

    static final String PASSPHRASE = "bench passphrase";

    private final PrintWriter out;
    private final Path file;
    private final double factor;
    private final int queryRuns;
    private final int commandRuns;
    private final int windowRuns;
    private final boolean skipCommands;

    ScaleBenchRun(PrintWriter out, Path file, double factor, int queryRuns, int commandRuns, int windowRuns, boolean skipCommands) {
        this.windowRuns = windowRuns;
        this.skipCommands = skipCommands;
        this.out = out;
        this.file = file;
        this.factor = factor;
        this.queryRuns = queryRuns;
        this.commandRuns = commandRuns;
    }

    Integer call() {
        if (factor <= 0 || factor > 1 || queryRuns < 1 || queryRuns > 100_000) {
            throw new UserError("Use --factor between 0 and 1 and --query-runs between 1 and 100000.");
        }
        try {
            Path path = file != null ? file.toAbsolutePath() : Files.createTempDirectory("casetrack-scale").resolve("scale");
            ScaleData.Size size = ScaleData.Size.issue13().scaled(factor);
            out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.arch"), System.getProperty("java.version"));
            if (!Database.exists(path)) {
                Database db = Database.create(path, PASSPHRASE.toCharArray());
                ScaleData.Written w;
                try {
                    w = new ScaleData(13).generate(db, size);
                } catch (RuntimeException e) {
                    db.close();
                    throw e;
                }
                long t0 = System.nanoTime();
                db.closeCompacted(); // docs/decisions/0097: later commands do not compact the load's leftovers
                double compact = (System.nanoTime() - t0) / 1e9;
                out.printf("generated %,d persons, %,d spellings (%,d Cyrillic), %,d cases, %,d sentences, %,d events in %.1f s%n",
                        w.persons(), w.spellings(), w.cyrillicSpellings(), w.cases(), w.sentences(), w.events(), w.millis() / 1000.0 + compact);
                out.println("  (" + w.phases() + String.format(", compact %.1f s)", compact));
            } else {
                out.println("reusing " + path);
            }
            out.println("database: " + path + " (passphrase \"" + PASSPHRASE + "\")");
            out.flush();
            try (Database db = Database.open(path, PASSPHRASE.toCharArray())) {
                new ScaleBench(db, line -> {
                    out.println(line);
                    out.flush();
                }).storeFigures(queryRuns);
            }
            String name = firstName(path);
            if (!skipCommands) {
                out.printf("%-58s %.2f s (median of %d, JVM start included, -Xmx256m)%n", "upcoming --json",
                        ScaleBench.commandSeconds(path, PASSPHRASE, commandRuns, "256m", "upcoming", "--json"), commandRuns);
                out.printf("%-58s %.2f s (median of %d, JVM start included)%n", "persons --json",
                        ScaleBench.commandSeconds(path, PASSPHRASE, commandRuns, "512m", "persons", "--json"), commandRuns);
                out.printf("%-58s %.2f s (median of %d, JVM start included)%n", "person \"" + name + "\" --json",
                        ScaleBench.commandSeconds(path, PASSPHRASE, commandRuns, "256m", "person", name, "--json"), commandRuns);
                out.flush();
            }
            if (windowRuns > 0) {
                ScaleBench.windowFigures(path, PASSPHRASE, windowRuns, surname(name), line -> {
                    out.println(line);
                    out.flush();
                });
            } else {
                out.println("window figures (floor, unlock, People rows, keystroke): add --windows N (needs a display)");
            }
            out.flush();
            return 0;
        } catch (java.io.IOException | InterruptedException e) {
            throw new UserError("The benchmark could not run: " + e.getMessage());
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UserError("The benchmark could not run: " + e.getMessage());
        }
    }

    private static String surname(String name) {
        String[] w = name.split(" ");
        return w[w.length - 1];
    }

    private static String firstName(Path path) {
        try (Database db = Database.open(path, PASSPHRASE.toCharArray())) {
            // a name no one else shares, in any spelling, so that it names one person
            return db.dsl().fetchOne("SELECT MIN(p.display_name) FROM person p WHERE p.id = (SELECT MIN(n.person_id) FROM person_name n "
                    + "WHERE n.kind = 'PRIMARY' AND n.match_key IN (SELECT match_key FROM person_name GROUP BY match_key "
                    + "HAVING COUNT(DISTINCT person_id) = 1))").get(0, String.class);
        }
    }
}
