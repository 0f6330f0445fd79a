package org.casetrack.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.casetrack.model.EventType;
import org.casetrack.model.PersonStatus;
import org.casetrack.schedule.ScheduleService;
import org.casetrack.store.Countries;
import org.casetrack.store.Database;
import org.casetrack.store.PeopleQuery;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TimelineQuery;

/**
 * The figures of issue 13's table on a generated database: each store query timed over
 * many runs (p50 / p95), and the CLI commands timed as separate processes, JVM start
 * included. Printed through {@code out}; docs/benchmarks.md records a run.
 */
public final class ScaleBench {

    private final Database db;
    private final Consumer<String> out;
    private final Random rnd = new Random(7);

    public ScaleBench(Database db, Consumer<String> out) {
        this.db = db;
        this.out = out;
    }

    public void storeFigures(int runs) {
        PersonStore persons = new PersonStore(db.dsl());
        List<String> latin = new ArrayList<>();
        List<String> cyrillic = new ArrayList<>();
        db.dsl().resultQuery("SELECT name FROM person_name ORDER BY id").fetch(0, String.class).forEach(n -> {
            (n.chars().anyMatch(ch -> ch >= 0x400 && ch < 0x500) ? cyrillic : latin).add(n);
        });
        // full names, surnames alone and the first letters of a surname, as typed
        Supplier<String> latinQuery = () -> query(latin);
        Supplier<String> cyrillicQuery = () -> query(cyrillic);
        var finder = persons.finder();
        time("name search in the store, Latin", runs, () -> finder.find(latinQuery.get()).size());
        time("name search in the store, Cyrillic", runs, () -> finder.find(cyrillicQuery.get()).size());

        PeopleQuery people = new PeopleQuery(db.dsl());
        time("People first page (100 rows, by name)", runs, () -> people.page(PeopleQuery.Filter.all(), PeopleQuery.Sort.NAME, false, 0, 100).size());
        time("People page filtered by status and country", runs, () -> people.page(new PeopleQuery.Filter(
                PersonStatus.values()[rnd.nextInt(PersonStatus.values().length)], null,
                ScaleData.COUNTRIES.get(rnd.nextInt(ScaleData.COUNTRIES.size())), null), PeopleQuery.Sort.NAME, false, 0, 100).size());
        time("People count after a filter change (capped at 10,000)", runs, () -> (int) people.countUpTo(new PeopleQuery.Filter(
                PersonStatus.values()[rnd.nextInt(PersonStatus.values().length)], null, null, null), 10_000));
        time("countries list (People and Timeline filters)", runs, () -> Countries.of(db.dsl(), Countries.PERSON).size()
                + Countries.of(db.dsl(), Countries.EVENT).size());

        TimelineQuery timeline = new TimelineQuery(db);
        long maxPerson = db.dsl().fetchOne("SELECT MAX(id) FROM person").get(0, Long.class);
        long maxCase = db.dsl().fetchOne("SELECT MAX(id) FROM case_file").get(0, Long.class);
        time("timeline page of 200, no filter", runs, () -> timeline.page(TimelineQuery.Filter.all(), null, 200).rows().size());
        time("timeline page of 200, date range", runs, () -> {
            LocalDate from = LocalDate.of(1996 + rnd.nextInt(28), 1 + rnd.nextInt(12), 1);
            return timeline.page(new TimelineQuery.Filter(null, null, Set.of(), null, from, from.plusMonths(6), true), null, 200).rows().size();
        });
        time("timeline page of 200, country", runs, () -> timeline.page(new TimelineQuery.Filter(null, null, Set.of(),
                ScaleData.COUNTRIES.get(rnd.nextInt(ScaleData.COUNTRIES.size())), null, null, true), null, 200).rows().size());
        time("timeline page of 200, type", runs, () -> timeline.page(new TimelineQuery.Filter(null, null,
                Set.of(EventType.values()[rnd.nextInt(EventType.values().length)]), null, null, null, true), null, 200).rows().size());
        time("timeline page of 200, one person", runs, () -> timeline.page(new TimelineQuery.Filter(1 + (long) rnd.nextInt((int) maxPerson),
                null, Set.of(), null, null, null, true), null, 200).rows().size());
        time("timeline page of 200, one case", runs, () -> timeline.page(new TimelineQuery.Filter(null, 1 + (long) rnd.nextInt((int) maxCase),
                Set.of(), null, null, null, true), null, 200).rows().size());
        time("timeline page of 200, absent type", runs, () -> timeline.page(new TimelineQuery.Filter(null, null,
                Set.of(ScaleData.ABSENT_TYPE), null, null, null, true), null, 200).rows().size());
        time("timeline count after a filter change (capped at 10,000)", runs, () -> (int) timeline.countUpTo(new TimelineQuery.Filter(
                null, null, Set.of(EventType.values()[rnd.nextInt(EventType.values().length)]), null, null, null, true), 10_000));
        time("upcoming in the store (as of today, 30 days)", Math.max(3, runs / 20), () ->
                new ScheduleService(db).upcoming(LocalDate.now(), 30).size());
    }

    private String query(List<String> names) {
        String n = names.get(rnd.nextInt(names.size()));
        String[] words = n.split(" ");
        String surname = words[words.length - 1];
        return switch (rnd.nextInt(3)) {
            case 0 -> n;
            case 1 -> surname;
            default -> surname.substring(0, Math.min(surname.length(), 3 + rnd.nextInt(3)));
        };
    }

    private void time(String what, int runs, Supplier<Integer> work) {
        for (int i = 0; i < Math.min(5, runs); i++) {
            work.get(); // warm-up
        }
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            rows += work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.accept(String.format("%-58s p50 %8.2f ms   p95 %8.2f ms   (%d runs, %.0f rows/run)",
                what, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)], runs, rows / (double) runs));
    }

    /** Times a CLI command in a fresh JVM (median of runs), the way a user runs it. */
    public static double commandSeconds(Path dbFile, String passphrase, int runs, String maxHeap, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"),
                "org.casetrack.Launcher"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--db", dbFile.toString()));
        double[] secs = new double[runs];
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("CASETRACK_PASSPHRASE", passphrase);
            long t0 = System.nanoTime();
            int code = pb.start().waitFor();
            secs[i] = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                return -code;
            }
        }
        Arrays.sort(secs);
        return secs[runs / 2];
    }

    /**
     * The window figures: a bare JavaFX window, the unlock screen, People rows and one Ctrl+K
     * keystroke, each a fresh JVM launched the same way (same java, flags and class path, -Xmx512m),
     * the runs interleaved so that the machine's load falls on all alike; medians and ratios to
     * the bare window. Preferences go to a temporary folder, never the user's.
     */
    public static void windowFigures(Path dbFile, String passphrase, int runs, String surname, Consumer<String> out) throws Exception {
        Path prefs = java.nio.file.Files.createTempDirectory("casetrack-probe-prefs");
        java.util.Map<String, List<Double>> figures = new java.util.TreeMap<>();
        for (int i = 0; i < runs; i++) {
            for (String mode : List.of("bare", "unlock", "people")) {
                Path result = java.nio.file.Files.createTempFile("casetrack-probe", ".txt");
                String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx512m", "-Djava.util.prefs.userRoot=" + prefs,
                        "-Dprobe.surname=" + surname));
                // the class archive java -jar maps (decision 0117), for every mode alike
                cmd.addAll(org.casetrack.ClassDataSharing.archiveOptions(System.getProperty("java.class.path")));
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                        "org.casetrack.ui.bench.WindowProbe", mode, dbFile.toString(), result.toString()));
                ProcessBuilder pb = new ProcessBuilder(cmd)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
                if (mode.equals("people")) {
                    pb.environment().put("CASETRACK_PASSPHRASE", passphrase);
                } else {
                    pb.environment().remove("CASETRACK_PASSPHRASE");
                }
                Process p = pb.start();
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
                for (String line : java.nio.file.Files.readAllLines(result)) {
                    String[] kv = line.split(" ");
                    figures.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Double.parseDouble(kv[1]));
                }
                java.nio.file.Files.deleteIfExists(result);
            }
        }
        double floor = median(figures.get("bare-mapped-ms"));
        for (var e : figures.entrySet()) {
            double m = median(e.getValue());
            String ratio = e.getKey().endsWith("-ms") && !e.getKey().startsWith("keystroke") && floor > 0
                    ? String.format("   %.2fx the bare window", m / floor) : "";
            out.accept(String.format("%-58s median %8.0f   (%d runs: %s)%s", "window: " + e.getKey(), m, e.getValue().size(),
                    e.getValue(), ratio));
        }
    }

    private static double median(List<Double> xs) {
        if (xs == null || xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
