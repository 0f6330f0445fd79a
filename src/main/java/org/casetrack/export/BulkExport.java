package org.casetrack.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;
import org.casetrack.dataset.DataSet;
import org.casetrack.dataset.ScheduleKeys;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.ScheduleStore;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Charge;
import org.casetrack.model.Event;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.Sentence;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.SettingsStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.jooq.DSLContext;

/**
 * The whole database out: one {@code casetrack.data/1} JSON document that import-json reads
 * back losslessly, or one CSV per entity for spreadsheets. Everything is exported,
 * confidential records included: the files are not encrypted.
 */
public final class BulkExport {

    private final Database db;

    public BulkExport(Database db) {
        this.db = db;
    }

    /** The database as a data set. Keys are slugs of names and titles, so they survive a round trip. */
    public DataSet dataSet() {
        return db.write(BulkExport::dataSet);
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, DataSetJson.toJson(dataSet()), StandardCharsets.UTF_8);
    }

    static DataSet dataSet(DSLContext ctx) {
        PersonStore persons = new PersonStore(ctx);
        CaseStore cases = new CaseStore(ctx);
        FactStore facts = new FactStore(ctx);
        DocumentStore docs = new DocumentStore(ctx);
        Keys keys = new Keys();
        Map<Long, String> storedPersonKeys = persons.keys(); // a key a data file gave is kept, so re-imports find the row
        Map<Long, String> storedCaseKeys = cases.keys();
        storedPersonKeys.values().forEach(keys::reserve);
        storedCaseKeys.values().forEach(keys::reserve);

        List<DataSet.Document> documents = new ArrayList<>();
        Map<Long, String> docKeys = new HashMap<>();
        for (SourceDocument d : docs.list().stream().sorted(Comparator.comparing(SourceDocument::id)).toList()) {
            SourceDocument full = docs.get(d.id()).orElse(d);
            String key = keys.make("doc", (full.publisher() == null ? "" : full.publisher()) + " " + full.title()
                    + (full.periodYear() == null ? "" : " " + full.periodYear()));
            docKeys.put(full.id(), key);
            documents.add(new DataSet.Document(key, full.title(), full.publisher(), full.country(), full.periodYear(), full.format(),
                    full.url(), full.fileName(), full.contentHash(), full.text()));
        }
        Sources sources = new Sources(docs, docKeys);

        List<Person> personList = persons.list().stream().sorted(Comparator.comparing(Person::id)).toList();
        Map<Long, String> personKeys = new HashMap<>();
        List<DataSet.PersonEntry> personEntries = new ArrayList<>();
        for (Person p : personList) {
            String key = storedPersonKeys.containsKey(p.id()) ? storedPersonKeys.get(p.id()) : keys.make("person", p.displayName());
            personKeys.put(p.id(), key);
            List<DataSet.NameEntry> names = persons.names(p.id()).stream()
                    .filter(n -> !n.name().equals(p.displayName()))
                    .sorted(Comparator.comparing(PersonName::id))
                    .map(n -> new DataSet.NameEntry(n.name(), (n.kind() == null ? NameKind.VARIANT : n.kind()).code())).toList();
            personEntries.add(new DataSet.PersonEntry(key, p.displayName(), p.givenName(), p.familyName(), code(p.sex()), p.birthYear(),
                    p.roles().stream().map(r -> r.code()).sorted().toList(), code(p.status()), p.placeOfDetention(), p.country(),
                    p.notes(), p.confidential(), names, sources.of(FactType.PERSON, p.id())));
        }

        List<CaseFile> caseList = cases.list().stream().sorted(Comparator.comparing(CaseFile::id)).toList();
        Map<Long, String> caseKeys = new HashMap<>();
        List<DataSet.CaseEntry> caseEntries = new ArrayList<>();
        for (CaseFile c : caseList) {
            String key = storedCaseKeys.containsKey(c.id()) ? storedCaseKeys.get(c.id()) : keys.make("case", c.title());
            caseKeys.put(c.id(), key);
            List<DataSet.PartyEntry> parties = cases.parties(c.id()).stream().sorted(Comparator.comparing(CaseParty::id))
                    .map(p -> new DataSet.PartyEntry(personKeys.get(p.personId()), code(p.role()))).toList();
            List<DataSet.ChargeEntry> charges = cases.charges(c.id()).stream().sorted(Comparator.comparing(Charge::id))
                    .map(ch -> new DataSet.ChargeEntry(ch.personId() == null ? null : personKeys.get(ch.personId()), ch.article(), ch.description()))
                    .toList();
            caseEntries.add(new DataSet.CaseEntry(key, c.title(), c.country(), c.jurisdiction(), c.caseNumber(), code(c.status()), c.summary(),
                    c.confidential(), parties, charges, sources.of(FactType.CASE_FILE, c.id())));
        }

        List<DataSet.SentenceEntry> sentences = new ArrayList<>();
        for (Sentence s : facts.allSentences().stream().sorted(Comparator.comparing(Sentence::id)).toList()) {
            sentences.add(new DataSet.SentenceEntry(personKeys.get(s.personId()), caseKeys.get(s.caseId()), code(s.kind()),
                    s.term() == null ? null : s.term().toIso(), s.fineAmount(), s.fineCurrency(), iso(s.imposed()), s.court(), iso(s.start()),
                    s.pretrialDays(), s.notes(), s.confidential(), sources.of(FactType.SENTENCE, s.id())));
        }
        List<DataSet.AppealEntry> appeals = new ArrayList<>();
        for (Appeal a : facts.allAppeals().stream().sorted(Comparator.comparing(Appeal::id)).toList()) {
            appeals.add(new DataSet.AppealEntry(a.personIds().stream().map(personKeys::get).toList(), caseKeys.get(a.caseId()), code(a.level()),
                    a.court(), iso(a.filed()), iso(a.hearing()), iso(a.decision()), code(a.outcome()), a.notes(), a.confidential(),
                    sources.of(FactType.APPEAL, a.id())));
        }
        List<DataSet.RulingEntry> rulings = new ArrayList<>();
        for (UnRuling r : facts.allRulings().stream().sorted(Comparator.comparing(UnRuling::id)).toList()) {
            rulings.add(new DataSet.RulingEntry(personKeys.get(r.personId()), caseKeys.get(r.caseId()), r.body().code(), r.communicationNumber(),
                    iso(r.adopted()), code(r.finding()), r.articles(), r.followUpStatus(), r.notes(), r.confidential(),
                    sources.of(FactType.UN_RULING, r.id())));
        }
        List<DataSet.EventEntry> events = new ArrayList<>();
        for (Event e : allEvents(facts, personList, caseList)) {
            events.add(new DataSet.EventEntry(e.personIds().stream().map(personKeys::get).toList(), caseKeys.get(e.caseId()), code(e.type()),
                    iso(e.date()), e.place(), e.country(), e.summary(), e.confidential(), sources.of(FactType.EVENT, e.id())));
        }
        // schedule decisions, entered dates and this database's rules, re-linked by position
        ScheduleStore schedule = new ScheduleStore(ctx);
        List<UserDeadline> userList = schedule.userDeadlines().stream().sorted(Comparator.comparing(UserDeadline::id)).toList();
        Map<String, Map<Long, Integer>> positions = new HashMap<>();
        positions.put("sentence", positionsOf(facts.allSentences().stream().map(Sentence::id).sorted().toList()));
        positions.put("appeal", positionsOf(facts.allAppeals().stream().map(Appeal::id).sorted().toList()));
        positions.put("un_ruling", positionsOf(facts.allRulings().stream().map(UnRuling::id).sorted().toList()));
        positions.put("event", positionsOf(allEvents(facts, personList, caseList).stream().map(Event::id).toList()));
        positions.put("user", positionsOf(userList.stream().map(UserDeadline::id).toList()));
        List<DataSet.UserDeadlineEntry> userEntries = userList.stream().map(u -> new DataSet.UserDeadlineEntry(
                u.personId() == null ? null : personKeys.get(u.personId()), u.caseId() == null ? null : caseKeys.get(u.caseId()),
                u.kind() == null ? null : u.kind().code(), u.due().toString(), u.title(), u.note())).toList();
        List<DataSet.ScheduleStateEntry> stateEntries = schedule.states().values().stream().map(st -> new DataSet.ScheduleStateEntry(
                ScheduleKeys.toFile(st.itemKey(), positions, personKeys), st.status().code(),
                st.overrideDate() == null ? null : st.overrideDate().toString(), st.note())).toList();
        List<DataSet.DeadlineRuleEntry> ruleEntries = schedule.rules().stream().map(r -> new DataSet.DeadlineRuleEntry(r.id(),
                r.jurisdiction(), r.proceeding(), r.trigger().code(), r.appliesTo().stream().sorted().toList(), r.period().toIso(),
                r.kind().code(), r.label(), r.citation(), r.basis(), r.caveat(), r.enabled())).toList();
        List<DataSet.DesignationEntry> designations = new DesignationStore(ctx).all().stream()
                .map(d -> new DataSet.DesignationEntry(personKeys.get(d.personId()), d.kind().code(), d.designatedBy(), d.listName(),
                        iso(d.date()), d.url(), d.confidential(), d.documentId() == null && d.quote() == null ? null
                        : new DataSet.Source(d.documentId() == null ? null : docKeys.get(d.documentId()), d.quoteStart(), d.quoteEnd(),
                        d.quote(), null))).toList();
        List<DataSet.SettingEntry> settings = new SettingsStore(ctx).all().entrySet().stream()
                .map(e -> new DataSet.SettingEntry(e.getKey(), e.getValue())).toList();
        return new DataSet(DataSet.FORMAT, documents, personEntries, caseEntries, sentences, appeals, rulings, events,
                stateEntries, userEntries, ruleEntries, designations, settings);
    }

    private static Map<Long, Integer> positionsOf(List<Long> ids) {
        Map<Long, Integer> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), i);
        }
        return out;
    }

    /** Every event once, in id order, those tied to no person and no case included. */
    static List<Event> allEvents(FactStore facts, List<Person> persons, List<CaseFile> cases) {
        return facts.allEvents().stream().sorted(Comparator.comparing(Event::id)).toList();
    }

    /** The CSV files written and how many confidential records were left out of them. */
    public record CsvResult(List<Path> files, int leftOut) {
    }

    /** Writes one CSV per entity into dir, confidential records included; returns the files written. */
    public List<Path> writeCsv(Path dir) throws IOException {
        return writeCsv(dir, true).files();
    }

    /**
     * Writes one CSV per entity into dir. Without includeConfidential, confidential persons and
     * cases, every row about them (spellings, parties, charges, facts, evidence) and
     * confidential facts stay out; rows keep their database ids, so what remains still joins.
     */
    public CsvResult writeCsv(Path dir, boolean includeConfidential) throws IOException {
        Files.createDirectories(dir);
        CsvTables tables = db.write(ctx -> csv(ctx, includeConfidential));
        List<Path> out = new ArrayList<>();
        for (var e : tables.files().entrySet()) {
            Path f = dir.resolve(e.getKey() + ".csv");
            Files.writeString(f, e.getValue().toString(), StandardCharsets.UTF_8);
            out.add(f);
        }
        return new CsvResult(out, tables.leftOut());
    }

    private record CsvTables(Map<String, Csv> files, int leftOut) {
    }

    /** Which rows a CSV export leaves out, by database id. */
    private static final class Omitted {
        final boolean keepAll;
        final Set<Long> persons = new HashSet<>();
        final Set<Long> cases = new HashSet<>();
        final Set<String> facts = new HashSet<>();
        int count;

        Omitted(boolean keepAll) {
            this.keepAll = keepAll;
        }

        boolean person(Long id) {
            return id != null && persons.contains(id);
        }

        boolean anyPerson(List<Long> ids) {
            return ids.stream().anyMatch(this::person);
        }

        boolean caseFile(Long id) {
            return id != null && cases.contains(id);
        }

        /** Records the fact as left out when drop holds; true when it is left out. */
        boolean drop(FactType type, long id, boolean drop) {
            if (keepAll || !drop) {
                return false;
            }
            facts.add(type.code() + ":" + id);
            if (type != FactType.CHARGE) { // charges are part of their case, as in the JSON export's count
                count++;
            }
            if (type == FactType.PERSON) {
                persons.add(id);
            } else if (type == FactType.CASE_FILE) {
                cases.add(id);
            }
            return true;
        }

        boolean factLeftOut(String table, long id) {
            return facts.contains(table + ":" + id);
        }
    }

    private static CsvTables csv(DSLContext ctx, boolean includeConfidential) {
        PersonStore persons = new PersonStore(ctx);
        CaseStore cases = new CaseStore(ctx);
        FactStore facts = new FactStore(ctx);
        DocumentStore docs = new DocumentStore(ctx);
        Omitted gone = new Omitted(includeConfidential);
        Map<String, Csv> out = new LinkedHashMap<>();
        List<Person> personList = persons.list().stream().sorted(Comparator.comparing(Person::id))
                .filter(x -> !gone.drop(FactType.PERSON, x.id(), x.confidential())).toList();
        List<CaseFile> caseList = cases.list().stream().sorted(Comparator.comparing(CaseFile::id))
                .filter(x -> !gone.drop(FactType.CASE_FILE, x.id(), x.confidential())).toList();

        Csv p = new Csv(List.of("id", "name", "given_name", "family_name", "sex", "birth_year", "roles", "status", "place_of_detention",
                "country", "notes", "confidential"));
        Csv n = new Csv(List.of("id", "person_id", "name", "kind"));
        for (Person x : personList) {
            p.row(x.id(), x.displayName(), x.givenName(), x.familyName(), code(x.sex()), x.birthYear(),
                    String.join(";", x.roles().stream().map(r -> r.code()).sorted().toList()), code(x.status()), x.placeOfDetention(),
                    x.country(), x.notes(), x.confidential());
            persons.names(x.id()).forEach(nm -> n.row(nm.id(), nm.personId(), nm.name(), code(nm.kind())));
        }
        out.put("persons", p);
        out.put("person_names", n);

        Csv c = new Csv(List.of("id", "title", "country", "jurisdiction", "case_number", "status", "summary", "confidential"));
        Csv parties = new Csv(List.of("id", "case_id", "person_id", "role"));
        Csv charges = new Csv(List.of("id", "case_id", "person_id", "article", "description"));
        for (CaseFile x : caseList) {
            c.row(x.id(), x.title(), x.country(), x.jurisdiction(), x.caseNumber(), code(x.status()), x.summary(), x.confidential());
            cases.parties(x.id()).stream().filter(cp -> !gone.person(cp.personId()))
                    .forEach(cp -> parties.row(cp.id(), cp.caseId(), cp.personId(), code(cp.role())));
            cases.charges(x.id()).stream().filter(ch -> !gone.drop(FactType.CHARGE, ch.id(), gone.person(ch.personId())))
                    .forEach(ch -> charges.row(ch.id(), ch.caseId(), ch.personId(), ch.article(), ch.description()));
        }
        out.put("cases", c);
        out.put("case_parties", parties);
        out.put("charges", charges);

        Csv s = new Csv(List.of("id", "person_id", "case_id", "kind", "term", "fine_amount", "fine_currency", "imposed", "court", "start",
                "pretrial_days", "notes", "confidential"));
        facts.allSentences().stream()
                .filter(x -> !gone.drop(FactType.SENTENCE, x.id(), x.confidential() || gone.person(x.personId()) || gone.caseFile(x.caseId())))
                .forEach(x -> s.row(x.id(), x.personId(), x.caseId(), code(x.kind()), x.term() == null ? null : x.term().toIso(),
                x.fineAmount(), x.fineCurrency(), iso(x.imposed()), x.court(), iso(x.start()), x.pretrialDays(), x.notes(), x.confidential()));
        out.put("sentences", s);
        Csv a = new Csv(List.of("id", "person_ids", "case_id", "level", "court", "filed", "hearing", "decision", "outcome", "notes", "confidential"));
        facts.allAppeals().stream()
                .filter(x -> !gone.drop(FactType.APPEAL, x.id(), x.confidential() || gone.anyPerson(x.personIds()) || gone.caseFile(x.caseId())))
                .forEach(x -> a.row(x.id(), String.join(";", x.personIds().stream().map(String::valueOf).toList()), x.caseId(),
                code(x.level()), x.court(), iso(x.filed()), iso(x.hearing()), iso(x.decision()), code(x.outcome()), x.notes(), x.confidential()));
        out.put("appeals", a);
        Csv r = new Csv(List.of("id", "person_id", "case_id", "body", "communication_number", "adopted", "finding", "articles",
                "follow_up_status", "notes", "confidential"));
        facts.allRulings().stream()
                .filter(x -> !gone.drop(FactType.UN_RULING, x.id(), x.confidential() || gone.person(x.personId()) || gone.caseFile(x.caseId())))
                .forEach(x -> r.row(x.id(), x.personId(), x.caseId(), x.body().code(), x.communicationNumber(), iso(x.adopted()),
                code(x.finding()), x.articles(), x.followUpStatus(), x.notes(), x.confidential()));
        out.put("un_rulings", r);
        Csv e = new Csv(List.of("id", "person_ids", "case_id", "type", "date", "place", "country", "summary", "confidential"));
        allEvents(facts, personList, caseList).stream()
                .filter(x -> !gone.drop(FactType.EVENT, x.id(), x.confidential() || gone.anyPerson(x.personIds()) || gone.caseFile(x.caseId())))
                .forEach(x -> e.row(x.id(), String.join(";", x.personIds().stream().map(String::valueOf).toList()),
                x.caseId(), code(x.type()), iso(x.date()), x.place(), x.country(), x.summary(), x.confidential()));
        out.put("events", e);
        Csv d = new Csv(List.of("id", "title", "publisher", "country", "period_year", "format", "content_hash", "file_name", "url"));
        docs.list().forEach(x -> d.row(x.id(), x.title(), x.publisher(), x.country(), x.periodYear(), x.format(), x.contentHash(), x.fileName(), x.url()));
        out.put("documents", d);
        Csv ev = new Csv(List.of("id", "document_id", "fact_table", "fact_id", "start", "end", "quote", "note"));
        docs.allEvidence().stream().filter(x -> !gone.factLeftOut(x.factTable(), x.factId()))
                .forEach(x -> ev.row(x.id(), x.documentId(), x.factTable(), x.factId(), x.startOffset(), x.endOffset(), x.quote(), x.note()));
        out.put("evidence", ev);
        return new CsvTables(out, gone.count);
    }

    private static String iso(PartialDate d) {
        return d == null ? null : d.toIso();
    }

    private static String code(org.casetrack.model.Coded c) {
        return c == null ? null : c.code();
    }

    /** Evidence of a fact as data-set sources. */
    private record Sources(DocumentStore docs, Map<Long, String> docKeys) {
        List<DataSet.Source> of(FactType type, long id) {
            return docs.evidenceFor(type, id).stream().sorted(Comparator.comparing(Evidence::id))
                    .map(e -> new DataSet.Source(docKeys.get(e.documentId()), e.startOffset(), e.endOffset(), e.quote(), e.note())).toList();
        }
    }

    /** Readable, unique keys: "maks-bokaev", "maks-bokaev-2". */
    static final class Keys {
        private final Set<String> used = new HashSet<>();

        void reserve(String key) {
            used.add(key);
        }

        String make(String fallback, String text) {
            String base = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
            if (base.length() > 60) {
                base = base.substring(0, 60).replaceAll("-+$", "");
            }
            if (base.isEmpty()) {
                base = fallback;
            }
            String key = base;
            for (int i = 2; !used.add(key); i++) {
                key = base + "-" + i;
            }
            return key;
        }
    }
}
