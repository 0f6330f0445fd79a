package org.casetrack.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.Event;
import org.casetrack.model.ItemKind;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.Person;
import org.casetrack.model.Sentence;
import org.casetrack.model.UnRuling;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.FactStore;
import org.casetrack.store.RecordsById;
import org.casetrack.store.ScheduleCacheStore;
import org.casetrack.store.ScheduleCacheStore.AuditRow;
import org.casetrack.store.ScheduleCacheStore.Row;
import org.casetrack.store.ScheduleStore;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored schedule (docs/decisions/0115-stored-schedule.md): the items of every person,
 * computed by the unchanged {@link DeadlineEngine} without user state and kept in
 * schedule_cache_item. Before each read it is brought up to date in the reading transaction:
 * the audit rows written since its watermark name the persons whose items may have changed,
 * and only those persons are recomputed. Changed rules or a new engine version rebuild it.
 */
final class ScheduleCache {

    /** Raise when the engine or the stored text changes: every stored schedule is then rebuilt once. */
    static final String ENGINE_VERSION = "1";

    /** More persons than this to recompute: a full rebuild is about as fast. */
    static final int MAX_PERSONS = 2000;

    /** More audit rows than this to read: rebuild instead. */
    static final long MAX_AUDIT_ROWS = 200_000;

    /** The tables whose rows the engine reads, directly or through the persons and cases it names. */
    static final List<String> FACT_TABLES = List.of("person", "person_name", "person_role", "case_file", "case_party", "sentence",
            "appeal", "appeal_party", "un_ruling", "user_deadline", "event", "event_person");

    private static final int INSERT_BATCH = 2000;

    /** What a refresh did, for tests and the bench notes. */
    record Refresh(String what, int persons, long watermark, boolean settled) {
    }

    private final DSLContext ctx;
    private final DeadlineRules rules;
    private final ScheduleCacheStore store;
    private Refresh last;

    ScheduleCache(DSLContext ctx, DeadlineRules rules) {
        this.ctx = ctx;
        this.rules = rules;
        this.store = new ScheduleCacheStore(ctx);
    }

    Refresh lastRefresh() {
        return last;
    }

    /** What {@code Upcoming.select(items(), asOf, days, overdueDays)} gives, read from the stored schedule. */
    List<ScheduleItem> upcoming(LocalDate asOf, int days, int overdueDays) {
        long t0 = System.nanoTime();
        refresh();
        long t1 = System.nanoTime();
        LocalDate from = overdueDays == Integer.MAX_VALUE ? null : asOf.minusDays(overdueDays);
        LocalDate to = asOf.plusDays(days);
        Map<String, ItemState> states = new ScheduleStore(ctx).states();
        List<ScheduleItem> items = new ArrayList<>();
        for (Row r : store.inRange(from, to)) {
            items.add(DeadlineEngine.applyState(fromPayload(r.payload()), states.get(r.key())));
        }
        // the items of no person are not stored: a few user items, computed here
        for (ScheduleItem i : computeWithoutPerson()) {
            items.add(DeadlineEngine.applyState(i, states.get(i.key())));
        }
        List<ScheduleItem> out = Upcoming.select(items, asOf, days, overdueDays);
        timing = String.format("refresh %d ms, read %d ms (%d stored items read)", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000, items.size());
        return out;
    }

    private String timing = "";

    /** How long the last {@link #upcoming} spent refreshing and reading; for the bench notes. */
    String timing() {
        return timing;
    }

    /** Brings the stored items up to date with the audit log; call inside the reading transaction. */
    Refresh refresh() {
        ScheduleCacheStore.Meta meta = store.lockMeta();
        String fingerprint = fingerprint(rules);
        ScheduleCacheStore.Settled max = store.maxAuditId();
        if (!meta.built() || !fingerprint.equals(meta.fingerprint())) {
            return last = rebuild(max, fingerprint, meta.built() ? "rules or engine changed" : "not built");
        }
        long watermark = meta.watermark();
        if (max.maxId() <= watermark) {
            return last = new Refresh("current", 0, watermark, max.settled());
        }
        if (store.auditRowCount(watermark, max.maxId()) > MAX_AUDIT_ROWS) {
            return last = rebuild(max, fingerprint, "many changes");
        }
        Set<Long> persons = affectedPersons(watermark, max.maxId());
        if (persons.size() > MAX_PERSONS) {
            return last = rebuild(max, fingerprint, "many persons");
        }
        if (!persons.isEmpty()) {
            store.delete(persons);
            insert(computeFor(persons));
        }
        if (max.settled()) {
            store.saveMeta(max.maxId(), fingerprint);
        }
        return last = new Refresh("incremental", persons.size(), max.settled() ? max.maxId() : watermark, max.settled());
    }

    private Refresh rebuild(ScheduleCacheStore.Settled max, String fingerprint, String why) {
        ScheduleInputs all = ScheduleService.inputs(ctx, null, null);
        store.delete(null);
        // by persons, a few thousand at a time: all items at once are ~1 KB each, 100k+ of them
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        all.sentences().forEach(x -> ids.add(x.personId()));
        all.rulings().forEach(x -> ids.add(x.personId()));
        all.userDeadlines().stream().filter(x -> x.personId() != null).forEach(x -> ids.add(x.personId()));
        all.appeals().forEach(x -> ids.addAll(x.personIds()));
        all.events().forEach(x -> ids.addAll(x.personIds()));
        Pool pool = new Pool(all);
        List<Long> order = new ArrayList<>(ids);
        for (int i = 0; i < order.size(); i += MAX_PERSONS) {
            insert(pool.compute(new HashSet<>(order.subList(i, Math.min(order.size(), i + MAX_PERSONS)))));
        }
        // a transaction still open may hold an audit row below max: stay "not built" rather than miss it
        store.saveMeta(max.settled() ? max.maxId() : null, max.settled() ? fingerprint : null);
        return new Refresh("rebuild (" + why + ")", ids.size(), max.maxId(), max.settled());
    }

    /**
     * Facts indexed by person and case, so the items of a set of persons are computed from
     * exactly what a computation over all facts would use for them: their sentences, rulings,
     * users' items and events, the appeals they are party to and every appeal of the cases
     * involved (an appeal deadline looks at the case's other appeals).
     */
    private final class Pool {
        final ScheduleInputs all;
        final Map<Long, List<Sentence>> sentences = new java.util.HashMap<>();
        final Map<Long, List<UnRuling>> rulings = new java.util.HashMap<>();
        final Map<Long, List<UserDeadline>> users = new java.util.HashMap<>();
        final Map<Long, List<Appeal>> appealsOf = new java.util.HashMap<>();
        final Map<Long, List<Appeal>> appealsIn = new java.util.HashMap<>();
        final Map<Long, List<Event>> events = new java.util.HashMap<>();

        Pool(ScheduleInputs all) {
            this.all = all;
            all.sentences().forEach(x -> sentences.computeIfAbsent(x.personId(), k -> new ArrayList<>(2)).add(x));
            all.rulings().forEach(x -> rulings.computeIfAbsent(x.personId(), k -> new ArrayList<>(1)).add(x));
            all.userDeadlines().stream().filter(x -> x.personId() != null)
                    .forEach(x -> users.computeIfAbsent(x.personId(), k -> new ArrayList<>(1)).add(x));
            for (Appeal a : all.appeals()) {
                a.personIds().forEach(p -> appealsOf.computeIfAbsent(p, k -> new ArrayList<>(1)).add(a));
                if (a.caseId() != null) {
                    appealsIn.computeIfAbsent(a.caseId(), k -> new ArrayList<>(1)).add(a);
                }
            }
            all.events().forEach(e -> e.personIds().forEach(p -> events.computeIfAbsent(p, k -> new ArrayList<>(2)).add(e)));
        }

        List<ScheduleItem> compute(Set<Long> personIds) {
            List<Sentence> s = new ArrayList<>();
            List<UnRuling> r = new ArrayList<>();
            List<UserDeadline> u = new ArrayList<>();
            java.util.LinkedHashSet<Appeal> a = new java.util.LinkedHashSet<>();
            java.util.LinkedHashSet<Event> e = new java.util.LinkedHashSet<>();
            for (Long p : personIds) {
                s.addAll(sentences.getOrDefault(p, List.of()));
                r.addAll(rulings.getOrDefault(p, List.of()));
                u.addAll(users.getOrDefault(p, List.of()));
                a.addAll(appealsOf.getOrDefault(p, List.of()));
                e.addAll(events.getOrDefault(p, List.of()));
            }
            Set<Long> caseIds = new HashSet<>();
            s.forEach(x -> caseIds.add(x.caseId()));
            r.forEach(x -> caseIds.add(x.caseId()));
            u.forEach(x -> caseIds.add(x.caseId()));
            e.forEach(x -> caseIds.add(x.caseId()));
            a.forEach(x -> caseIds.add(x.caseId()));
            caseIds.remove(null);
            for (Long c : caseIds) {
                a.addAll(appealsIn.getOrDefault(c, List.of()));
            }
            Map<Long, Person> persons = new java.util.HashMap<>();
            for (Long p : personIds) {
                Person person = all.persons().get(p);
                if (person != null) {
                    persons.put(p, person);
                }
            }
            Map<Long, CaseFile> cases = new java.util.HashMap<>();
            for (Long c : caseIds) {
                CaseFile f = all.cases().get(c);
                if (f != null) {
                    cases.put(c, f);
                }
            }
            ScheduleInputs in = new ScheduleInputs(persons, cases, s, new ArrayList<>(a), r, new ArrayList<>(e), u, Map.of());
            return new DeadlineEngine(rules).compute(in).stream()
                    .filter(i -> i.personId() != null && personIds.contains(i.personId())).toList();
        }
    }

    private void insert(List<ScheduleItem> items) {
        List<Row> rows = new ArrayList<>(Math.min(items.size(), INSERT_BATCH));
        for (ScheduleItem i : items) {
            rows.add(new Row(i.key(), i.personId(), i.caseId(), i.due().from(), i.due().to(), i.source(), toPayload(i)));
            if (rows.size() == INSERT_BATCH) {
                store.insert(rows);
                rows.clear();
            }
        }
        store.insert(rows);
    }

    // ---- which persons a range of audit rows touched

    Set<Long> affectedPersons(long after, long upTo) {
        Set<Long> persons = new HashSet<>();
        Set<Long> cases = new HashSet<>();
        Set<Long> appeals = new HashSet<>();
        Set<Long> events = new HashSet<>();
        Set<String> sources = new HashSet<>();
        store.auditRows(after, upTo, FACT_TABLES, a -> {
            for (String json : new String[] {a.before(), a.after()}) {
                if (json == null) {
                    continue;
                }
                JsonNode row = JsonMapper.shared().readTree(json);
                switch (a.table()) {
                    case "person" -> add(persons, row, "id");
                    case "person_name", "person_role" -> add(persons, row, "person_id");
                    case "case_file" -> add(cases, row, "id");
                    case "case_party", "sentence", "un_ruling", "user_deadline" -> {
                        add(persons, row, "person_id");
                        add(cases, row, "case_id");
                    }
                    case "appeal" -> {
                        add(cases, row, "case_id");
                        add(appeals, row, "id");
                    }
                    case "appeal_party" -> {
                        add(persons, row, "person_id");
                        add(appeals, row, "appeal_id");
                    }
                    case "event" -> {
                        add(cases, row, "case_id");
                        add(events, row, "id");
                    }
                    case "event_person" -> {
                        add(persons, row, "person_id");
                        add(events, row, "event_id");
                    }
                    default -> {
                    }
                }
            }
            Long id = idOf(a);
            if (id != null && !a.table().startsWith("person") && !a.table().startsWith("case")) {
                sources.add(sourceName(a.table()) + "#" + id);
            }
        });
        appeals.forEach(id -> sources.add("appeal#" + id));
        events.forEach(id -> sources.add("event#" + id));
        cases.addAll(nonNull(store.appealCases(appeals).values()));
        cases.addAll(nonNull(store.eventCases(events).values()));
        persons.addAll(store.appealParties(appeals));
        persons.addAll(store.eventPersons(events));
        persons.addAll(store.personsInCases(cases));
        persons.addAll(store.personsOfSources(sources));
        persons.remove(null);
        return persons;
    }

    private static String sourceName(String table) {
        return switch (table) {
            case "appeal_party" -> "appeal";
            case "event_person" -> "event";
            default -> table;
        };
    }

    private static Long idOf(AuditRow a) {
        String json = a.after() != null ? a.after() : a.before();
        if (json == null) {
            return null;
        }
        JsonNode row = JsonMapper.shared().readTree(json);
        String field = switch (a.table()) {
            case "appeal_party" -> "appeal_id";
            case "event_person" -> "event_id";
            default -> "id";
        };
        JsonNode v = row.get(field);
        return v != null && v.isNumber() ? v.longValue() : null;
    }

    private static void add(Set<Long> out, JsonNode row, String field) {
        JsonNode v = row.get(field);
        if (v != null && v.isNumber()) {
            out.add(v.longValue());
        } else if (v != null && v.isString()) {
            try {
                out.add(Long.parseLong(v.asString().trim()));
            } catch (NumberFormatException e) {
                // not an id
            }
        }
    }

    private static Collection<Long> nonNull(Collection<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).toList();
    }

    // ---- computing a few persons' items

    /** The items of these persons, exactly as a computation over all facts gives them (see {@link Pool}). */
    List<ScheduleItem> computeFor(Set<Long> personIds) {
        FactStore facts = new FactStore(ctx);
        List<Sentence> sentences = facts.sentencesOfPersons(personIds);
        List<UnRuling> rulings = facts.rulingsOfPersons(personIds);
        List<UserDeadline> users = new ScheduleStore(ctx).userDeadlinesOf(personIds);
        List<Event> events = facts.scheduleEventsOfPersons(personIds);
        Set<Long> caseIds = new HashSet<>();
        sentences.forEach(s -> caseIds.add(s.caseId()));
        rulings.forEach(r -> caseIds.add(r.caseId()));
        users.forEach(u -> caseIds.add(u.caseId()));
        events.forEach(e -> caseIds.add(e.caseId()));
        List<Appeal> own = facts.appealsOfPersonsOrCases(personIds, List.of());
        own.forEach(a -> caseIds.add(a.caseId()));
        caseIds.remove(null);
        List<Appeal> appeals = facts.appealsOfPersonsOrCases(personIds, caseIds);
        Map<Long, Person> persons = RecordsById.persons(ctx, personIds);
        Map<Long, CaseFile> cases = RecordsById.cases(ctx, caseIds);
        return new Pool(new ScheduleInputs(persons, cases, sentences, appeals, rulings, events, users, Map.of())).compute(personIds);
    }

    private List<ScheduleItem> computeWithoutPerson() {
        List<UserDeadline> users = new ScheduleStore(ctx).userDeadlinesOf(null);
        if (users.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseFile> cases = RecordsById.cases(ctx, users.stream().map(UserDeadline::caseId).toList());
        return new DeadlineEngine(rules).compute(new ScheduleInputs(Map.of(), cases, List.of(), List.of(), List.of(), List.of(),
                users, Map.of()));
    }

    // ---- the stored text of an item

    static String toPayload(ScheduleItem i) {
        ObjectNode o = JsonMapper.shared().createObjectNode();
        o.put("kind", i.kind().name());
        o.put("person_id", i.personId());
        o.put("person", i.personName());
        o.put("case_id", i.caseId());
        o.put("case", i.caseTitle());
        o.put("country", i.country());
        o.put("from", i.due().from().toString());
        o.put("to", i.due().to().toString());
        o.put("title", i.title());
        o.put("computed", i.computed());
        o.put("rule", i.rule() == null ? null : i.rule().id());
        o.put("basis", i.basis());
        o.put("how", i.explanation());
        o.put("source", i.source());
        o.put("confidential", i.confidential());
        o.put("key", i.key());
        return o.toString();
    }

    ScheduleItem fromPayload(String payload) {
        JsonNode o = JsonMapper.shared().readTree(payload);
        String ruleId = text(o, "rule");
        DeadlineRule rule = ruleId == null ? null : rules.get(ruleId).orElseThrow(
                () -> new IllegalStateException("stored schedule names an unknown rule " + ruleId));
        return new ScheduleItem(text(o, "key"), ItemKind.valueOf(text(o, "kind")), number(o, "person_id"), text(o, "person"),
                number(o, "case_id"), text(o, "case"), text(o, "country"),
                new DueDate(LocalDate.parse(text(o, "from")), LocalDate.parse(text(o, "to"))), text(o, "title"),
                o.get("computed").booleanValue(), rule, text(o, "basis"), text(o, "how"), text(o, "source"), ItemStatus.OPEN, null,
                o.get("confidential").booleanValue());
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Long number(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.longValue();
    }

    // ---- what the stored items were computed with

    /** The effective rules, every field, in a stable order, with the engine version. */
    static String fingerprint(DeadlineRules rules) {
        StringBuilder sb = new StringBuilder("engine ").append(ENGINE_VERSION).append('\n');
        rules.all().stream().sorted(Comparator.comparing(DeadlineRule::id)).forEach(r -> {
            for (Object v : new Object[] {r.id(), r.jurisdiction(), r.proceeding(), r.trigger(),
                    String.join(",", r.appliesTo().stream().sorted().toList()), r.period().toIso(), r.kind(), r.label(),
                    r.citation(), r.basis(), r.caveat(), r.enabled()}) {
                sb.append(v == null ? "\u0000" : v.toString().replace("\u0001", "")).append('\u0001');
            }
            sb.append('\n');
        });
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "v" + ENGINE_VERSION + ":" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
