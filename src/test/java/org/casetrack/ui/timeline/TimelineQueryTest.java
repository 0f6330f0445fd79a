package org.casetrack.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casetrack.model.EventType;
import org.casetrack.store.Database;
import org.casetrack.store.EventGenerator;
import org.casetrack.store.TimelineQuery;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page query over generated events: keyset pages walk every row once, in order, with filters. */
class TimelineQueryTest {

    @TempDir
    static Path dir;

    static Database db;
    static TimelineQuery q;

    @BeforeAll
    static void generate() {
        db = TestDatabases.empty(dir, "timeline");
        db.dsl().execute("INSERT INTO PERSON (DISPLAY_NAME) VALUES ('Generated Person')");
        EventGenerator.insert(db, 3000);
        db.dsl().execute("INSERT INTO EVENT (TYPE, SUMMARY) VALUES ('OTHER', 'undated one'), ('OTHER', 'undated two')");
        q = new TimelineQuery(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<TimelineQuery.Row> walk(TimelineQuery.Filter f, int pageSize) {
        List<TimelineQuery.Row> all = new ArrayList<>();
        TimelineQuery.Page p = q.page(f, null, pageSize);
        all.addAll(p.rows());
        while (p.hasMore()) {
            p = q.page(f, p.next(), pageSize);
            all.addAll(p.rows());
        }
        return all;
    }

    @Test
    void aPageHoldsOnlyThePageSize() {
        TimelineQuery.Page p = q.page(TimelineQuery.Filter.all(), null, 200);
        assertThat(p.rows()).hasSize(200);
        assertThat(p.hasMore()).isTrue();
    }

    @Test
    void pagesWalkEveryEventOnceNewestFirst() {
        List<TimelineQuery.Row> rows = walk(TimelineQuery.Filter.all(), 250);
        assertThat(rows).hasSize(3002);
        assertThat(rows.stream().map(TimelineQuery.Row::id).distinct().count()).isEqualTo(3002);
        List<TimelineQuery.Row> dated = rows.subList(0, 3000);
        for (int i = 1; i < dated.size(); i++) {
            assertThat(dated.get(i - 1).dateFrom()).isAfterOrEqualTo(dated.get(i).dateFrom());
        }
        assertThat(rows.get(3001).date()).isNull();
    }

    @Test
    void oldestFirstPutsUndatedFirstThenAscending() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(), null, null, null, false);
        List<TimelineQuery.Row> rows = walk(f, 333);
        assertThat(rows).hasSize(3002);
        assertThat(rows.get(0).date()).isNull();
        assertThat(rows.get(1).date()).isNull();
        for (int i = 3; i < rows.size(); i++) {
            assertThat(rows.get(i - 1).dateFrom()).isBeforeOrEqualTo(rows.get(i).dateFrom());
        }
    }

    @Test
    void filtersByTypeCountryAndOverlappingDateRange() {
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2004, 12, 31);
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(EventType.TRIAL), "belarus", from, to, true);
        List<TimelineQuery.Row> rows = walk(f, 50);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.type()).isEqualTo(EventType.TRIAL);
            assertThat(r.country()).isEqualTo("Belarus");
            assertThat(r.date().overlaps(from, to)).isTrue();
        });
        assertThat(q.count(f)).isEqualTo(rows.size());
    }

    @Test
    void aYearIsFoundByAFilterInsideIt() {
        // An event known only as "2003" overlaps a filter for March 2003.
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(), null, LocalDate.of(2003, 3, 1), LocalDate.of(2003, 3, 31), true);
        assertThat(walk(f, 500)).anySatisfy(r -> assertThat(r.date().precision()).isEqualTo(org.casetrack.model.DatePrecision.YEAR));
    }

    @Test
    void filtersByPerson() {
        long person = db.dsl().fetchOne("SELECT MIN(ID) FROM PERSON").get(0, Long.class);
        TimelineQuery.Filter f = new TimelineQuery.Filter(person, null, Set.of(), null, null, null, true);
        List<TimelineQuery.Row> rows = walk(f, 100);
        assertThat(rows).hasSize(3000 / 7).allSatisfy(r -> assertThat(r.persons()).extracting(TimelineQuery.PersonRef::id).contains(person));
    }

    @Test
    void cappedCountStopsAtTheCap() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(EventType.ARREST), null, null, null, true);
        assertThat(q.countUpTo(f, 100)).isEqualTo(100);
        assertThat(q.countUpTo(TimelineQuery.Filter.all(), 100)).isEqualTo(3002);
    }

    private static void assertInOrder(List<TimelineQuery.Row> rows, boolean newestFirst) {
        java.util.Comparator<TimelineQuery.Row> key = java.util.Comparator
                .comparing(TimelineQuery.Row::dateFrom, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(TimelineQuery.Row::dateTo, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                .thenComparing(TimelineQuery.Row::id);
        List<TimelineQuery.Row> dated = rows.stream().filter(r -> r.dateFrom() != null).toList();
        assertThat(dated).isSortedAccordingTo(newestFirst ? key.reversed() : key);
    }

    @Test
    void severalTypesAreReadTypeByTypeAndMergedInDateOrderAcrossPages() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(EventType.TRIAL, EventType.ARREST), null, null, null, true);
        List<TimelineQuery.Row> rows = walk(f, 77);
        assertThat(rows).hasSize(1200).allSatisfy(r -> assertThat(r.type()).isIn(EventType.TRIAL, EventType.ARREST));
        assertThat(rows.stream().map(TimelineQuery.Row::id).distinct().count()).isEqualTo(1200);
        assertInOrder(rows, true);
        assertThat(q.count(f)).isEqualTo(1200);

        // oldest first: the undated OTHER rows come first, then the dated RELEASE rows ascending
        TimelineQuery.Filter g = new TimelineQuery.Filter(null, null, Set.of(EventType.OTHER, EventType.RELEASE), null, null, null, false);
        List<TimelineQuery.Row> older = walk(g, 50);
        assertThat(older).hasSize(602);
        assertThat(older.subList(0, 2)).extracting(TimelineQuery.Row::summary).containsExactly("undated one", "undated two");
        assertInOrder(older, false);
    }

    @Test
    void anAbsentTypeGivesAnEmptyPageAndAZeroCount() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(EventType.EXTRADITION), null, null, null, true);
        assertThat(q.page(f, null, 200).rows()).isEmpty();
        assertThat(q.countUpTo(f, 10_000)).isZero();
    }

    @Test
    void aCountryIsComparedByItsStoredSpellingWhenTheListOfCountriesInUseKnowsIt() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(), "BELARUS", null, null, false);
        // the generator bypasses the stores, so the list is empty: the filter compares case-insensitively
        List<TimelineQuery.Row> scanned = walk(f, 300);
        assertThat(scanned).hasSize(750).allSatisfy(r -> assertThat(r.country()).isEqualTo("Belarus"));
        db.dsl().execute("INSERT INTO COUNTRY_IN_USE (SCOPE, NAME) VALUES ('EVENT', 'Belarus'), ('EVENT', 'Russia')");
        try {
            List<TimelineQuery.Row> indexed = walk(f, 300);
            assertThat(indexed).extracting(TimelineQuery.Row::id).isEqualTo(scanned.stream().map(TimelineQuery.Row::id).toList());
            assertThat(q.countUpTo(f, 10_000)).isEqualTo(750);
            assertInOrder(indexed, false);
        } finally {
            db.dsl().execute("DELETE FROM COUNTRY_IN_USE");
        }
    }

    @Test
    void aDateRangeNeverReadsTheUndatedRows() {
        TimelineQuery.Filter f = new TimelineQuery.Filter(null, null, Set.of(), null, LocalDate.of(1990, 1, 1), LocalDate.of(2030, 1, 1), false);
        List<TimelineQuery.Row> rows = walk(f, 1000);
        assertThat(rows).hasSize(3000).allSatisfy(r -> assertThat(r.dateFrom()).isNotNull());
    }
}
