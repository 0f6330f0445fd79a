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
}
