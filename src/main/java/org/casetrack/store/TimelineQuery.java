package org.casetrack.store;

import static org.casetrack.store.generated.Tables.CASE_FILE;
import static org.casetrack.store.generated.Tables.EVENT;
import static org.casetrack.store.generated.Tables.EVENT_PERSON;
import static org.casetrack.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.casetrack.model.Coded;
import org.casetrack.model.DatePrecision;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Events across all people and cases, one page at a time, for the timeline. Pages are
 * read by keyset (the sort key of the last row shown), never by loading all rows, so it
 * stays fast with a million events. Sort: by the earliest day a date can mean, then the
 * latest, then id; undated events come first oldest-first and last newest-first.
 */
public final class TimelineQuery {

    /** Which events to show. Null fields do not filter. */
    public record Filter(Long personId, Long caseId, Set<EventType> types, String country,
                         LocalDate from, LocalDate to, boolean newestFirst) {

        public static Filter all() {
            return new Filter(null, null, Set.of(), null, null, null, true);
        }
    }

    /** The sort key of the last row of a page; the next page starts after it. */
    public record Cursor(LocalDate dateFrom, LocalDate dateTo, long id) {
    }

    public record PersonRef(long id, String name) {
    }

    public record Row(long id, EventType type, PartialDate date, LocalDate dateFrom, LocalDate dateTo,
                      String place, String country, String summary, Long caseId, String caseTitle,
                      List<PersonRef> persons) {
    }

    public record Page(List<Row> rows, Cursor next) {
        public boolean hasMore() {
            return next != null;
        }
    }

    private final Database db;
    private final AtomicLong pagesRead = new AtomicLong();

    public TimelineQuery(Database db) {
        this.db = db;
    }

    /** How many page queries have run; lets tests check that paging is used. */
    public long pagesRead() {
        return pagesRead.get();
    }

    public Page page(Filter f, Cursor after, int limit) {
        pagesRead.incrementAndGet();
        // Two phases keep every query an index range scan: dated rows (by the date index)
        // and undated rows (by id). Undated come first oldest-first, last newest-first.
        boolean undatedFirst = !f.newestFirst();
        List<Record> records = new ArrayList<>();
        boolean inUndated = after != null ? after.dateFrom() == null : undatedFirst;
        if (inUndated) {
            records.addAll(fetch(f, after, limit + 1, true));
            if (records.size() <= limit && undatedFirst) {
                records.addAll(fetch(f, null, limit + 1 - records.size(), false));
            }
        } else {
            records.addAll(fetch(f, after, limit + 1, false));
            if (records.size() <= limit && !undatedFirst) {
                records.addAll(fetch(f, null, limit + 1 - records.size(), true));
            }
        }
        boolean more = records.size() > limit;
        List<Record> shown = more ? records.subList(0, limit) : records;
        List<Long> ids = shown.stream().map(r -> r.get(EVENT.ID)).toList();
        Map<Long, List<PersonRef>> persons = personsOf(ids);
        Map<Long, String> caseTitles = caseTitles(shown.stream().map(r -> r.get(EVENT.CASE_ID)).filter(java.util.Objects::nonNull).distinct().toList());
        List<Row> rows = new ArrayList<>(shown.size());
        for (Record r : shown) {
            LocalDate from = r.get(EVENT.DATE_FROM);
            DatePrecision p = r.get(EVENT.DATE_PRECISION) == null ? DatePrecision.DAY : DatePrecision.valueOf(r.get(EVENT.DATE_PRECISION));
            rows.add(new Row(r.get(EVENT.ID), Coded.parseOr(EventType.class, r.get(EVENT.TYPE), EventType.OTHER),
                    PartialDate.fromStored(from, p), from, r.get(EVENT.DATE_TO), r.get(EVENT.PLACE), r.get(EVENT.COUNTRY),
                    r.get(EVENT.SUMMARY), r.get(EVENT.CASE_ID), caseTitles.get(r.get(EVENT.CASE_ID)),
                    persons.getOrDefault(r.get(EVENT.ID), List.of())));
        }
        Cursor next = null;
        if (more) {
            Row last = rows.get(rows.size() - 1);
            next = new Cursor(last.dateFrom(), last.dateTo(), last.id());
        }
        return new Page(rows, next);
    }

    private List<Record> fetch(Filter f, Cursor after, int limit, boolean undated) {
        Condition c = conditions(f);
        List<SortField<?>> order;
        org.jooq.Table<?> from;
        if (undated) {
            c = c.and(EVENT.DATE_FROM.isNull());
            if (after != null) {
                c = c.and(f.newestFirst() ? EVENT.ID.lt(after.id()) : EVENT.ID.gt(after.id()));
            }
            order = List.of(f.newestFirst() ? EVENT.ID.desc() : EVENT.ID.asc());
            from = EVENT;
        } else {
            c = c.and(EVENT.DATE_FROM.isNotNull());
            if (after != null) {
                c = c.and(seek(after, f.newestFirst()));
            }
            order = f.newestFirst()
                    ? List.of(EVENT.DATE_FROM.desc(), EVENT.DATE_TO.desc(), EVENT.ID.desc())
                    : List.of(EVENT.DATE_FROM.asc(), EVENT.DATE_TO.asc(), EVENT.ID.asc());
            // Walk the date index in order and stop after one page, whatever else filters.
            // (USE INDEX is H2's hint; PostgreSQL's planner picks event_date by itself.)
            from = db.dialect() == Database.Dialect.H2 ? DSL.table("\"EVENT\" USE INDEX (\"EVENT_DATE\")") : EVENT;
        }
        return new ArrayList<>(db.dsl()
                .select(EVENT.ID, EVENT.TYPE, EVENT.DATE_FROM, EVENT.DATE_TO, EVENT.DATE_PRECISION, EVENT.PLACE,
                        EVENT.COUNTRY, EVENT.SUMMARY, EVENT.CASE_ID)
                .from(from)
                .where(c)
                .orderBy(order)
                .limit(limit)
                .fetch());
    }

    private Map<Long, String> caseTitles(List<Long> caseIds) {
        Map<Long, String> map = new java.util.HashMap<>();
        if (!caseIds.isEmpty()) {
            db.dsl().select(CASE_FILE.ID, CASE_FILE.TITLE).from(CASE_FILE).where(CASE_FILE.ID.in(caseIds))
                    .forEach(r -> map.put(r.value1(), r.value2()));
        }
        return map;
    }

    /** How many events match; may take a moment on very large databases, so run it in the background. */
    public long count(Filter f) {
        return db.dsl().selectCount().from(EVENT).where(conditions(f)).fetchOne(0, Long.class);
    }

    /**
     * Counts matching events but stops at cap, so a narrow filter over a million events
     * still answers quickly; a result equal to cap means "cap or more".
     */
    public long countUpTo(Filter f, long cap) {
        Condition c = conditions(f);
        if (c.equals(DSL.noCondition())) {
            return count(f);
        }
        return db.dsl().selectCount().from(DSL.selectOne().from(EVENT).where(c).limit(cap)).fetchOne(0, Long.class);
    }

    /** The countries events are recorded in, for the filter list. */
    public List<String> countries() {
        return db.dsl().selectDistinct(EVENT.COUNTRY).from(EVENT).where(EVENT.COUNTRY.isNotNull())
                .orderBy(EVENT.COUNTRY).limit(500).fetch(EVENT.COUNTRY);
    }

    private Map<Long, List<PersonRef>> personsOf(List<Long> eventIds) {
        Map<Long, List<PersonRef>> map = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return map;
        }
        db.dsl().select(EVENT_PERSON.EVENT_ID, PERSON.ID, PERSON.DISPLAY_NAME)
                .from(EVENT_PERSON).join(PERSON).on(PERSON.ID.eq(EVENT_PERSON.PERSON_ID))
                .where(EVENT_PERSON.EVENT_ID.in(eventIds))
                .orderBy(PERSON.DISPLAY_NAME)
                .forEach(r -> map.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new PersonRef(r.value2(), r.value3())));
        return map;
    }

    static Condition conditions(Filter f) {
        Condition c = DSL.noCondition();
        if (f.personId() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(EVENT_PERSON)
                    .where(EVENT_PERSON.EVENT_ID.eq(EVENT.ID)).and(EVENT_PERSON.PERSON_ID.eq(f.personId()))));
        }
        if (f.caseId() != null) {
            c = c.and(EVENT.CASE_ID.eq(f.caseId()));
        }
        if (f.types() != null && !f.types().isEmpty()) {
            c = c.and(EVENT.TYPE.in(f.types().stream().map(Enum::name).toList()));
        }
        if (f.country() != null && !f.country().isBlank()) {
            c = c.and(EVENT.COUNTRY.equalIgnoreCase(f.country().trim()));
        }
        // A partial date is placed by its range: it matches when the range overlaps the filter.
        if (f.from() != null) {
            // The second bound is implied (no stored range is longer than a year) and lets
            // the date index narrow the scan.
            c = c.and(EVENT.DATE_TO.ge(f.from())).and(EVENT.DATE_FROM.ge(f.from().minusDays(366)));
        }
        if (f.to() != null) {
            c = c.and(EVENT.DATE_FROM.le(f.to()));
        }
        return c;
    }

    /** Dated rows strictly after the cursor in the chosen order. */
    private static Condition seek(Cursor k, boolean desc) {
        LocalDate to = k.dateTo() == null ? k.dateFrom() : k.dateTo();
        if (desc) {
            return EVENT.DATE_FROM.le(k.dateFrom()).and(EVENT.DATE_FROM.lt(k.dateFrom())
                    .or(EVENT.DATE_FROM.eq(k.dateFrom()).and(EVENT.DATE_TO.lt(to)
                            .or(EVENT.DATE_TO.eq(to).and(EVENT.ID.lt(k.id()))))));
        }
        return EVENT.DATE_FROM.ge(k.dateFrom()).and(EVENT.DATE_FROM.gt(k.dateFrom())
                .or(EVENT.DATE_FROM.eq(k.dateFrom()).and(EVENT.DATE_TO.gt(to)
                        .or(EVENT.DATE_TO.eq(to).and(EVENT.ID.gt(k.id()))))));
    }
}
