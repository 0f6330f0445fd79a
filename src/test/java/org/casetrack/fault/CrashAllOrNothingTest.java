package org.casetrack.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casetrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a child JVM is killed with kill -9 (destroyForcibly) at seeded random points of
 * load-sample, a report import and a restore. After each kill the database must open and
 * hold either everything or nothing of that operation: its row counts equal those before
 * the operation or those after a run that was not killed.
 */
class CrashAllOrNothingTest {

    static final long SEED = 20261202L;
    static final int KILLS_PER_OPERATION = 2;
    static final String PASS = org.casetrack.ui.support.TestDatabases.PASSPHRASE; // to reuse the sample template
    static final List<String> TABLES = List.of("person", "person_role", "person_name", "case_file", "case_party", "charge",
            "sentence", "appeal", "appeal_party", "un_ruling", "event", "event_person", "source_document", "evidence",
            "schedule_item_state", "user_deadline", "deadline_rule", "audit_log");

    @TempDir
    Path dir;

    record Outcome(String op, long delayMillis, boolean finished, Map<String, Integer> counts) {
    }

    @Test
    void killedAnywhereEachOperationLeavesEverythingOrNothing() throws Exception {
        Random random = new Random(SEED);
        Path empty = dir.resolve("empty/db");
        Database.create(empty, PASS.toCharArray()).close();
        Path sample = org.casetrack.ui.support.TestDatabases.sampleFile(dir, "sample"); // built once per test run
        Path backupSource = dir.resolve("backup/db");
        copy(sample, backupSource);
        Path zip = dir.resolve("backup.zip");
        try (Database d = Database.open(backupSource, PASS.toCharArray())) {
            CrashChild.run("import", d);
            d.backupTo(zip);
        }
        Map<String, Integer> emptyCounts = counts(empty);
        Map<String, Integer> sampleCounts = counts(sample);
        Map<String, Integer> importedCounts = counts(backupSource);
        assertThat(sampleCounts).isNotEqualTo(emptyCounts);
        assertThat(importedCounts).isNotEqualTo(sampleCounts);

        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < KILLS_PER_OPERATION; i++) {
            outcomes.add(trial("load-sample", empty, emptyCounts, sampleCounts, random.nextInt(2500), null, i));
            outcomes.add(trial("import", sample, sampleCounts, importedCounts, random.nextInt(2500), null, i));
            outcomes.add(trial("restore", sample, sampleCounts, importedCounts, random.nextInt(2000), zip, i));
        }
        assertThat(outcomes).hasSize(3 * KILLS_PER_OPERATION)
                .as("with this seed some children are killed inside their operation").anyMatch(o -> !o.finished());
        outcomes.forEach(o -> System.out.printf("crash trial %-11s after %4d ms: %s%n", o.op(), o.delayMillis(),
                o.finished() ? "finished" : o.counts().equals(emptyCounts) || o.counts().equals(sampleCounts) && !o.op().equals("load-sample")
                        ? "killed, nothing kept" : "killed, everything kept"));
    }

    private Outcome trial(String op, Path start, Map<String, Integer> nothing, Map<String, Integer> everything, long delay,
                          Path zip, int n) throws Exception {
        Path db = dir.resolve(op + "-" + n + "/db");
        copy(start, db);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + dir, "-Duser.home=" + dir, CrashChild.class.getName(), op, db.toString(), PASS));
        if (zip != null) {
            cmd.add(zip.toString());
        }
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean finished;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("GO")) {
                // start-up output, if any
            }
            assertThat(line).as("the child reached its operation").isEqualTo("GO");
            finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
            }
            child.waitFor(20, TimeUnit.SECONDS);
        }
        Map<String, Integer> after = counts(db);
        assertThat(after).as(op + " killed after " + delay + " ms must leave all or nothing")
                .satisfiesAnyOf(c -> assertThat(c).isEqualTo(nothing), c -> assertThat(c).isEqualTo(everything));
        if (finished) {
            assertThat(after).isEqualTo(everything);
        }
        return new Outcome(op, delay, finished, after);
    }

    /** Opens the database as the application would, which must work after any kill. */
    private static Map<String, Integer> counts(Path db) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Database d = Database.open(db, PASS.toCharArray())) {
            for (String t : TABLES) {
                out.put(t, d.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(t.toUpperCase()))));
            }
        }
        return out;
    }

    /** Copies a closed database (its folder's files) to a new folder. */
    private static void copy(Path db, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.list(db.getParent())) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                if (f.getFileName().toString().startsWith(db.getFileName().toString() + ".")
                        && !f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, to.resolveSibling(f.getFileName().toString().replaceFirst("^" + db.getFileName(), to.getFileName()
                            .toString())));
                }
            }
        }
    }

}
