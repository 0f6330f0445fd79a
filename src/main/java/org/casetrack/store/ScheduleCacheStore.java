package org.casetrack.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;

/**
 * The stored schedule (V66, docs/decisions/0115-stored-schedule.md): computed items without
 * user state, one meta row with the audit watermark and the rules' fingerprint, and the
 * reads that tell which persons a range of audit rows touched. Plain SQL with unquoted names,
 * the same on H2 and PostgreSQL.
 */
public final class ScheduleCacheStore {

    /** One stored item: the columns the reads filter on, and the item itself as text. */
    public record Row(String key, long personId, Long caseId, LocalDate dueFrom, LocalDate dueTo, String source, String payload) {
    }

    /** The meta row: watermark null or fingerprint null means "not built". */
    public record Meta(Long watermark, String fingerprint) {
        public boolean built() {
            return watermark != null && fingerprint != null;
        }
    }

    /** One audit row: the table and the row before and after (flat JSON objects, either may be null). */
    public record AuditRow(long id, String table, String before, String after) {
    }

    /** Any PostgreSQL advisory lock key; the audit function takes it shared (afterMigrate__audit_and_roles.sql). */
    static final long AUDIT_LOCK = 7305115L;

    private static final int CHUNK = 1000;

    private final DSLContext ctx;

    public ScheduleCacheStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    private boolean postgres() {
        return ctx.family() == SQLDialect.POSTGRES;
    }

    /** Reads and locks the meta row until the transaction ends (two clients refreshing take turns). */
    public Meta lockMeta() {
        Optional<Record> r = ctx.fetchOptional("SELECT watermark, fingerprint FROM schedule_cache_meta WHERE id = 1 FOR UPDATE");
        if (r.isEmpty()) {
            ctx.execute("INSERT INTO schedule_cache_meta (id, watermark, fingerprint) VALUES (1, NULL, NULL)");
            return new Meta(null, null);
        }
        return new Meta(r.get().get(0, Long.class), r.get().get(1, String.class));
    }

    public void saveMeta(Long watermark, String fingerprint) {
        ctx.execute("UPDATE schedule_cache_meta SET watermark = ?, fingerprint = ?, built_at = CURRENT_TIMESTAMP WHERE id = 1",
                watermark, fingerprint);
    }

    /** Marks the stored schedule as not built and empties it; for writers that bypass the audit log (the bulk loader). */
    public static void invalidate(DSLContext ctx) {
        ctx.execute("UPDATE schedule_cache_meta SET watermark = NULL, fingerprint = NULL WHERE id = 1");
        ctx.execute("DELETE FROM schedule_cache_item");
    }

    /**
     * The highest audit id, and whether every audit row up to it is committed. On PostgreSQL
     * every writing transaction holds {@link #AUDIT_LOCK} shared from its first audited row
     * to its end, so holding it exclusively for an instant proves none is in flight; if one
     * is, the answer says "not settled" (the caller then does not advance its watermark). On
     * H2 (one process) the other sessions are asked whether they hold uncommitted changes,
     * after max(id) is read: a transaction with a lower id is then either still open (seen
     * here) or committed (visible to the reads that follow).
     */
    public Settled maxAuditId() {
        if (postgres()) {
            Boolean got = value(Boolean.class, "SELECT pg_try_advisory_lock(" + AUDIT_LOCK + ")");
            try {
                Long max = value(Long.class, "SELECT MAX(id) FROM audit_log");
                return new Settled(max == null ? 0L : max, Boolean.TRUE.equals(got));
            } finally {
                if (Boolean.TRUE.equals(got)) {
                    value(Boolean.class, "SELECT pg_advisory_unlock(" + AUDIT_LOCK + ")");
                }
            }
        }
        Long max = value(Long.class, "SELECT MAX(id) FROM audit_log");
        Integer open = value(Integer.class, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE CONTAINS_UNCOMMITTED"
                + " AND SESSION_ID <> SESSION_ID()");
        return new Settled(max == null ? 0L : max, open != null && open == 0);
    }

    /** max(audit_log.id), and whether no transaction can still commit an audit row below it. */
    public record Settled(long maxId, boolean settled) {
    }

    public long auditRowCount(long after, long upTo) {
        Long n = value(Long.class, "SELECT COUNT(*) FROM audit_log WHERE id > ? AND id <= ?", after, upTo);
        return n == null ? 0 : n;
    }

    public void auditRows(long after, long upTo, Collection<String> tables, Consumer<AuditRow> out) {
        String in = String.join(", ", tables.stream().map(t -> "'" + t + "'").toList());
        ctx.resultQuery("SELECT id, table_name, before_row, after_row FROM audit_log WHERE id > ? AND id <= ? AND table_name IN ("
                        + in + ") ORDER BY id", after, upTo)
                .forEach(r -> out.accept(new AuditRow(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class))));
    }

    /** Persons with a fact in one of these cases that the schedule reads, and persons with stored items of those cases. */
    public Set<Long> personsInCases(Collection<Long> caseIds) {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : RecordsById.chunks(caseIds)) {
            String in = in(chunk);
            collect(out, "SELECT person_id FROM sentence WHERE case_id IN " + in);
            collect(out, "SELECT person_id FROM un_ruling WHERE case_id IN " + in);
            collect(out, "SELECT person_id FROM user_deadline WHERE person_id IS NOT NULL AND case_id IN " + in);
            collect(out, "SELECT person_id FROM case_party WHERE case_id IN " + in);
            collect(out, "SELECT p.person_id FROM appeal_party p JOIN appeal a ON a.id = p.appeal_id WHERE a.case_id IN " + in);
            collect(out, "SELECT p.person_id FROM event_person p JOIN event e ON e.id = p.event_id WHERE e.case_id IN " + in);
            collect(out, "SELECT person_id FROM schedule_cache_item WHERE case_id IN " + in);
        }
        return out;
    }

    /** Persons of stored items that come from these facts ("sentence#12"). */
    public Set<Long> personsOfSources(Collection<String> sources) {
        Set<Long> out = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(sources));
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            ctx.resultQuery("SELECT person_id FROM schedule_cache_item WHERE source IN ("
                    + String.join(", ", chunk.stream().map(x -> "?").toList()) + ")", chunk.toArray())
                    .forEach(r -> out.add(r.get(0, Long.class)));
        }
        return out;
    }

    /** The case of each appeal that still exists. */
    public Map<Long, Long> appealCases(Collection<Long> appealIds) {
        return caseOf("appeal", appealIds);
    }

    public Map<Long, Long> eventCases(Collection<Long> eventIds) {
        return caseOf("event", eventIds);
    }

    public Set<Long> appealParties(Collection<Long> appealIds) {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : RecordsById.chunks(appealIds)) {
            collect(out, "SELECT person_id FROM appeal_party WHERE appeal_id IN " + in(chunk));
        }
        return out;
    }

    public Set<Long> eventPersons(Collection<Long> eventIds) {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : RecordsById.chunks(eventIds)) {
            collect(out, "SELECT person_id FROM event_person WHERE event_id IN " + in(chunk));
        }
        return out;
    }

    private Map<Long, Long> caseOf(String table, Collection<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        for (List<Long> chunk : RecordsById.chunks(ids)) {
            ctx.resultQuery("SELECT id, case_id FROM " + table + " WHERE id IN " + in(chunk))
                    .forEach(r -> out.put(r.get(0, Long.class), r.get(1, Long.class)));
        }
        return out;
    }

    // ---- the items

    /** Removes every stored item (personIds null), or only those of these persons. */
    public void delete(Collection<Long> personIds) {
        if (personIds == null) {
            ctx.execute("DELETE FROM schedule_cache_item");
            return;
        }
        for (List<Long> chunk : RecordsById.chunks(personIds)) {
            ctx.execute("DELETE FROM schedule_cache_item WHERE person_id IN " + in(chunk));
        }
    }

    public void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        ctx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO schedule_cache_item"
                    + " (item_key, person_id, case_id, due_from, due_to, source, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Row r : rows) {
                    ps.setString(1, r.key());
                    ps.setLong(2, r.personId());
                    ps.setObject(3, r.caseId());
                    ps.setDate(4, Date.valueOf(r.dueFrom()));
                    ps.setDate(5, Date.valueOf(r.dueTo()));
                    ps.setString(6, r.source());
                    ps.setString(7, r.payload());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Stored items whose date can fall in the range (from null: no lower bound), and every
     * item that has a user-entered date (that date may move it into the range).
     */
    public List<Row> inRange(LocalDate from, LocalDate to) {
        Map<String, Row> out = new LinkedHashMap<>();
        String cols = "c.item_key, c.person_id, c.case_id, c.due_from, c.due_to, c.source, c.payload";
        if (from == null) {
            ctx.resultQuery("SELECT " + cols + " FROM schedule_cache_item c WHERE c.due_from <= ?", Date.valueOf(to))
                    .forEach(r -> put(out, r));
        } else {
            ctx.resultQuery("SELECT " + cols + " FROM schedule_cache_item c WHERE c.due_to >= ? AND c.due_from <= ?",
                    Date.valueOf(from), Date.valueOf(to)).forEach(r -> put(out, r));
        }
        // the few keys first: a join let H2 walk every stored item
        List<String> entered = ctx.resultQuery("SELECT item_key FROM schedule_item_state WHERE override_date IS NOT NULL")
                .fetch(r -> r.get(0, String.class)).stream().filter(k -> !out.containsKey(k)).toList();
        for (int i = 0; i < entered.size(); i += CHUNK) {
            List<String> chunk = entered.subList(i, Math.min(entered.size(), i + CHUNK));
            ctx.resultQuery("SELECT " + cols + " FROM schedule_cache_item c WHERE c.item_key IN ("
                    + String.join(", ", chunk.stream().map(x -> "?").toList()) + ")", chunk.toArray()).forEach(r -> put(out, r));
        }
        return new ArrayList<>(out.values());
    }

    public long count() {
        Long n = value(Long.class, "SELECT COUNT(*) FROM schedule_cache_item");
        return n == null ? 0 : n;
    }

    private static void put(Map<String, Row> out, Record r) {
        String key = r.get(0, String.class);
        out.putIfAbsent(key, new Row(key, r.get(1, Long.class), r.get(2, Long.class), r.get(3, LocalDate.class),
                r.get(4, LocalDate.class), r.get(5, String.class), r.get(6, String.class)));
    }

    private <T> T value(Class<T> type, String sql, Object... binds) {
        Record r = ctx.fetchOne(sql, binds);
        return r == null ? null : r.get(0, type);
    }

    private void collect(Set<Long> out, String sql) {
        ctx.resultQuery(sql).forEach(r -> {
            Long v = r.get(0, Long.class);
            if (v != null) {
                out.add(v);
            }
        });
    }

    private static String in(List<Long> ids) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ids.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(ids.get(i).longValue());
        }
        return sb.append(')').toString();
    }
}
