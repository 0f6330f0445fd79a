package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casetrack.store.generated.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportService;
import org.casetrack.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * 8 clients on one server for casetrack.bench.seconds (default 60): each loop saves a person
 * with a version check (retrying on conflict), reads a timeline page, and every tenth loop
 * imports the same report. Checks no lost update, no unhandled deadlock, complete audit rows,
 * and prints p50/p95 of a save and a page (docs/benchmarks.md). Opt-in, not in verify:
 * {@code mvn test -Dtest=ServerConcurrencyBenchmark -Dcasetrack.bench=true} with the server variables set.
 */
@EnabledIfSystemProperty(named = "casetrack.bench", matches = "true")
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+")
class ServerConcurrencyBenchmark {

    @Test
    void eightClientsEditAndImportTogether() throws Exception {
        long seconds = Long.getLong("casetrack.bench.seconds", 60);
        ServerAddress a = TestServer.freshDatabase();
        List<Long> persons = new ArrayList<>();
        try (Database setup = Database.openServer(a, TestServer.password())) {
            // EventGenerator is H2 SQL; generate_series does the same here.
            setup.dsl().execute("""
                    INSERT INTO event (type, date_from, date_to, date_precision, country, summary)
                    SELECT (ARRAY['ARREST','TRIAL','DETENTION','HEARING','RELEASE'])[1 + x % 5],
                           DATE '1990-01-01' + (x * 7919) % 12783, DATE '1990-01-01' + (x * 7919) % 12783, 'DAY',
                           'Kazakhstan', 'Generated event ' || x
                    FROM generate_series(1, 5000) AS x""");
            for (int i = 0; i < 16; i++) {
                String name = "Bench Person " + i;
                persons.add(setup.write(ctx -> new PersonStore(ctx).insert(ServerDatabaseTest.person(name, false))));
            }
        }
        Path report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
        List<Long> saves = Collections.synchronizedList(new ArrayList<>());
        List<Long> pages = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger claims = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                try (Database db = Database.openServer(a, TestServer.password())) {
                    TimelineQuery timeline = new TimelineQuery(db);
                    ImportService importer = new ImportService(db);
                    ImportPlan plan = importer.plan(report, ImportProgress.NONE);
                    for (int loop = 0; System.nanoTime() < end; loop++) {
                        long id = persons.get((client + loop) % persons.size());
                        long t0 = System.nanoTime();
                        while (true) {
                            int v = db.write(ctx -> RowVersions.stamp(ctx, "person", id).orElseThrow().version());
                            try {
                                db.writeVoid(ctx -> {
                                    RowVersions.claim(ctx, "client" + client, "person", id, v);
                                    Person p = new PersonStore(ctx).get(id).orElseThrow();
                                    new PersonStore(ctx).update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(),
                                            p.birthYear(), p.roles(), p.status(), "cell " + v, p.country(), p.notes(), p.confidential()));
                                });
                                claims.incrementAndGet();
                                break;
                            } catch (RowVersions.Conflict conflict) {
                                // another client saved first: reload and save again, as a caseworker would
                            }
                        }
                        saves.add(System.nanoTime() - t0);
                        long t1 = System.nanoTime();
                        timeline.page(TimelineQuery.Filter.all(), null, 50);
                        pages.add(System.nanoTime() - t1);
                        if (loop % 10 == 0) {
                            importer.commit(plan, plan.proposedIds());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get(seconds + 300, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Database db = Database.openServer(a, TestServer.password())) {
            int versions = db.write(ctx -> {
                int sum = 0;
                for (long id : persons) {
                    sum += RowVersions.stamp(ctx, "person", id).orElseThrow().version();
                }
                return sum;
            });
            assertThat(versions).as("no lost update").isEqualTo(claims.get());
            int personUpdates = db.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq("person")
                    .and(AUDIT_LOG.ACTION.eq("UPDATE")).and(AUDIT_LOG.ROW_ID.in(persons)));
            assertThat(personUpdates).as("two audited updates per save (version claim, then the record)").isEqualTo(2 * claims.get());
            assertThat(db.dsl().fetchCount(org.casetrack.store.generated.Tables.SOURCE_DOCUMENT)).isEqualTo(1);
        }
        System.out.printf("8 clients, %d s: %d saves (p50 %.1f ms, p95 %.1f ms), %d timeline pages (p50 %.1f ms, p95 %.1f ms)%n",
                seconds, saves.size(), pct(saves, 50), pct(saves, 95), pages.size(), pct(pages, 50), pct(pages, 95));
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
