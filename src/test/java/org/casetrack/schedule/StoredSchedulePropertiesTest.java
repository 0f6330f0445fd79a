package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.ItemKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.ScheduleStore;
import org.casetrack.store.TestBackend;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.TestServer;

/**
 * The stored schedule never goes stale (docs/decisions/0115): after any sequence of writes
 * through the real write paths, {@code upcoming} read from the stored items equals selecting
 * from a fresh computation over all facts, for several days and ranges, on H2 and PostgreSQL.
 * Most refreshes must be incremental, or the property would only test the rebuild.
 */
class StoredSchedulePropertiesTest {

    /** One write: what it does (op) and numbers that pick its targets and values. */
    record Step(int op, int a, int b, int c, int d) {
    }

    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
    private static final List<LocalDate> AS_OF = List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 9, 15), LocalDate.of(2025, 4, 1));
    private static final int[][] RANGES = {{30, 365}, {90, Integer.MAX_VALUE}};

    // over all tries of a property: most refreshes must be incremental, and many selections non-empty
    private static int incremental;
    private static int nonEmpty;

    private static Path template;
    private static final List<Path> dirs = new ArrayList<>();

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 10_000);
        return Combinators.combine(Arbitraries.integers().between(0, 17), n, n, n, n).as(Step::new).list().ofSize(15);
    }

    @Property(tries = 30)
    void onH2(@ForAll("steps") List<Step> steps) {
        try (Database db = h2()) {
            check(db, steps);
        }
    }

    @Property(tries = 30)
    void onPostgres(@ForAll("steps") List<Step> steps) {
        Assume.that(TestServer.configured());
        try (Database db = TestDatabases.create(TestBackend.POSTGRES, null)) {
            check(db, steps);
        }
    }

    private void check(Database db, List<Step> steps) {
        World w = new World(db);
        for (Step step : steps) {
            w.apply(step);
            ScheduleService service = new ScheduleService(db);
            List<ScheduleItem> all = service.items();
            List<Object[]> reads = db.write(ctx -> { // one transaction: the first read refreshes, the others find it current
                ScheduleCache cache = new ScheduleCache(ctx, DeadlineRules.shipped().overriddenBy(new ScheduleStore(ctx).rules()));
                List<Object[]> out = new ArrayList<>();
                for (LocalDate asOf : AS_OF) {
                    for (int[] r : RANGES) {
                        out.add(new Object[] {asOf, r, cache.upcoming(asOf, r[0], r[1]), cache.lastRefresh()});
                    }
                }
                return out;
            });
            for (Object[] read : reads) {
                LocalDate asOf = (LocalDate) read[0];
                int[] r = (int[]) read[1];
                ScheduleCache.Refresh refresh = (ScheduleCache.Refresh) read[3];
                List<ScheduleItem> expected = Upcoming.select(all, asOf, r[0], r[1]);
                assertThat(read[2]).as("after %s, %s %s (%s)", step, asOf, java.util.Arrays.toString(r), refresh).isEqualTo(expected);
                incremental += refresh.what().equals("incremental") ? 1 : 0;
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            // and the public path gives the same
            assertThat(service.upcoming(AS_OF.get(1), 7, 0)).isEqualTo(Upcoming.select(all, AS_OF.get(1), 7, 0));
        }
    }

    @BeforeProperty
    void resetCounts() {
        incremental = 0;
        nonEmpty = 0;
    }

    @AfterProperty
    void theChecksWereNotEmpty() {
        if (incremental + nonEmpty > 0) { // 0: the property was skipped (no test server)
            assertThat(incremental).as("incremental refreshes").isGreaterThan(50);
            assertThat(nonEmpty).as("non-empty selections").isGreaterThan(100);
        }
    }

    /** The facts written so far, so steps can pick existing rows. */
    private static final class World {
        final Database db;
        final List<Long> persons = new ArrayList<>();
        final List<Long> cases = new ArrayList<>();
        final List<Long> sentences = new ArrayList<>();
        final List<Long> appeals = new ArrayList<>();
        final List<Long> events = new ArrayList<>();
        int names;

        World(Database db) {
            this.db = db;
        }

        void apply(Step s) {
            if (persons.isEmpty() || s.op() == 0) {
                persons.add(db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Person " + (++names), null, null, Sex.UNKNOWN,
                        null, Set.of(), PersonStatus.values()[s.a() % PersonStatus.values().length], null, "Kazakhstan", null, false))));
                return;
            }
            if (cases.isEmpty() || s.op() == 1) {
                cases.add(db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Case " + s.a(), "Kazakhstan",
                        s.b() % 4 == 0 ? null : "Kazakhstan", null, CaseStatus.OPEN, null, s.c() % 7 == 0))));
                return;
            }
            long person = pick(persons, s.a());
            Long caseId = s.b() % 5 == 0 ? null : pick(cases, s.b());
            switch (s.op()) {
                case 2, 3 -> sentences.add(db.write(ctx -> new FactStore(ctx).insertSentence(new Sentence(null, person, caseId,
                        SentenceKind.values()[s.c() % SentenceKind.values().length],
                        s.d() % 6 == 0 ? null : Term.of(s.d() % 3, s.d() % 12, s.d() % 4 == 0 ? 10 : 0), null, null, date(s.c(), s.d()),
                        "City Court", s.d() % 3 == 0 ? date(s.d(), s.c()) : null, s.d() % 2 == 0 ? s.c() % 90 : null, null,
                        s.a() % 9 == 0))));
                case 4 -> {
                    List<Long> who = new ArrayList<>(List.of(person));
                    if (s.c() % 3 == 0) {
                        long other = pick(persons, s.c());
                        if (other != person) {
                            who.add(other);
                        }
                    }
                    appeals.add(db.write(ctx -> new FactStore(ctx).insertAppeal(new Appeal(null, who, caseId, null,
                            s.d() % 3 == 0 ? AppealLevel.CASSATION : AppealLevel.APPEAL, "Regional Court",
                            s.c() % 4 == 0 ? date(s.c(), 1) : null, s.d() % 2 == 0 ? date(s.d(), s.c()) : null,
                            s.c() % 2 == 0 ? date(s.c() + 40, s.d()) : null, AppealOutcome.PENDING, null, false))));
                }
                case 5 -> events.add(db.write(ctx -> new FactStore(ctx).insertEvent(new Event(null,
                        s.d() % 2 == 0 ? EventType.DETENTION : EventType.ARREST, date(s.c() - 400, s.d()), null, "Kazakhstan", "Detained",
                        List.of(person), s.d() % 3 == 0 ? null : caseId, false))));
                case 6 -> {
                    List<Long> who = s.c() % 4 == 0 ? List.of() : s.c() % 4 == 1 ? List.of(person, pick(persons, s.d())) : List.of(person);
                    events.add(db.write(ctx -> new FactStore(ctx).insertEvent(new Event(null, EventType.HEARING, date(s.c(), s.d()), null,
                            "Kazakhstan", "Hearing " + s.a(), who.stream().distinct().toList(), caseId, s.d() % 11 == 0))));
                }
                case 7 -> db.write(ctx -> new FactStore(ctx).insertRuling(new UnRuling(null, person, caseId,
                        s.c() % 2 == 0 ? UnBody.HRC : UnBody.CAT, s.a() + "/2020", date(s.c(), s.d()),
                        s.d() % 4 == 0 ? Finding.NO_VIOLATION : Finding.VIOLATION, "9", null, null, false)));
                case 8 -> new ScheduleService(db).addUserItem(new UserDeadline(null, s.c() % 3 == 0 ? null : person,
                        s.d() % 2 == 0 ? caseId : null, ItemKind.OTHER, BASE.plusDays(s.c() % 700), "Visit " + s.a(), null));
                case 9 -> {
                    long id = pick(cases, s.c());
                    db.writeVoid(ctx -> {
                        CaseStore store = new CaseStore(ctx);
                        CaseFile c = store.get(id).orElseThrow();
                        String[] jurisdictions = {"Kazakhstan", null, "Ruritania", "kazakhstan "};
                        store.update(new CaseFile(c.id(), s.d() % 2 == 0 ? "Renamed " + s.a() : c.title(), c.country(),
                                jurisdictions[s.d() % 4], c.caseNumber(), c.status(), c.summary(), s.a() % 5 == 0 ? !c.confidential() : c.confidential()));
                    });
                }
                case 10 -> db.writeVoid(ctx -> {
                    PersonStore store = new PersonStore(ctx);
                    Person p = store.get(person).orElseThrow();
                    store.update(new Person(p.id(), s.c() % 2 == 0 ? "Renamed " + (++names) : p.displayName(), p.givenName(),
                            p.familyName(), p.sex(), p.birthYear(), p.roles(), PersonStatus.values()[s.d() % PersonStatus.values().length],
                            p.placeOfDetention(), p.country(), p.notes(), s.a() % 7 == 0 ? !p.confidential() : p.confidential()));
                });
                case 11 -> {
                    if (!sentences.isEmpty()) {
                        long id = sentences.remove(s.c() % sentences.size());
                        db.writeVoid(ctx -> new FactStore(ctx).deleteSentence(id));
                    }
                }
                case 12 -> {
                    if (!appeals.isEmpty()) {
                        long id = appeals.remove(s.c() % appeals.size());
                        db.writeVoid(ctx -> new FactStore(ctx).deleteAppeal(id));
                    }
                }
                case 13 -> {
                    if (!events.isEmpty()) {
                        int at = s.c() % events.size();
                        long id = events.get(at);
                        if (s.d() % 2 == 0) {
                            events.remove(at);
                            db.writeVoid(ctx -> new FactStore(ctx).deleteEvent(id));
                        } else { // unlink its persons but the first, or link one more
                            db.writeVoid(ctx -> {
                                FactStore f = new FactStore(ctx);
                                Event e = f.event(id).orElseThrow();
                                List<Long> who = e.personIds().size() > 1 ? e.personIds().subList(0, 1)
                                        : Stream.concat(e.personIds().stream(), Stream.of(person)).distinct().toList();
                                f.updateEvent(new Event(e.id(), e.type(), s.a() % 3 == 0 ? date(s.a(), s.b()) : e.date(), e.place(),
                                        e.country(), e.summary(), who, s.b() % 4 == 0 ? caseId : e.caseId(), e.confidential()));
                            });
                        }
                    }
                }
                case 14 -> {
                    ScheduleService service = new ScheduleService(db);
                    switch (s.c() % 3) {
                        case 0 -> service.saveRule(new DeadlineRule("kz-cassation", "Kazakhstan", "criminal", DeadlineTrigger.APPEAL_DECISION,
                                Set.of("appeal"), Term.of(0, 1 + s.d() % 6, 0), ItemKind.CASSATION_DEADLINE, "Cassation", "CPC art. 434",
                                "A test rule for cassation.", null, s.d() % 5 != 0));
                        case 1 -> {
                            DeadlineRule r = service.rules().get("kz-criminal-appeal").orElseThrow();
                            service.saveRule(new DeadlineRule(r.id(), r.jurisdiction(), r.proceeding(), r.trigger(), r.appliesTo(),
                                    r.period(), r.kind(), r.label(), r.citation(), r.basis(), r.caveat(), !r.enabled()));
                        }
                        default -> service.saveRule(new DeadlineRule("ru-appeal", "Ruritania", "criminal", DeadlineTrigger.VERDICT,
                                Set.of(), Term.of(0, 0, 10 + s.d() % 20), ItemKind.APPEAL_DEADLINE, "Appeal", "RCC 1",
                                "A test rule for an invented country.", null, true));
                    }
                }
                default -> { // 15..17: a user decides about an item
                    ScheduleService service = new ScheduleService(db);
                    List<ScheduleItem> items = service.items().stream().sorted(Comparator.comparing(ScheduleItem::key)).toList();
                    if (!items.isEmpty()) {
                        String key = items.get(s.c() % items.size()).key();
                        switch (s.op()) {
                            case 15 -> service.markDone(key);
                            case 16 -> service.enterDate(key, s.d() % 5 == 0 ? null : BASE.plusDays(s.d() % 700), null);
                            default -> service.reopen(key);
                        }
                    }
                }
            }
        }

        private static long pick(List<Long> ids, int n) {
            return ids.get(n % ids.size());
        }

        /** A day from 2024 on, or only its month (every fifth). */
        private static PartialDate date(int n, int precision) {
            LocalDate d = BASE.plusDays(Math.floorMod(n, 700));
            return precision % 5 == 0 ? PartialDate.parseNullable(d.toString().substring(0, 7)) : PartialDate.of(d);
        }
    }

    // ---- fresh H2 files, copied from one made once

    private static synchronized Database h2() {
        try {
            if (template == null) {
                Path t = Files.createTempDirectory("casetrack-stored-schedule");
                dirs.add(t);
                try (Database db = TestDatabases.create(t)) {
                    db.schemaVersion();
                }
                template = t;
            }
            Path dir = Files.createTempDirectory("casetrack-stored-schedule");
            dirs.add(dir);
            try (Stream<Path> files = Files.list(template)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return TestDatabases.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        for (Path d : dirs) {
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
        dirs.clear();
        template = null;
    }
}
