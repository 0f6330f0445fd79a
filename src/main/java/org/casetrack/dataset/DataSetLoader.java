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
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.ScheduleStore;
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
        return db.write(ctx -> new Run(ctx, data).load());
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

    /** One load inside one transaction. */
    private static final class Run {
        private final DSLContext ctx;
        private final DataSet data;
        private final PersonStore persons;
        private final CaseStore cases;
        private final FactStore facts;
        private final DocumentStore documents;
        private final Map<String, Long> docIds = new HashMap<>();
        private final Map<String, Long> personIds = new HashMap<>();
        private final Map<String, Long> caseIds = new HashMap<>();
        private final Map<String, List<Long>> newIds = new HashMap<>();
        private int newPersons;
        private int matchedPersons;

        Run(DSLContext ctx, DataSet data) {
            this.ctx = ctx;
            this.data = data;
            this.persons = new PersonStore(ctx);
            this.cases = new CaseStore(ctx);
            this.facts = new FactStore(ctx);
            this.documents = new DocumentStore(ctx);
        }

        Result load() {
            boolean anyNew = data.documents().isEmpty();
            for (var d : data.documents()) {
                Optional<SourceDocument> existing = documents.findByHash(documentHash(d));
                if (existing.isEmpty()) {
                    anyNew = true;
                }
            }
            if (!anyNew) {
                return new Result(true, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            for (var d : data.documents()) {
                String hash = documentHash(d);
                long id = documents.findByHash(hash).map(SourceDocument::id).orElseGet(() -> documents.insert(new SourceDocument(
                        null, d.title(), d.publisher(), d.country(), d.periodYear(), d.format() == null ? "text" : d.format(),
                        hash, d.fileName(), d.url(), d.text())));
                docIds.put(d.key(), id);
            }
            data.persons().forEach(this::person);
            data.cases().forEach(this::caseFile);
            for (var s : data.sentences()) {
                long id = facts.insertSentence(new Sentence(null, personIds.get(s.person()), caseId(s.caseKey()),
                        Coded.parse(SentenceKind.class, s.kind()), Term.parseNullable(s.term()), s.fineAmount(), s.fineCurrency(),
                        PartialDate.parseNullable(s.imposed()), s.court(), PartialDate.parseNullable(s.start()), s.pretrialDays(),
                        s.notes(), Boolean.TRUE.equals(s.confidential())));
                cite(FactType.SENTENCE, id, s.sources());
                newIds.computeIfAbsent("sentence", k -> new ArrayList<>()).add(id);
            }
            for (var a : data.appeals()) {
                long id = facts.insertAppeal(new Appeal(null, a.persons().stream().map(personIds::get).toList(), caseId(a.caseKey()),
                        null, Coded.parseOr(AppealLevel.class, a.level(), AppealLevel.APPEAL), a.court(),
                        PartialDate.parseNullable(a.filed()), PartialDate.parseNullable(a.hearing()),
                        PartialDate.parseNullable(a.decision()), Coded.parseOr(AppealOutcome.class, a.outcome(), AppealOutcome.UNKNOWN),
                        a.notes(), Boolean.TRUE.equals(a.confidential())));
                cite(FactType.APPEAL, id, a.sources());
                newIds.computeIfAbsent("appeal", k -> new ArrayList<>()).add(id);
            }
            for (var r : data.unRulings()) {
                long id = facts.insertRuling(new UnRuling(null, personIds.get(r.person()), caseId(r.caseKey()),
                        Coded.parse(UnBody.class, r.body()), r.communicationNumber(), PartialDate.parseNullable(r.adopted()),
                        Coded.parseOr(Finding.class, r.finding(), Finding.UNKNOWN), r.articles(), r.followUpStatus(), r.notes(),
                        Boolean.TRUE.equals(r.confidential())));
                cite(FactType.UN_RULING, id, r.sources());
                newIds.computeIfAbsent("un_ruling", k -> new ArrayList<>()).add(id);
            }
            for (var e : data.events()) {
                long id = facts.insertEvent(new Event(null, Coded.parse(EventType.class, e.type()), PartialDate.parseNullable(e.date()),
                        e.place(), e.country(), e.summary(),
                        e.persons() == null ? List.of() : e.persons().stream().map(personIds::get).toList(), caseId(e.caseKey()),
                        Boolean.TRUE.equals(e.confidential())));
                cite(FactType.EVENT, id, e.sources());
                newIds.computeIfAbsent("event", k -> new ArrayList<>()).add(id);
            }
            schedule();
            return new Result(false, data.documents().size(), newPersons, matchedPersons, data.cases().size(),
                    data.sentences().size(), data.appeals().size(), data.unRulings().size(), data.events().size());
        }

        /** Entered dates, this database's rules, then decisions about items, re-linked to the new ids. */
        private void schedule() {
            ScheduleStore schedule = new ScheduleStore(ctx);
            for (var u : data.userDeadlines()) {
                long id = schedule.insertUserDeadline(new UserDeadline(null, u.person() == null ? null : personIds.get(u.person()),
                        caseId(u.caseKey()), Coded.parseOr(ItemKind.class, u.kind(), ItemKind.OTHER), LocalDate.parse(u.due()),
                        u.title(), u.note()));
                newIds.computeIfAbsent("user", k -> new ArrayList<>()).add(id);
            }
            for (var r : data.deadlineRules()) {
                schedule.saveRule(new DeadlineRule(r.id(), r.jurisdiction(), r.proceeding(), Coded.parse(DeadlineTrigger.class, r.trigger()),
                        r.appliesTo() == null ? Set.of() : Set.copyOf(r.appliesTo()), Term.parse(r.period()),
                        Coded.parse(ItemKind.class, r.kind()), r.label(), r.citation(), r.basis(), r.caveat(), !Boolean.FALSE.equals(r.enabled())));
            }
            for (var st : data.scheduleStates()) {
                String key = ScheduleKeys.fromFile(st.itemKey(), newIds, personIds);
                if (key != null) {
                    schedule.saveState(new ItemState(key, Coded.parseOr(ItemStatus.class, st.status(), ItemStatus.OPEN),
                            st.overrideDate() == null ? null : LocalDate.parse(st.overrideDate()), st.note()));
                }
            }
        }

        private Long caseId(String key) {
            return key == null ? null : caseIds.get(key);
        }

        private void person(DataSet.PersonEntry p) {
            List<String> spellings = new ArrayList<>();
            spellings.add(p.name());
            if (p.names() != null) {
                p.names().forEach(n -> spellings.add(n.name()));
            }
            PersonFinder finder = new PersonFinder(persons.allNames());
            Optional<Long> known = Optional.empty();
            for (String s : spellings) {
                Optional<NameMatch> m = finder.resolve(s);
                if (m.isPresent() && m.get().kind().identifies()) {
                    known = Optional.of(m.get().personId());
                    break;
                }
            }
            Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            if (p.roles() != null) {
                p.roles().forEach(r -> roles.add(Coded.parse(PersonRole.class, r)));
            }
            long id;
            if (known.isPresent()) {
                id = known.get();
                matchedPersons++;
                persons.addRoles(id, roles);
                Person old = persons.get(id).orElseThrow();
                if (old.status() == PersonStatus.UNKNOWN && p.status() != null) {
                    persons.update(new Person(old.id(), old.displayName(), or(old.givenName(), p.givenName()),
                            or(old.familyName(), p.familyName()), old.sex(), old.birthYear(), persons.roles(id),
                            Coded.parse(PersonStatus.class, p.status()), or(old.placeOfDetention(), p.placeOfDetention()),
                            or(old.country(), p.country()), or(old.notes(), p.notes()), old.confidential()));
                }
            } else {
                newPersons++;
                id = persons.insert(new Person(null, p.name(), p.givenName(), p.familyName(),
                        Coded.parseOr(Sex.class, p.sex(), Sex.UNKNOWN), p.birthYear(), roles,
                        Coded.parseOr(PersonStatus.class, p.status(), PersonStatus.UNKNOWN), p.placeOfDetention(), p.country(),
                        p.notes(), Boolean.TRUE.equals(p.confidential())));
            }
            persons.addName(id, p.name(), NameKind.VARIANT);
            if (p.names() != null) {
                for (var n : p.names()) {
                    persons.addName(id, n.name(), Coded.parseOr(NameKind.class, n.kind(), NameKind.VARIANT));
                }
            }
            personIds.put(p.key(), id);
            cite(FactType.PERSON, id, p.sources());
        }

        private void caseFile(DataSet.CaseEntry c) {
            long id = cases.insert(new CaseFile(null, c.title(), c.country(), c.jurisdiction(), c.caseNumber(),
                    Coded.parseOr(CaseStatus.class, c.status(), CaseStatus.OPEN), c.summary(), Boolean.TRUE.equals(c.confidential())));
            caseIds.put(c.key(), id);
            if (c.parties() != null) {
                c.parties().forEach(p -> cases.addParty(id, personIds.get(p.person()),
                        Coded.parseOr(PartyRole.class, p.role(), PartyRole.DEFENDANT)));
            }
            if (c.charges() != null) {
                c.charges().forEach(ch -> cases.insertCharge(new Charge(null, id,
                        ch.person() == null ? null : personIds.get(ch.person()), ch.article(), ch.description())));
            }
            cite(FactType.CASE_FILE, id, c.sources());
        }

        private void cite(FactType type, long id, List<DataSet.Source> sources) {
            if (sources == null) {
                return;
            }
            for (var s : sources) {
                documents.addEvidence(new Evidence(null, docIds.get(s.document()), type.code(), id, s.start(), s.end(), s.quote(), s.note()));
            }
        }

        private static String or(String a, String b) {
            return a != null && !a.isBlank() ? a : b;
        }
    }
}
