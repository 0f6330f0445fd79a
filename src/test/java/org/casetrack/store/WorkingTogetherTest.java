package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casetrack.store.generated.Tables.PERSON;
import static org.casetrack.store.generated.Tables.SOURCE_DOCUMENT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportService;
import org.casetrack.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Several windows on one database: optimistic locking, concurrent imports, change notices. */
@OnBothDatabases
class WorkingTogetherTest {

    @Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    Database db;
    long id;

    @BeforeEach
    void setUp() {
        db = TestDatabases.create(backend, dir);
        id = db.write(ctx -> new PersonStore(ctx).insert(ServerDatabaseTest.person("Dana Omarova", false)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theSecondSaveOfTheSameVersionSaysWhoChangedItAndWritesNothing() {
        RowVersions.Stamp loaded = db.write(ctx -> RowVersions.stamp(ctx, "person", id).orElseThrow());
        assertThat(loaded.version()).isZero();
        db.writeVoid(ctx -> {
            RowVersions.claim(ctx, "alice", "person", id, loaded.version());
            Person p = new PersonStore(ctx).get(id).orElseThrow();
            new PersonStore(ctx).update(withPlace(p, "Pavlodar prison colony"));
        });
        assertThatThrownBy(() -> db.writeVoid(ctx -> {
            RowVersions.claim(ctx, "bob", "person", id, loaded.version());
            Person p = new PersonStore(ctx).get(id).orElseThrow();
            new PersonStore(ctx).update(withPlace(p, "Astana remand centre"));
        })).isInstanceOfSatisfying(RowVersions.Conflict.class, c -> {
            assertThat(c.current().version()).isEqualTo(1);
            assertThat(c.current().changedBy()).isEqualTo("alice");
            assertThat(c.getMessage()).contains("alice", "your changes are still in the form");
        });
        assertThat(db.dsl().fetchOne(PERSON, PERSON.ID.eq(id)).getPlaceOfDetention()).isEqualTo("Pavlodar prison colony");
    }

    @Test
    void eightClientsSavingTogetherLoseNoUpdate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String user = "client" + t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    while (true) {
                        int v = db.write(ctx -> RowVersions.stamp(ctx, "person", id).orElseThrow().version());
                        try {
                            db.writeVoid(ctx -> RowVersions.claim(ctx, user, "person", id, v));
                            saved.incrementAndGet();
                            break;
                        } catch (RowVersions.Conflict c) {
                            conflicts.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(saved.get()).isEqualTo(40);
        RowVersions.Stamp last = db.write(ctx -> RowVersions.stamp(ctx, "person", id).orElseThrow());
        assertThat(last.version()).isEqualTo(40);
    }

    @Test
    void twoPeopleImportingTheSameReportAtOnceEndWithOneCopy() throws Exception {
        Path report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
        ImportService service = new ImportService(db);
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                return service.commit(plan, plan.proposedIds());
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(db.dsl().fetchCount(SOURCE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void aReportCommittedByAColleagueWhileItIsBeingReadIsShownAsAlreadyImported() throws Exception {
        Path report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
        ImportService service = new ImportService(db);
        String hash = service.plan(report, ImportProgress.NONE).contentHash();
        CountDownLatch colleagueInserted = new CountDownLatch(1);
        CountDownLatch colleagueMayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // the colleague's import holds the report's row uncommitted while this window reads it
        Future<?> colleague = pool.submit(() -> db.write(ctx -> {
            new DocumentStore(ctx).insert(new org.casetrack.model.SourceDocument(null, "Their copy", null, null, null,
                    "text", hash, "freedonia-2020.txt", null, "their text"));
            colleagueInserted.countDown();
            try {
                colleagueMayCommit.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
        colleagueInserted.await(30, TimeUnit.SECONDS);
        Future<ImportPlan> mine = pool.submit(() -> service.plan(report, ImportProgress.NONE));
        Thread.sleep(1500); // this window's rehearsal now waits on the colleague's row
        colleagueMayCommit.countDown();
        colleague.get(60, TimeUnit.SECONDS);
        ImportPlan plan = mine.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(plan.alreadyImported()).isTrue();
        assertThat(service.commit(plan, plan.proposedIds()).alreadyImported()).isTrue();
        assertThat(db.dsl().fetchCount(SOURCE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void anotherWindowHearsOfACommitWithinSeconds() throws Exception {
        if (backend == TestBackend.H2) {
            assertThat(ServerChanges.watch(db, t -> { })).as("a file has no other writers to hear").isNull();
            return;
        }
        Set<String> heard = new CopyOnWriteArraySet<>();
        CountDownLatch got = new CountDownLatch(1);
        try (Database other = Database.openServer(db.server().orElseThrow(), TestServer.password());
             ServerChanges watcher = ServerChanges.watch(other, tables -> {
                 heard.addAll(tables);
                 got.countDown();
             })) {
            Thread.sleep(700);
            db.write(ctx -> new PersonStore(ctx).insert(ServerDatabaseTest.person("Nurlan Amanov", false)));
            assertThat(got.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(heard).contains("person");
        }
    }

    private static Person withPlace(Person p, String place) {
        return new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(), p.roles(), p.status(),
                place, p.country(), p.notes(), p.confidential());
    }
}
