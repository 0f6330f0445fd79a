package org.casetrack.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Charge;
import org.casetrack.model.Designation;
import org.casetrack.model.Event;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.Person;
import org.casetrack.model.Sentence;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.StoreException;
import org.jooq.DSLContext;

/** Assembles person records from the stores, and finds a person by id or any spelling. */
public final class DossierService {

    private final Database db;

    public DossierService(Database db) {
        this.db = db;
    }

    /**
     * The person a user means by "NAME-OR-ID": a number is an id; otherwise any stored
     * spelling. Several candidates or none give a plain error naming them.
     */
    public long resolvePerson(String nameOrId) {
        DSLContext ctx = db.dsl();
        PersonStore persons = new PersonStore(ctx);
        String q = nameOrId == null ? "" : nameOrId.strip();
        if (q.matches("\\d{1,18}")) {
            long id = Long.parseLong(q);
            if (persons.get(id).isPresent()) {
                return id;
            }
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No person with id " + id + ".");
        }
        PersonFinder finder = persons.finder(); // indexed word keys, not every spelling
        Optional<NameMatch> one = finder.resolve(q);
        if (one.isPresent()) {
            return one.get().personId();
        }
        List<NameMatch> all = finder.find(q);
        if (all.isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No person called '" + q + "' is known.");
        }
        List<String> names = all.stream().map(NameMatch::personId).distinct().limit(5)
                .map(id -> persons.get(id).map(p -> p.displayName() + " (id " + p.id() + ")").orElse("?")).toList();
        if (names.size() == 1) {
            // a part of one person's name (the first letters, say): not "several people"
            throw new StoreException(StoreException.Kind.NOT_FOUND,
                    "'" + q + "' is only part of a name; did you mean " + names.get(0) + "? Give the full name or the id.");
        }
        throw new StoreException(StoreException.Kind.NOT_FOUND,
                "'" + q + "' could mean several people: " + String.join(", ", names) + "; give the full name or the id.");
    }

    public PersonDossier person(long id) {
        DSLContext ctx = db.dsl();
        PersonStore persons = new PersonStore(ctx);
        CaseStore cases = new CaseStore(ctx);
        FactStore facts = new FactStore(ctx);
        DocumentStore docs = new DocumentStore(ctx);
        Person person = persons.get(id).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "No person with id " + id + "."));
        List<CaseFile> caseList = cases.casesOf(id);
        List<CaseParty> parties = new ArrayList<>();
        List<Charge> charges = new ArrayList<>();
        for (CaseFile c : caseList) {
            parties.addAll(cases.parties(c.id()));
            cases.charges(c.id()).stream().filter(ch -> ch.personId() == null || ch.personId() == id).forEach(charges::add);
        }
        List<Sentence> sentences = facts.sentencesOf(id);
        List<Appeal> appeals = facts.appealsOf(id);
        List<UnRuling> rulings = facts.rulingsOf(id);
        List<Event> events = facts.eventsOf(id);

        Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
        collect(evidence, docs, FactType.PERSON, List.of(id));
        collect(evidence, docs, FactType.CASE_FILE, caseList.stream().map(CaseFile::id).toList());
        collect(evidence, docs, FactType.SENTENCE, sentences.stream().map(Sentence::id).toList());
        collect(evidence, docs, FactType.APPEAL, appeals.stream().map(Appeal::id).toList());
        collect(evidence, docs, FactType.UN_RULING, rulings.stream().map(UnRuling::id).toList());
        collect(evidence, docs, FactType.EVENT, events.stream().map(Event::id).toList());
        List<Designation> designations = new DesignationStore(ctx).forPerson(id);
        Map<Long, SourceDocument> documents = documentsOf(docs, evidence.values(), designations);

        Map<Long, String> others = new LinkedHashMap<>();
        appeals.forEach(a -> a.personIds().forEach(pid -> others.put(pid, null)));
        events.forEach(e -> e.personIds().forEach(pid -> others.put(pid, null)));
        parties.forEach(p -> others.put(p.personId(), null));
        others.replaceAll((pid, ignored) -> persons.get(pid).map(Person::displayName).orElse("?"));

        return new PersonDossier(person, persons.names(id), caseList, parties, charges, sentences, appeals, rulings, events,
                designations, evidence, documents, others);
    }

    private static void collect(Map<String, List<Evidence>> into, DocumentStore docs, FactType type, List<Long> ids) {
        for (Long fid : ids) {
            List<Evidence> ev = docs.evidenceFor(type, fid);
            if (!ev.isEmpty()) {
                into.put(PersonDossier.key(type.code(), fid), ev);
            }
        }
    }

    /** The documents the facts' evidence and the designations cite, without their text. */
    private static Map<Long, SourceDocument> documentsOf(DocumentStore docs, Collection<List<Evidence>> evidence,
                                                         List<Designation> designations) {
        List<Long> ids = new ArrayList<>();
        evidence.forEach(list -> list.forEach(e -> ids.add(e.documentId())));
        designations.stream().map(Designation::documentId).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<Long, SourceDocument> out = new LinkedHashMap<>();
        for (Long did : ids) {
            out.computeIfAbsent(did, x -> docs.get(x)
                    .map(d -> new SourceDocument(d.id(), d.title(), d.publisher(), d.country(), d.periodYear(), d.format(),
                            d.contentHash(), d.fileName(), d.url(), null))
                    .orElse(null));
        }
        return out;
    }
}
