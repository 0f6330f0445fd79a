package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every filter of the timeline, walked page by page on both databases, gives exactly the
 * events an in-memory filter and sort of all of them gives: same order, case titles, persons.
 */
@OnBothDatabases
class TimelinePagesTest {

    @org.junit.jupiter.params.Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    private record Stored(long id, Event e, LocalDate from, LocalDate to, String caseTitle, List<String> persons) {
    }

    @Test
    void everyFilterPagesThroughExactlyTheMatchingEventsInOrder() {
        try (Database db = TestDatabases.create(backend, dir)) {
            Map<Long, String> personNames = new TreeMap<>();
            Map<Long, String> caseTitles = new TreeMap<>();
            List<Stored> all = new ArrayList<>();
            EventType[] types = {EventType.ARREST, EventType.TRIAL, EventType.DETENTION, EventType.HEARING};
            String[] countries = {"Kazakhstan", "Belarus", "Russia"};
            db.writeVoid(ctx -> {
                PersonStore ps = new PersonStore(ctx);
                CaseStore cs = new CaseStore(ctx);
                for (String n : List.of("Zarina Omarova", "Aidar Bekov", "Mira Sultan")) {
                    personNames.put(ps.insert(new Person(null, n, null, null, Sex.UNKNOWN, null, EnumSet.noneOf(PersonRole.class),
                            PersonStatus.UNKNOWN, null, null, null, false)), n);
                }
                for (String t : List.of("Omarova protest case", "Bekov blogger case")) {
                    caseTitles.put(cs.insert(new CaseFile(null, t, "Kazakhstan", null, null, CaseStatus.OPEN, null, false)), t);
                }
                List<Long> pIds = new ArrayList<>(personNames.keySet());
                List<Long> cIds = new ArrayList<>(caseTitles.keySet());
                Random rnd = new Random(5);
                FactStore facts = new FactStore(ctx);
                for (int i = 0; i < 160; i++) {
                    int y = 2000 + rnd.nextInt(6);
                    PartialDate d = switch (rnd.nextInt(4)) {
                        case 0 -> PartialDate.ofYear(y);
                        case 1 -> PartialDate.ofMonth(y, 1 + rnd.nextInt(12));
                        case 2 -> PartialDate.ofDay(y, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                        default -> i % 8 == 3 ? null : PartialDate.ofDay(2003, 6, 1); // undated, and many on one day
                    };
                    List<Long> who = rnd.nextBoolean() ? List.of(pIds.get(rnd.nextInt(pIds.size()))) : List.of(pIds.get(0), pIds.get(2));
                    Long caseId = rnd.nextInt(3) == 0 ? null : cIds.get(rnd.nextInt(cIds.size()));
                    Event e = new Event(null, types[rnd.nextInt(types.length)], d, "Place " + i, countries[rnd.nextInt(countries.length)],
                            "Event " + i, who, caseId, false);
                    long id = facts.insertEvent(e);
                    all.add(new Stored(id, e, d == null ? null : d.earliest(), d == null ? null : d.latest(),
                            caseId == null ? null : caseTitles.get(caseId), who.stream().map(personNames::get).sorted().toList()));
                }
            });
            TimelineQuery q = new TimelineQuery(db);
            long person = personNames.keySet().iterator().next();
            long caseId = caseTitles.keySet().iterator().next();
            LocalDate from = LocalDate.of(2002, 3, 1);
            LocalDate to = LocalDate.of(2003, 9, 30);
            List<TimelineQuery.Filter> filters = new ArrayList<>();
            for (boolean newest : List.of(true, false)) {
                filters.add(new TimelineQuery.Filter(null, null, Set.of(), null, null, null, newest));
                filters.add(new TimelineQuery.Filter(null, null, Set.of(), null, from, to, newest));
                filters.add(new TimelineQuery.Filter(null, null, Set.of(), "kazakhstan", null, null, newest));
                filters.add(new TimelineQuery.Filter(null, null, Set.of(EventType.TRIAL), null, null, null, newest));
                filters.add(new TimelineQuery.Filter(null, null, Set.of(EventType.TRIAL, EventType.ARREST), "Belarus", null, null, newest));
                filters.add(new TimelineQuery.Filter(person, null, Set.of(), null, null, null, newest));
                filters.add(new TimelineQuery.Filter(null, caseId, Set.of(), null, null, null, newest));
                filters.add(new TimelineQuery.Filter(person, caseId, Set.of(EventType.ARREST), null, from, to, newest));
                filters.add(new TimelineQuery.Filter(null, null, Set.of(EventType.EXTRADITION), null, null, null, newest));
            }
            for (TimelineQuery.Filter f : filters) {
                List<String> expected = all.stream().filter(matches(f)).sorted(order(f.newestFirst())).map(TimelinePagesTest::show).toList();
                for (int pageSize : List.of(7, 200)) {
                    List<String> shown = new ArrayList<>();
                    TimelineQuery.Page p = q.page(f, null, pageSize);
                    shown.addAll(p.rows().stream().map(TimelinePagesTest::show).toList());
                    while (p.hasMore()) {
                        assertThat(p.rows()).hasSize(pageSize);
                        p = q.page(f, p.next(), pageSize);
                        shown.addAll(p.rows().stream().map(TimelinePagesTest::show).toList());
                    }
                    assertThat(shown).as(f + " in pages of " + pageSize).isEqualTo(expected);
                }
                assertThat(q.countUpTo(f, 1000)).as(f.toString()).isEqualTo(expected.size());
                boolean unfiltered = f.personId() == null && f.caseId() == null && f.types().isEmpty() && f.country() == null
                        && f.from() == null;
                // with no filter the count is exact (the database knows its row count); otherwise it stops at the cap
                assertThat(q.countUpTo(f, 3)).as(f.toString()).isEqualTo(unfiltered ? expected.size() : Math.min(3, expected.size()));
            }
            assertThat(all.stream().filter(matches(filters.get(8)))).isEmpty();
        }
    }

    private static Predicate<Stored> matches(TimelineQuery.Filter f) {
        return s -> (f.personId() == null || s.e().personIds().contains(f.personId()))
                && (f.caseId() == null || f.caseId().equals(s.e().caseId()))
                && (f.types().isEmpty() || f.types().contains(s.e().type()))
                && (f.country() == null || f.country().equalsIgnoreCase(s.e().country()))
                && (f.from() == null || s.to() != null && !s.to().isBefore(f.from()))
                && (f.to() == null || s.from() != null && !s.from().isAfter(f.to()));
    }

    /** Dated by earliest day, latest day, id; undated first oldest-first and last newest-first. */
    private static Comparator<Stored> order(boolean newestFirst) {
        Comparator<Stored> dated = Comparator.comparing(Stored::from).thenComparing(Stored::to).thenComparingLong(Stored::id);
        Comparator<Stored> undatedFirst = Comparator.comparing((Stored s) -> s.from() != null);
        Comparator<Stored> oldest = undatedFirst.thenComparing((a, b) -> a.from() == null
                ? Long.compare(a.id(), b.id()) : dated.compare(a, b));
        return newestFirst ? oldest.reversed() : oldest;
    }

    private static String show(Stored s) {
        return s.id() + " " + s.caseTitle() + " " + s.persons();
    }

    private static String show(TimelineQuery.Row r) {
        return r.id() + " " + r.caseTitle() + " " + r.persons().stream().map(TimelineQuery.PersonRef::name).toList();
    }
}
