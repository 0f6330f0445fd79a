package org.casetrack.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import org.casetrack.model.Appeal;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.ItemKind;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.UserDeadline;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Charge;
import org.casetrack.model.Coded;
import org.casetrack.model.Event;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.Finding;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.store.ScheduleStore;
import org.casetrack.store.SettingsStore;
import org.jooq.DSLContext;

/**
 * Writes a {@code casetrack.data/1} data set into a database in one transaction. Persons
 * already known under any spelling are reused (their new spellings kept); documents already
 * present (same content hash) mean the data set was loaded before, and then nothing changes.
 */
public final class DataSetLoader {

    /** What a load did. {@code alreadyLoaded} means nothing was written. */
    public record Result(boolean alreadyLoaded, int documents, int newPersons, int matchedPersons, int cases,
                         int sentences, int appeals, int rulings, int events) {
    }

    private final Database db;

    public DataSetLoader(Database db) {
        this.db = db;
    }

    public Result load(DataSet data) {
        validate(data);
        return db.write(ctx -> new Run(ctx, db.userName(), data).load());
    }

    /** A document's identity: its content hash, or for a cited-only document a hash of its description. */
    public static String documentHash(DataSet.Document d) {
        if (d.contentHash() != null && !d.contentHash().isBlank()) {
            return d.contentHash();
        }
        return sha256("casetrack.data/1 document\n" + d.title() + "\n" + d.publisher() + "\n" + d.periodYear() + "\n" + d.url());
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks every reference, code and date before anything is written. */
    static void validate(DataSet d) {
        Map<String, Boolean> docs = new HashMap<>();
        Map<String, Boolean> persons = new HashMap<>();
        Map<String, Boolean> cases = new HashMap<>();
        for (int i = 0; i < d.documents().size(); i++) {
            var doc = d.documents().get(i);
            require(doc.key() != null && doc.title() != null, "documents[" + i + "] needs a key and a title");
            require(docs.put(doc.key(), true) == null, "documents[" + i + "]: the key '" + doc.key() + "' is used twice");
        }
        for (int i = 0; i < d.persons().size(); i++) {
            var p = d.persons().get(i);
            String at = "persons[" + i + "]";
            require(p.key() != null && p.name() != null && !p.name().isBlank(), at + " needs a key and a name");
            require(persons.put(p.key(), true) == null, at + ": the key '" + p.key() + "' is used twice");
            require(p.key().length() <= 200, at + ": a key is at most 200 characters");
            code(PersonStatus.class, p.status(), at);
            code(Sex.class, p.sex(), at);
            if (p.roles() != null) {
                p.roles().forEach(r -> code(PersonRole.class, r, at));
            }
            if (p.names() != null) {
                p.names().forEach(n -> code(NameKind.class, n.kind(), at));
            }
            sources(p.sources(), docs, at);
        }
        for (int i = 0; i < d.cases().size(); i++) {
            var c = d.cases().get(i);
            String at = "cases[" + i + "]";
            require(c.key() != null && c.title() != null, at + " needs a key and a title");
            require(cases.put(c.key(), true) == null, at + ": the key '" + c.key() + "' is used twice");
            require(c.key().length() <= 200, at + ": a key is at most 200 characters");
            code(CaseStatus.class, c.status(), at);
            if (c.parties() != null) {
                c.parties().forEach(p -> {
                    ref(persons, p.person(), at, "person");
                    code(PartyRole.class, p.role(), at);
                });
            }
            if (c.charges() != null) {
                c.charges().forEach(ch -> {
                    if (ch.person() != null) {
                        ref(persons, ch.person(), at, "person");
                    }
                });
            }
            sources(c.sources(), docs, at);
        }
        for (int i = 0; i < d.sentences().size(); i++) {
            var s = d.sentences().get(i);
            String at = "sentences[" + i + "]";
            ref(persons, s.person(), at, "person");
            optionalRef(cases, s.caseKey(), at);
            require(s.kind() != null, at + " needs a kind");
            code(SentenceKind.class, s.kind(), at);
            term(s.term(), at);
            date(s.imposed(), at);
            date(s.start(), at);
            sources(s.sources(), docs, at);
        }
        for (int i = 0; i < d.appeals().size(); i++) {
            var a = d.appeals().get(i);
            String at = "appeals[" + i + "]";
            require(a.persons() != null && !a.persons().isEmpty(), at + " needs at least one person");
            a.persons().forEach(p -> ref(persons, p, at, "person"));
            optionalRef(cases, a.caseKey(), at);
            code(AppealLevel.class, a.level(), at);
            code(AppealOutcome.class, a.outcome(), at);
            date(a.filed(), at);
            date(a.hearing(), at);
            date(a.decision(), at);
            sources(a.sources(), docs, at);
        }
        for (int i = 0; i < d.unRulings().size(); i++) {
            var r = d.unRulings().get(i);
            String at = "un_rulings[" + i + "]";
            ref(persons, r.person(), at, "person");
            optionalRef(cases, r.caseKey(), at);
            require(r.body() != null, at + " needs a body");
            code(UnBody.class, r.body(), at);
            code(Finding.class, r.finding(), at);
            date(r.adopted(), at);
            sources(r.sources(), docs, at);
        }
        for (int i = 0; i < d.events().size(); i++) {
            var e = d.events().get(i);
            String at = "events[" + i + "]";
            require(e.type() != null && e.summary() != null && !e.summary().isBlank(), at + " needs a type and a summary");
            code(EventType.class, e.type(), at);
            if (e.persons() != null) {
                e.persons().forEach(p -> ref(persons, p, at, "person"));
            }
            optionalRef(cases, e.caseKey(), at);
            date(e.date(), at);
            sources(e.sources(), docs, at);
        }
        validateSchedule(d, persons, cases);
        validateDesignations(d, persons, docs);
    }

    private static void validateDesignations(DataSet d, Map<String, Boolean> persons, Map<String, Boolean> docs) {
        for (int i = 0; i < d.designations().size(); i++) {
            var g = d.designations().get(i);
            String at = "designations[" + i + "]";
            ref(persons, g.person(), at, "person");
            require(g.designatedBy() != null && !g.designatedBy().isBlank(), at + " needs designated_by (who made the designation)");
            require(g.designatedBy().length() <= 300, at + ": designated_by is at most 300 characters");
            code(DesignationKind.class, g.kind(), at);
            date(g.date(), at);
            if (g.source() != null) {
                var src = g.source();
                if (src.document() != null) {
                    ref(docs, src.document(), at, "document");
                }
                require(src.start() == null || src.end() == null || src.start() <= src.end(), at + ": a source span ends before it starts");
            }
        }
        for (int i = 0; i < d.settings().size(); i++) {
            var st = d.settings().get(i);
            require(st.key() != null && !st.key().isBlank() && st.key().length() <= 100,
                    "settings[" + i + "] needs a key of at most 100 characters");
        }
    }

    private static void validateSchedule(DataSet d, Map<String, Boolean> persons, Map<String, Boolean> cases) {
        for (int i = 0; i < d.userDeadlines().size(); i++) {
            var u = d.userDeadlines().get(i);
            String at = "user_deadlines[" + i + "]";
            require(u.title() != null && !u.title().isBlank() && u.due() != null, at + " needs a title and a due date");
            if (u.person() != null) {
                ref(persons, u.person(), at, "person");
            }
            optionalRef(cases, u.caseKey(), at);
            code(ItemKind.class, u.kind(), at);
            try {
                LocalDate.parse(u.due());
            } catch (RuntimeException e) {
                throw new DataSetException(at + ": the due date must be YYYY-MM-DD.");
            }
        }
        for (int i = 0; i < d.deadlineRules().size(); i++) {
            var r = d.deadlineRules().get(i);
            String at = "deadline_rules[" + i + "]";
            require(r.id() != null && r.trigger() != null && r.period() != null && r.kind() != null && r.basis() != null,
                    at + " needs an id, a trigger, a period, a kind and a legal basis");
            code(DeadlineTrigger.class, r.trigger(), at);
            code(ItemKind.class, r.kind(), at);
            term(r.period(), at);
            String problem = org.casetrack.schedule.DeadlineRules.problem(rule(r));
            require(problem == null, at + ": " + (problem == null ? "" : problem.replaceAll("\\.$", "")));
        }
        for (int i = 0; i < d.scheduleStates().size(); i++) {
            var st = d.scheduleStates().get(i);
            String at = "schedule_states[" + i + "]";
            require(st.itemKey() != null && !st.itemKey().isBlank(), at + " needs an item key");
            code(ItemStatus.class, st.status(), at);
            try {
                if (st.overrideDate() != null) {
                    LocalDate.parse(st.overrideDate());
                }
            } catch (RuntimeException e) {
                throw new DataSetException(at + ": the date must be YYYY-MM-DD.");
            }
        }
    }

    private static DeadlineRule rule(DataSet.DeadlineRuleEntry r) {
        try {
            return new DeadlineRule(r.id(), r.jurisdiction(), r.proceeding(), Coded.parse(DeadlineTrigger.class, r.trigger()),
                    r.appliesTo() == null ? Set.of() : Set.copyOf(r.appliesTo()), Term.parse(r.period()),
                    Coded.parse(ItemKind.class, r.kind()), r.label(), r.citation(), r.basis(), r.caveat(), !Boolean.FALSE.equals(r.enabled()));
        } catch (IllegalArgumentException e) {
            throw new DataSetException("deadline rule " + r.id() + ": " + e.getMessage() + ".");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new DataSetException(message + ".");
        }
    }

    private static void ref(Map<String, Boolean> keys, String key, String at, String what) {
        require(key != null && keys.containsKey(key), at + ": no " + what + " with key '" + key + "'");
    }

    private static void optionalRef(Map<String, Boolean> cases, String key, String at) {
        if (key != null) {
            ref(cases, key, at, "case");
        }
    }

    private static void sources(List<DataSet.Source> sources, Map<String, Boolean> docs, String at) {
        if (sources != null) {
            for (var s : sources) {
                ref(docs, s.document(), at, "document");
                require(s.start() == null || s.end() == null || s.start() <= s.end(), at + ": a source span ends before it starts");
            }
        }
    }

    private static <E extends Enum<E> & Coded> void code(Class<E> type, String code, String at) {
        if (code != null) {
            try {
                Coded.parse(type, code);
            } catch (IllegalArgumentException e) {
                throw new DataSetException(at + ": " + e.getMessage() + ".");
            }
        }
    }

    private static void date(String iso, String at) {
        try {
            PartialDate.parseNullable(iso);
        } catch (IllegalArgumentException e) {
            throw new DataSetException(at + ": " + e.getMessage() + ".");
        }
    }

    private static void term(String iso, String at) {
        try {
            Term.parseNullable(iso);
        } catch (IllegalArgumentException e) {
            throw new DataSetException(at + ": " + e.getMessage() + ".");
        }
    }

    /**
     * One load inside one transaction. Every row is looked up before it is written: persons
     * and cases by their key (docs/decisions/0055-identity-from-keys.md), documents by content
     * hash or, cited without text, by title, publisher and year; facts by what they say about
     * the same persons. A row already present only gains the sources it lacked, so loading the
     * same data again, or an older export after a report import, adds nothing.
     */
    private static final class Run {
        private final DSLContext ctx;
        private final String user;
        private final DataSet data;
        private final PersonStore persons;
        private final CaseStore cases;
        private final FactStore facts;
        private final DocumentStore documents;
        private final Map<String, Long> docIds = new HashMap<>();
        private final Map<String, Long> personIds = new HashMap<>();
        private final Map<String, Long> caseIds = new HashMap<>();
        private final Map<String, List<Long>> newIds = new HashMap<>();
        /** Rows this load inserted or matched: the rows of one file are distinct, so each stored row answers one entry. */
        private final Set<String> taken = new java.util.HashSet<>();
        private List<Event> storedEvents;
        private int newDocuments;
        private int newPersons;
        private int matchedPersons;
        private int newCases;
        private int changes;

        Run(DSLContext ctx, String user, DataSet data) {
            this.ctx = ctx;
            this.user = user;
            this.data = data;
            this.persons = new PersonStore(ctx);
            this.cases = new CaseStore(ctx);
            this.facts = new FactStore(ctx);
            this.documents = new DocumentStore(ctx);
        }

        Result load() {
            for (var d : data.documents()) {
                docIds.put(d.key(), document(d));
            }
            data.persons().forEach(this::person);
            data.cases().forEach(this::caseFile);
            int s = 0, a = 0, u = 0, e = 0;
            for (var x : data.sentences()) {
                s += sentence(x) ? 1 : 0;
            }
            for (var x : data.appeals()) {
                a += appeal(x) ? 1 : 0;
            }
            for (var x : data.unRulings()) {
                u += ruling(x) ? 1 : 0;
            }
            for (var x : data.events()) {
                e += event(x) ? 1 : 0;
            }
            schedule();
            designations();
            settings();
            boolean nothing = newDocuments + newPersons + newCases + s + a + u + e + changes == 0;
            return new Result(nothing, newDocuments, newPersons, matchedPersons, newCases, s, a, u, e);
        }

        private long document(DataSet.Document d) {
            String hash = documentHash(d);
            Optional<SourceDocument> known = documents.findByHash(hash);
            if (known.isEmpty() && d.text() == null) { // cited only: a report import may have given it its text (and hash)
                known = documents.list().stream().filter(x -> Objects.equals(x.title(), d.title())
                        && Objects.equals(x.publisher(), d.publisher()) && Objects.equals(x.periodYear(), d.periodYear())
                        && Objects.equals(x.url(), d.url())).findFirst();
            }
            if (known.isPresent()) {
                return known.get().id();
            }
            newDocuments++;
            return documents.insert(new SourceDocument(null, d.title(), d.publisher(), d.country(), d.periodYear(),
                    d.format() == null ? "text" : d.format(), hash, d.fileName(), d.url(), d.text()));
        }

        private boolean sentence(DataSet.SentenceEntry x) {
            Sentence s = new Sentence(null, personIds.get(x.person()), caseId(x.caseKey()),
                    Coded.parse(SentenceKind.class, x.kind()), Term.parseNullable(x.term()), x.fineAmount(), x.fineCurrency(),
                    PartialDate.parseNullable(x.imposed()), x.court(), PartialDate.parseNullable(x.start()), x.pretrialDays(),
                    x.notes(), Boolean.TRUE.equals(x.confidential()));
            Optional<Sentence> known = facts.sentencesOf(s.personId()).stream().filter(k -> free("sentence", k.id()) && k.kind() == s.kind()
                    && Objects.equals(k.term(), s.term()) && sameAmount(k.fineAmount(), s.fineAmount())
                    && compatible(k.imposed(), s.imposed()) && compatible(k.start(), s.start())).findFirst();
            long id = known.isPresent() ? known.get().id() : facts.insertSentence(s);
            cite(FactType.SENTENCE, id, x.sources());
            taken.add("sentence:" + id);
            newIds.computeIfAbsent("sentence", k -> new ArrayList<>()).add(id);
            return known.isEmpty();
        }

        private boolean appeal(DataSet.AppealEntry x) {
            Appeal a = new Appeal(null, x.persons().stream().map(personIds::get).distinct().toList(), caseId(x.caseKey()),
                    null, Coded.parseOr(AppealLevel.class, x.level(), AppealLevel.APPEAL), x.court(),
                    PartialDate.parseNullable(x.filed()), PartialDate.parseNullable(x.hearing()),
                    PartialDate.parseNullable(x.decision()), Coded.parseOr(AppealOutcome.class, x.outcome(), AppealOutcome.UNKNOWN),
                    x.notes(), Boolean.TRUE.equals(x.confidential()));
            Optional<Appeal> known = facts.appealsOf(a.personIds().get(0)).stream().filter(k -> free("appeal", k.id()) && k.level() == a.level()
                    && Set.copyOf(k.personIds()).equals(Set.copyOf(a.personIds()))
                    && (k.outcome() == a.outcome() || k.outcome() == AppealOutcome.UNKNOWN || a.outcome() == AppealOutcome.UNKNOWN)
                    && compatible(k.filed(), a.filed()) && compatible(k.decision(), a.decision())).findFirst();
            long id = known.isPresent() ? known.get().id() : facts.insertAppeal(a);
            cite(FactType.APPEAL, id, x.sources());
            taken.add("appeal:" + id);
            newIds.computeIfAbsent("appeal", k -> new ArrayList<>()).add(id);
            return known.isEmpty();
        }

        private boolean ruling(DataSet.RulingEntry x) {
            UnRuling r = new UnRuling(null, personIds.get(x.person()), caseId(x.caseKey()),
                    Coded.parse(UnBody.class, x.body()), x.communicationNumber(), PartialDate.parseNullable(x.adopted()),
                    Coded.parseOr(Finding.class, x.finding(), Finding.UNKNOWN), x.articles(), x.followUpStatus(), x.notes(),
                    Boolean.TRUE.equals(x.confidential()));
            Optional<UnRuling> known = facts.rulingsOf(r.personId()).stream().filter(k -> free("un_ruling", k.id()) && k.body() == r.body()
                    && (k.communicationNumber() == null || r.communicationNumber() == null
                        || k.communicationNumber().equals(r.communicationNumber()))
                    && compatible(k.adopted(), r.adopted())).findFirst();
            long id = known.isPresent() ? known.get().id() : facts.insertRuling(r);
            cite(FactType.UN_RULING, id, x.sources());
            taken.add("un_ruling:" + id);
            newIds.computeIfAbsent("un_ruling", k -> new ArrayList<>()).add(id);
            return known.isEmpty();
        }

        private boolean event(DataSet.EventEntry x) {
            Event ev = new Event(null, Coded.parse(EventType.class, x.type()), PartialDate.parseNullable(x.date()),
                    x.place(), x.country(), x.summary(),
                    x.persons() == null ? List.of() : x.persons().stream().map(personIds::get).distinct().toList(), caseId(x.caseKey()),
                    Boolean.TRUE.equals(x.confidential()));
            List<Event> candidates = ev.personIds().isEmpty()
                    ? (ev.caseId() == null ? storedEvents() : facts.eventsInCase(ev.caseId()))
                    : facts.eventsOf(ev.personIds().get(0));
            Optional<Event> known = candidates.stream().filter(k -> free("event", k.id()) && k.type() == ev.type()
                    && Objects.equals(k.date(), ev.date()) && Set.copyOf(k.personIds()).equals(Set.copyOf(ev.personIds()))
                    && k.summary().equals(ev.summary().strip())).findFirst();
            long id = known.isPresent() ? known.get().id() : facts.insertEvent(ev);
            cite(FactType.EVENT, id, x.sources());
            taken.add("event:" + id);
            newIds.computeIfAbsent("event", k -> new ArrayList<>()).add(id);
            return known.isEmpty();
        }

        /** Designations, each once per person, kind, body, list and date (loading the same file again adds none). */
        private void designations() {
            DesignationStore store = new DesignationStore(ctx);
            for (var x : data.designations()) {
                long pid = personIds.get(x.person());
                var src = x.source();
                Designation d = new Designation(null, pid, Coded.parseOr(DesignationKind.class, x.kind(), DesignationKind.OTHER),
                        x.designatedBy(), x.list(), PartialDate.parseNullable(x.date()),
                        src == null || src.document() == null ? null : docIds.get(src.document()), src == null ? null : src.quote(),
                        x.url(), Boolean.TRUE.equals(x.confidential()), src == null ? null : src.start(), src == null ? null : src.end());
                boolean known = store.forPerson(pid).stream().anyMatch(k -> k.kind() == d.kind()
                        && k.designatedBy().equalsIgnoreCase(d.designatedBy()) && Objects.equals(k.date(), d.date())
                        && Objects.equals(k.listName(), d.listName()));
                if (!known) {
                    store.insert(d);
                    changes++;
                }
            }
        }

        /** Settings the database does not have yet (its own letterhead is never overwritten by a file). */
        private void settings() {
            SettingsStore store = new SettingsStore(ctx);
            for (var x : data.settings()) {
                if (x.value() != null && !x.value().isBlank() && store.get(x.key()).isEmpty()) {
                    store.put(x.key(), x.value());
                    changes++;
                }
            }
        }

        /** Entered dates, this database's rules, then decisions about items, re-linked to the ids found or given. */
        private void schedule() {
            ScheduleStore schedule = new ScheduleStore(ctx);
            List<UserDeadline> existing = schedule.userDeadlines();
            for (var u : data.userDeadlines()) {
                UserDeadline d = new UserDeadline(null, u.person() == null ? null : personIds.get(u.person()),
                        caseId(u.caseKey()), Coded.parseOr(ItemKind.class, u.kind(), ItemKind.OTHER), LocalDate.parse(u.due()),
                        u.title(), u.note());
                Long id = existing.stream().filter(k -> Objects.equals(k.personId(), d.personId()) && Objects.equals(k.caseId(), d.caseId())
                        && k.kind() == d.kind() && k.due().equals(d.due()) && k.title().equals(d.title())).map(UserDeadline::id)
                        .findFirst().orElse(null);
                if (id == null) {
                    id = schedule.insertUserDeadline(d);
                    changes++;
                }
                newIds.computeIfAbsent("user", k -> new ArrayList<>()).add(id);
            }
            Map<String, DeadlineRule> rules = new HashMap<>();
            schedule.rules().forEach(r -> rules.put(r.id(), r));
            for (var r : data.deadlineRules()) {
                DeadlineRule rule = rule(r);
                if (!rule.equals(rules.get(rule.id()))) {
                    schedule.saveRule(rule);
                    changes++;
                }
            }
            for (var st : data.scheduleStates()) {
                String key = ScheduleKeys.fromFile(st.itemKey(), newIds, personIds);
                if (key != null) {
                    ItemState state = new ItemState(key, Coded.parseOr(ItemStatus.class, st.status(), ItemStatus.OPEN),
                            st.overrideDate() == null ? null : LocalDate.parse(st.overrideDate()), st.note());
                    if (!state.equals(schedule.state(key).orElse(null))) {
                        schedule.saveState(state);
                        changes++;
                    }
                }
            }
        }

        private Long caseId(String key) {
            return key == null ? null : caseIds.get(key);
        }

        private void person(DataSet.PersonEntry p) {
            Optional<Long> known = persons.idForKey(p.key());
            if (known.isEmpty()) {
                known = unkeyedNamesake(p);
                known.ifPresent(id -> {
                    persons.setKey(id, p.key());
                    RowVersions.bump(ctx, user, "person", id); // every write moves the version (0088), even one no form shows
                });
            }
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            if (p.roles() != null) {
                p.roles().forEach(r -> roles.add(Coded.parse(PersonRole.class, r)));
            }
            long id;
            if (known.isPresent()) {
                id = known.get();
                matchedPersons++;
                if (!persons.roles(id).containsAll(roles)) {
                    persons.addRoles(id, roles);
                    RowVersions.bump(ctx, user, "person", id); // a form opened before this load must not overwrite it
                    changes++;
                }
                Person old = persons.get(id).orElseThrow();
                if (old.status() == PersonStatus.UNKNOWN && p.status() != null
                        && Coded.parse(PersonStatus.class, p.status()) != PersonStatus.UNKNOWN) {
                    persons.update(new Person(old.id(), old.displayName(), or(old.givenName(), p.givenName()),
                            or(old.familyName(), p.familyName()), old.sex(), old.birthYear(), persons.roles(id),
                            Coded.parse(PersonStatus.class, p.status()), or(old.placeOfDetention(), p.placeOfDetention()),
                            or(old.country(), p.country()), or(old.notes(), p.notes()), old.confidential()));
                    RowVersions.bump(ctx, user, "person", id);
                    changes++;
                }
            } else {
                newPersons++;
                id = persons.insert(new Person(null, p.name(), p.givenName(), p.familyName(),
                        Coded.parseOr(Sex.class, p.sex(), Sex.UNKNOWN), p.birthYear(), roles,
                        Coded.parseOr(PersonStatus.class, p.status(), PersonStatus.UNKNOWN), p.placeOfDetention(), p.country(),
                        p.notes(), Boolean.TRUE.equals(p.confidential())));
                persons.setKey(id, p.key());
            }
            changes += persons.addName(id, p.name(), NameKind.VARIANT) ? 1 : 0;
            if (p.names() != null) {
                for (var n : p.names()) {
                    changes += persons.addName(id, n.name(), Coded.parseOr(NameKind.class, n.kind(), NameKind.VARIANT)) ? 1 : 0;
                }
            }
            personIds.put(p.key(), id);
            cite(FactType.PERSON, id, p.sources());
        }

        /**
         * A person no data file has named yet (imported from a report, entered by hand) whose
         * name is this entry's: the entry adopts them. A person already carrying another key
         * is someone else, however alike the names fold.
         */
        private Optional<Long> unkeyedNamesake(DataSet.PersonEntry p) {
            Set<Long> keyed = persons.keys().keySet();
            Map<Long, List<org.casetrack.model.PersonName>> names = new HashMap<>(persons.allNames());
            names.keySet().removeAll(keyed);
            if (names.isEmpty()) {
                return Optional.empty();
            }
            PersonFinder finder = new PersonFinder(names);
            List<String> spellings = new ArrayList<>();
            spellings.add(p.name());
            if (p.names() != null) {
                p.names().forEach(n -> spellings.add(n.name()));
            }
            for (String s : spellings) {
                Optional<NameMatch> m = finder.resolve(s);
                if (m.isPresent() && m.get().kind().identifies()) {
                    return Optional.of(m.get().personId());
                }
            }
            return Optional.empty();
        }

        private void caseFile(DataSet.CaseEntry c) {
            Optional<Long> known = cases.idForKey(c.key());
            if (known.isEmpty()) { // a case a report import opened, not yet named by a data file
                Set<Long> keyed = cases.keys().keySet();
                known = cases.list().stream().filter(k -> !keyed.contains(k.id()) && k.title().equals(c.title())
                        && Objects.equals(k.country(), c.country())).map(CaseFile::id).findFirst();
                known.ifPresent(id -> {
                    cases.setKey(id, c.key());
                    RowVersions.bump(ctx, user, "case_file", id);
                });
            }
            long id;
            if (known.isPresent()) {
                id = known.get();
            } else {
                id = cases.insert(new CaseFile(null, c.title(), c.country(), c.jurisdiction(), c.caseNumber(),
                        Coded.parseOr(CaseStatus.class, c.status(), CaseStatus.OPEN), c.summary(), Boolean.TRUE.equals(c.confidential())));
                cases.setKey(id, c.key());
                newCases++;
            }
            caseIds.put(c.key(), id);
            if (c.parties() != null) {
                for (var p : c.parties()) {
                    PartyRole role = Coded.parseOr(PartyRole.class, p.role(), PartyRole.DEFENDANT);
                    long pid = personIds.get(p.person());
                    if (cases.parties(id).stream().noneMatch(x -> x.personId() == pid && x.role() == role)) {
                        cases.addParty(id, pid, role);
                        changes++;
                    }
                }
            }
            if (c.charges() != null) {
                List<Charge> knownCharges = cases.charges(id);
                for (var ch : c.charges()) {
                    Long pid = ch.person() == null ? null : personIds.get(ch.person());
                    if (knownCharges.stream().noneMatch(k -> Objects.equals(k.personId(), pid) && Objects.equals(k.article(), ch.article())
                            && Objects.equals(k.description(), ch.description()))) {
                        cases.insertCharge(new Charge(null, id, pid, ch.article(), ch.description()));
                        changes++;
                    }
                }
            }
            cite(FactType.CASE_FILE, id, c.sources());
        }

        /** Adds the sources a row does not cite yet. */
        private void cite(FactType type, long id, List<DataSet.Source> sources) {
            if (sources == null || sources.isEmpty()) {
                return;
            }
            List<Evidence> known = documents.evidenceFor(type, id);
            for (var s : sources) {
                Evidence e = new Evidence(null, docIds.get(s.document()), type.code(), id, s.start(), s.end(), s.quote(), s.note());
                boolean present = known.stream().anyMatch(k -> k.documentId() == e.documentId()
                        && Objects.equals(k.startOffset(), e.startOffset()) && Objects.equals(k.endOffset(), e.endOffset())
                        && Objects.equals(k.quote(), e.quote()) && Objects.equals(k.note(), e.note()));
                if (!present) {
                    documents.addEvidence(e);
                    changes++;
                }
            }
        }

        /** The events stored before this load (read once: rows this load adds are never matched anyway). */
        private List<Event> storedEvents() {
            if (storedEvents == null) {
                storedEvents = facts.allEvents();
            }
            return storedEvents;
        }

        private boolean free(String table, long id) {
            return !taken.contains(table + ":" + id);
        }

        private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }

        /** Two dates may denote the same day: either unknown, or their spans overlap. */
        private static boolean compatible(PartialDate a, PartialDate b) {
            return a == null || b == null || a.overlaps(b.earliest(), b.latest());
        }

        private static String or(String a, String b) {
            return a != null && !a.isBlank() ? a : b;
        }
    }
}
