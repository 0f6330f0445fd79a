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
import java.util.Comparator;
import org.jooq.Condition;
import org.jooq.Field;
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

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

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
        // a date range matches no undated row: that phase would only scan
        boolean noUndated = f.from() != null || f.to() != null;
        if (inUndated && !noUndated) {
            records.addAll(fetch(f, after, limit + 1, true));
            if (records.size() <= limit && undatedFirst) {
                records.addAll(fetch(f, null, limit + 1 - records.size(), false));
            }
        } else {
            records.addAll(fetch(f, after, limit + 1, false));
            if (records.size() <= limit && !undatedFirst && !noUndated) {
                records.addAll(fetch(f, null, limit + 1 - records.size(), true));
            }
        }
        boolean more = records.size() > limit;
        List<Record> shown = more ? records.subList(0, limit) : records;
        List<Long> ids = shown.stream().map(r -> r.get(EVENT.ID)).toList();
        Map<Long, List<PersonRef>> persons = personsOf(ids);
        List<Row> rows = new ArrayList<>(shown.size());
        for (Record r : shown) {
            LocalDate from = r.get(EVENT.DATE_FROM);
            DatePrecision p = r.get(EVENT.DATE_PRECISION) == null ? DatePrecision.DAY : DatePrecision.valueOf(r.get(EVENT.DATE_PRECISION));
            rows.add(new Row(r.get(EVENT.ID), Coded.parseOr(EventType.class, r.get(EVENT.TYPE), EventType.OTHER),
                    PartialDate.fromStored(from, p), from, r.get(EVENT.DATE_TO), r.get(EVENT.PLACE), r.get(EVENT.COUNTRY),
                    r.get(EVENT.SUMMARY), r.get(EVENT.CASE_ID), r.get(CASE_FILE.TITLE),
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
        List<String> countries = countrySpellings(f);
        // A type or country filter is read one value at a time from that column's (value, date)
        // index, each read stopping after a page, and merged here: bounded for a common type
        // and for an absent one alike (docs/decisions/0083-timeline-partitioned-reads.md).
        // A person's or case's few rows are read from their own index instead.
        Field<String> part = null;
        List<String> values = List.of();
        boolean narrow = f.personId() != null || f.caseId() != null;
        if (narrow) {
            // no partition
        } else if (f.types() != null && !f.types().isEmpty()) {
            part = EVENT.TYPE;
            values = f.types().stream().map(Enum::name).sorted().toList();
        } else if (countries != null && !countries.isEmpty()) {
            part = EVENT.COUNTRY;
            values = countries;
        }
        Condition c = conditions(f, countries, part);
        if (undated) {
            // For a person or case: "no date" as an expression no index answers, so the planner
            // starts from their few rows; IS NULL made H2 walk every undated row of the date
            // index (it estimates IS NULL like an equality on a column of many distinct values).
            c = c.and(narrow ? DSL.nvl2(EVENT.DATE_FROM, DSL.inline(1), DSL.inline(0)).eq(DSL.inline(0)) : EVENT.DATE_FROM.isNull());
            if (after != null) {
                c = c.and(f.newestFirst() ? EVENT.ID.lt(after.id()) : EVENT.ID.gt(after.id()));
            }
        } else {
            // a range, not IS NOT NULL: the planner can then walk the date index in order and stop
            // after a page, and still prefer a person's or case's few rows when those filter
            c = c.and(EVENT.DATE_FROM.ge(EARLIEST));
            if (after != null) {
                c = c.and(seek(after, f.newestFirst()));
            }
        }
        if (part == null) {
            return read(c, order(null, f.newestFirst(), undated && narrow), limit, !narrow);
        }
        List<Record> merged = new ArrayList<>();
        for (String v : values) {
            merged.addAll(read(c.and(part.eq(v)), order(part, f.newestFirst(), false), limit, true));
        }
        if (values.size() > 1) {
            Comparator<Record> key = Comparator.comparing((Record r) -> r.get(EVENT.DATE_FROM), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(r -> r.get(EVENT.DATE_TO), Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(r -> r.get(EVENT.ID));
            merged.sort(f.newestFirst() ? key.reversed() : key);
        }
        return merged.size() > limit ? new ArrayList<>(merged.subList(0, limit)) : merged;
    }

    /**
     * The sort of a page; with a partition column first (equal within one read), so that the
     * read walks the (column, date_from, date_to, id) index in order and stops after LIMIT rows.
     * Undated rows of a person or case: by id alone, so that the planner starts from their own
     * index (a date sort would make it walk every undated row in the date index instead).
     */
    private static List<SortField<?>> order(Field<String> part, boolean desc, boolean idOnly) {
        List<SortField<?>> order = new ArrayList<>();
        if (part != null) {
            order.add(desc ? part.desc() : part.asc());
        }
        if (!idOnly) {
            // for undated rows the dates are all null, so this is id order, and the index's order
            order.add(desc ? EVENT.DATE_FROM.desc() : EVENT.DATE_FROM.asc());
            order.add(desc ? EVENT.DATE_TO.desc() : EVENT.DATE_TO.asc());
        }
        order.add(desc ? EVENT.ID.desc() : EVENT.ID.asc());
        return order;
    }

    private List<Record> read(Condition c, List<SortField<?>> order, int limit, boolean idsFirst) {
        // No index hint: the planner walks the date index for broad filters and starts from
        // the person's, case's or type's index for narrow ones (docs/decisions/0081-scale.md).
        // Each read is one query, the case title joined in (docs/decisions/0090-timeline-one-query-a-page.md).
        if (!idsFirst) {
            return new ArrayList<>(select().where(c).orderBy(order).limit(limit).fetch());
        }
        // The page's ids from an index holding every column of the condition and the order (so
        // the planner picks that index and stops after a page, also for undated rows, where a
        // select of every column made H2 walk all undated rows of the date index), as a
        // subquery: its rows by primary key in the same round trip, put in order here.
        var ids = DSL.select(EVENT.ID).from(EVENT).where(c).orderBy(order).limit(limit);
        List<Record> out = new ArrayList<>(select().where(EVENT.ID.in(ids)).fetch());
        out.sort(comparator(order));
        return out;
    }

    /** The order of a page as a comparator on its rows (nulls first ascending, as both databases sort dates here). */
    private static Comparator<Record> comparator(List<SortField<?>> order) {
        Comparator<Record> cmp = null;
        for (SortField<?> s : order) {
            Field<?> f = field(s.getName());
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<Record> one = Comparator.comparing(r -> (Comparable) r.get(f), Comparator.nullsFirst(Comparator.naturalOrder()));
            if (s.getOrder() == org.jooq.SortOrder.DESC) {
                one = one.reversed();
            }
            cmp = cmp == null ? one : cmp.thenComparing(one);
        }
        return cmp;
    }

    private static Field<?> field(String name) {
        for (Field<?> f : List.of(EVENT.ID, EVENT.TYPE, EVENT.COUNTRY, EVENT.DATE_FROM, EVENT.DATE_TO)) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private org.jooq.SelectOnConditionStep<? extends Record> select() {
        return db.dsl().select(EVENT.ID, EVENT.TYPE, EVENT.DATE_FROM, EVENT.DATE_TO, EVENT.DATE_PRECISION, EVENT.PLACE,
                EVENT.COUNTRY, EVENT.SUMMARY, EVENT.CASE_ID, CASE_FILE.TITLE).from(EVENT)
                .leftJoin(CASE_FILE).on(CASE_FILE.ID.eq(EVENT.CASE_ID));
    }

    /**
     * The stored spellings of the filter's country, case-insensitively, from the small list of
     * countries in use, so that the event table is compared by equality on an indexed column.
     * Null when there is no country filter; empty when the list knows no such country (rows
     * written outside the stores), and then the filter compares case-insensitively instead.
     */
    private List<String> countrySpellings(Filter f) {
        if (f.country() == null || f.country().isBlank()) {
            return null;
        }
        String wanted = f.country().trim();
        return Countries.of(db.dsl(), Countries.EVENT).stream().filter(n -> n.equalsIgnoreCase(wanted)).toList();
    }

    /** How many events match; may take a moment on very large databases, so run it in the background. */
    public long count(Filter f) {
        return db.dsl().selectCount().from(EVENT).where(conditions(f, countrySpellings(f), null)).fetchOne(0, Long.class);
    }

    /**
     * Counts matching events but stops at cap, so a narrow filter over a million events
     * still answers quickly; a result equal to cap means "cap or more".
     */
    public long countUpTo(Filter f, long cap) {
        Condition c = conditions(f, countrySpellings(f), null);
        if (c.equals(DSL.noCondition())) {
            return count(f);
        }
        return db.dsl().selectCount().from(DSL.selectOne().from(EVENT).where(c).limit(cap)).fetchOne(0, Long.class);
    }

    /** The countries events are recorded in, for the filter list. */
    public List<String> countries() {
        return Countries.of(db.dsl(), Countries.EVENT);
    }

    private Map<Long, List<PersonRef>> personsOf(List<Long> eventIds) {
        Map<Long, List<PersonRef>> map = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return map;
        }
        db.dsl().select(EVENT_PERSON.EVENT_ID, PERSON.ID, PERSON.DISPLAY_NAME)
                .from(EVENT_PERSON).join(PERSON).on(PERSON.ID.eq(EVENT_PERSON.PERSON_ID))
                // the page's ids as literals (numbers read from the database): H2 then looks each row
                // up in a hash set; with 200 bound parameters it compared every row with every one
                .where(EVENT_PERSON.EVENT_ID.in(eventIds.stream().map(DSL::inline).toList()))
                .orderBy(PERSON.DISPLAY_NAME)
                .forEach(r -> map.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new PersonRef(r.value2(), r.value3())));
        return map;
    }

    static Condition conditions(Filter f) {
        return conditions(f, null, null);
    }

    /**
     * The filter as a condition. {@code countries}: the country's stored spellings when known
     * (equality on the indexed column); {@code part}: the column a partitioned read compares
     * itself, left out here.
     */
    private static Condition conditions(Filter f, List<String> countries, Field<String> part) {
        Condition c = DSL.noCondition();
        if (f.personId() != null) {
            // IN, not a correlated EXISTS: the person's few event ids come from their index first
            c = c.and(EVENT.ID.in(DSL.select(EVENT_PERSON.EVENT_ID).from(EVENT_PERSON)
                    .where(EVENT_PERSON.PERSON_ID.eq(f.personId()))));
        }
        if (f.caseId() != null) {
            c = c.and(EVENT.CASE_ID.eq(f.caseId()));
        }
        if (f.types() != null && !f.types().isEmpty() && part != EVENT.TYPE) {
            c = c.and(EVENT.TYPE.in(f.types().stream().map(Enum::name).toList()));
        }
        if (f.country() != null && !f.country().isBlank() && part != EVENT.COUNTRY) {
            c = c.and(countries != null && !countries.isEmpty() ? EVENT.COUNTRY.in(countries)
                    : EVENT.COUNTRY.equalIgnoreCase(f.country().trim()));
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
