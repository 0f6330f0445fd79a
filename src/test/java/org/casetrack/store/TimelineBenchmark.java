package org.casetrack.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.casetrack.model.EventType;

/**
 * Not a unit test: {@code mvn -o test-compile exec:java}-style manual benchmark. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.casetrack.store.TimelineBenchmark [N]}.
 * Generates N events (default 1,000,000) and times the timeline page queries; a second
 * argument reuses a database generated before (passphrase "bench passphrase").
 */
public final class TimelineBenchmark {

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path existing = args.length > 1 ? Path.of(args[1]) : null;
        Path dir = existing != null ? null : Files.createTempDirectory("casetrack-bench");
        try (Database db = existing != null ? Database.open(existing, "bench passphrase".toCharArray())
                : Database.create(dir.resolve("bench"), "bench passphrase".toCharArray())) {
            if (existing == null) {
                long t0 = System.nanoTime();
                EventGenerator.insert(db, n);
                System.err.printf("generated %,d events in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
            }
            TimelineQuery q = new TimelineQuery(db);
            time("first page newest", () -> q.page(TimelineQuery.Filter.all(), null, 200));
            TimelineQuery.Filter oldest = new TimelineQuery.Filter(null, null, Set.of(), null, null, null, false);
            time("first page oldest", () -> q.page(oldest, null, 200));
            TimelineQuery.Page p = q.page(TimelineQuery.Filter.all(), null, 200);
            long t1 = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                p = q.page(TimelineQuery.Filter.all(), p.next(), 200);
            }
            System.err.printf("50 following pages: %d ms (%.1f ms/page)%n", (System.nanoTime() - t1) / 1_000_000, (System.nanoTime() - t1) / 50e6);
            TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(EventType.TRIAL), "Belarus",
                    LocalDate.of(2010, 1, 1), LocalDate.of(2012, 12, 31), true);
            time("filtered first page", () -> q.page(f, null, 200));
            TimelineQuery.Page fp = q.page(f, null, 200);
            time("filtered next page", () -> q.page(f, fp.next(), 200));
            time("count all", () -> q.count(TimelineQuery.Filter.all()));
            time("count filtered", () -> q.count(f));
        }
    }

    private static void time(String what, java.util.function.Supplier<Object> s) {
        long t = System.nanoTime();
        Object r = s.get();
        String size = r instanceof TimelineQuery.Page p ? p.rows().size() + " rows" : String.valueOf(r);
        System.err.printf("%s: %d ms (%s)%n", what, (System.nanoTime() - t) / 1_000_000, size);
    }
}
