package org.casetrack.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casetrack.extract.Span;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Designation;
import org.casetrack.model.Charge;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.Sex;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;
import org.casetrack.store.CaseStore;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.jooq.DSLContext;

/**
 * Writes the accepted part of a plan inside the caller's transaction. Facts already known
 * from another report (same person, kind and term; same body; same date and type) are not
 * duplicated: they gain this report as a further source.
 */
final class ImportCommitter {

    private final DSLContext ctx;
    private final String user;
    private final ImportPlan plan;
    private final Set<String> accepted;
    private final PersonStore persons;
    private final CaseStore cases;
    private final FactStore facts;
    private final DocumentStore documents;
    private final Map<String, Long> personIds = new LinkedHashMap<>();
    private final Map<String, Long> caseOf = new HashMap<>();
    private final Set<Long> newIds = new java.util.HashSet<>();
    private final Set<String> knownIds = new LinkedHashSet<>();
    private long documentId;
    private int newPersons;
    private int matchedPersons;
    private int newCases;
    private int merged;
    private int changed;

    /** user: who imports, written as changed_by of stored rows the import changes (row versions, V32). */
    ImportCommitter(DSLContext ctx, String user, ImportPlan plan, Set<String> accepted) {
        this.ctx = ctx;
        this.user = user;
        this.plan = plan;
        this.accepted = accepted;
        this.persons = new PersonStore(ctx);
        this.cases = new CaseStore(ctx);
        this.facts = new FactStore(ctx);
        this.documents = new DocumentStore(ctx);
    }

    ImportResult commit() {
        var r = plan.report();
        var citedOnly = documents.findCitedOnly(r.publisher(), r.country(), r.periodYear());
        if (citedOnly.isPresent()) { // the same report was known from curated data: give it its text
            documentId = citedOnly.get().id();
            documents.attachText(documentId, plan.contentHash(), r.text(), r.format(), plan.fileName());
        } else {
            documentId = documents.insert(new SourceDocument(null, r.title() == null ? plan.fileName() : r.title(), r.publisher(),
                    r.country(), r.periodYear(), r.format(), plan.contentHash(), plan.fileName(), null, r.text()));
        }
        for (var p : plan.persons()) {
            if (accepted.contains(p.id())) {
                personIds.put(p.id(), person(p));
            }
        }
        var sentences = plan.sentences().stream().filter(s -> accepted.contains(s.id()) && personIds.containsKey(s.person())).toList();
        var appeals = plan.appeals().stream().filter(a -> accepted.contains(a.id()) && acceptedOf(a.persons()).size() > 0).toList();
        var rulings = plan.rulings().stream().filter(u -> accepted.contains(u.id()) && personIds.containsKey(u.person())).toList();
        var events = plan.events().stream().filter(e -> accepted.contains(e.id())).toList();
        assignCases(sentences, appeals, rulings, events);

        int s = 0, a = 0, u = 0, e = 0;
        for (var c : sentences) {
            s += sentence(c) ? 1 : 0;
        }
        for (var c : appeals) {
            a += appeal(c) ? 1 : 0;
        }
        for (var c : rulings) {
            u += ruling(c) ? 1 : 0;
        }
        for (var c : events) {
            e += event(c) ? 1 : 0;
        }
        int g = 0;
        for (var c : plan.designations()) {
            if (accepted.contains(c.id()) && personIds.containsKey(c.person())) {
                g += designation(c) ? 1 : 0;
            }
        }
        inferStatusOfNewPersons(sentences, events);
        for (var c : plan.changes()) {
            if (accepted.contains(c.id())) {
                changed += apply(c) ? 1 : 0;
            }
        }
        return new ImportResult(false, documentId, newPersons, matchedPersons, newCases, s, a, u, e, merged, changed, g);
    }

    /** Candidate ids whose finding the database already held (they gained this report as a source). */
    Set<String> knownIds() {
        return knownIds;
    }

    /**
     * A ticked change to a known person or sentence. The row update is audited by the
     * trigger; the report's sentence becomes a source of the changed row.
     */
    private boolean apply(ImportPlan.ChangeCandidate c) {
        if (c.kind() == ImportPlan.ChangeKind.SENTENCE_TERM) {
            Sentence k = c.sentenceId() == null ? null : facts.sentence(c.sentenceId()).orElse(null);
            if (k == null) {
                return false;
            }
            String note = "Term " + (k.term() == null ? "unknown" : k.term().toEnglish()) + " changed to "
                    + org.casetrack.model.Term.parse(c.after()).toEnglish() + " after " + plan.fileName() + ".";
            facts.updateSentence(new Sentence(k.id(), k.personId(), k.caseId(), k.kind(), org.casetrack.model.Term.parse(c.after()),
                    k.fineAmount(), k.fineCurrency(), k.imposed(), k.court(), k.start(), k.pretrialDays(),
                    k.notes() == null || k.notes().isBlank() ? note : k.notes() + "\n" + note, k.confidential()));
            RowVersions.bump(ctx, user, "sentence", k.id());
            cite(FactType.SENTENCE, k.id(), c.evidence());
            return true;
        }
        Person p = persons.get(c.personId()).orElse(null);
        if (p == null) {
            return false;
        }
        switch (c.kind()) {
            case STATUS -> persons.update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                    p.roles(), org.casetrack.model.Coded.parse(PersonStatus.class, c.after()), p.placeOfDetention(), p.country(),
                    p.notes(), p.confidential()));
            case PLACE_OF_DETENTION -> persons.update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(),
                    p.birthYear(), p.roles(), p.status(), c.after(), p.country(), p.notes(), p.confidential()));
            case ROLES -> persons.addRoles(p.id(), ChangeFinder.roles(c.after()));
            default -> {
                return false;
            }
        }
        RowVersions.bump(ctx, user, "person", p.id()); // an edit form opened before the import must not overwrite this
        cite(FactType.PERSON, p.id(), c.evidence());
        return true;
    }

    /**
     * A new person's status follows the latest thing the report says happened to them: a
     * prison term, restricted freedom, psychiatric placement, a release or parole. Known
     * persons keep the status a caseworker gave them.
     */
    private void inferStatusOfNewPersons(List<ImportPlan.SentenceCandidate> sentences, List<ImportPlan.EventCandidate> events) {
        for (var entry : personIds.entrySet()) {
            if (!newIds.contains(entry.getValue())) {
                continue;
            }
            PersonStatus status = null;
            PartialDate when = null;
            for (var c : sentences) {
                if (c.person().equals(entry.getKey()) && later(c.date(), when)) {
                    PersonStatus st = switch (c.kind()) {
                        case IMPRISONMENT -> PersonStatus.IMPRISONED;
                        case RESTRICTED_FREEDOM -> PersonStatus.RESTRICTED_FREEDOM;
                        case FORCED_PSYCHIATRIC_TREATMENT -> PersonStatus.IN_PSYCHIATRIC_DETENTION;
                        default -> null;
                    };
                    if (st != null) {
                        status = st;
                        when = c.date();
                    }
                }
            }
            for (var c : events) {
                if (c.persons().contains(entry.getKey()) && c.date() != null && later(c.date(), when)
                        && (c.type() == EventType.RELEASE || c.type() == EventType.PAROLE)) {
                    status = c.type() == EventType.PAROLE ? PersonStatus.RESTRICTED_FREEDOM : PersonStatus.AT_LIBERTY;
                    when = c.date();
                }
            }
            if (status != null) {
                Person p = persons.get(entry.getValue()).orElseThrow();
                persons.update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(), p.roles(),
                        status, p.placeOfDetention(), p.country(), p.notes(), p.confidential()));
            }
        }
    }

    /** True when a is not known to be before b (an undated fact counts only if nothing is dated yet). */
    private static boolean later(PartialDate a, PartialDate b) {
        if (b == null) {
            return true;
        }
        return a != null && !a.latest().isBefore(b.earliest());
    }

    private long person(ImportPlan.PersonCandidate p) {
        long id;
        if (p.matchedPersonId() != null && persons.get(p.matchedPersonId()).isPresent()) {
            id = p.matchedPersonId();
            matchedPersons++; // roles and status of a known person change only through a ticked change (ChangeFinder)
        } else {
            String[] parts = p.name().trim().split("\\s+");
            String given = parts.length > 1 ? String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)) : null;
            String family = parts.length > 1 ? parts[parts.length - 1] : null;
            id = persons.insert(new Person(null, p.name().trim(), given, family, Sex.UNKNOWN, null, p.roles(),
                    PersonStatus.UNKNOWN, null, plan.report().country(), null, false));
            newPersons++;
            newIds.add(id);
        }
        persons.addName(id, p.name(), NameKind.VARIANT);
        for (String v : p.variants()) {
            if (v.trim().contains(" ")) { // full spellings only; a bare surname is not a name variant
                persons.addName(id, v, NameKind.VARIANT);
            }
        }
        cite(FactType.PERSON, id, p.firstMention());
        return id;
    }

    private List<Long> acceptedOf(List<String> candidateIds) {
        List<Long> out = new ArrayList<>();
        for (String c : candidateIds) {
            Long id = personIds.get(c);
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * One case per group of persons the report ties together (co-appellants, persons in one
     * event); a known person's existing case in the same country is reused.
     */
    private void assignCases(List<ImportPlan.SentenceCandidate> sentences, List<ImportPlan.AppealCandidate> appeals,
                             List<ImportPlan.RulingCandidate> rulings, List<ImportPlan.EventCandidate> events) {
        Map<String, String> parent = new HashMap<>();
        Set<String> withFacts = new LinkedHashSet<>();
        sentences.forEach(s -> withFacts.add(s.person()));
        rulings.forEach(r -> withFacts.add(r.person()));
        appeals.forEach(a -> a.persons().stream().filter(personIds::containsKey).forEach(withFacts::add));
        events.forEach(e -> e.persons().stream().filter(personIds::containsKey).forEach(withFacts::add));
        withFacts.forEach(p -> parent.put(p, p));
        for (var a : appeals) {
            union(parent, a.persons().stream().filter(personIds::containsKey).toList());
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String p : withFacts) {
            groups.computeIfAbsent(find(parent, p), k -> new ArrayList<>()).add(p);
        }
        for (List<String> group : groups.values()) {
            Long caseId = null;
            for (String p : group) {
                long pid = personIds.get(p);
                caseId = cases.casesOf(pid).stream()
                        .filter(c -> c.country() == null || plan.report().country() == null
                                || c.country().equalsIgnoreCase(plan.report().country()))
                        .map(CaseFile::id).findFirst().orElse(null);
                if (caseId != null) {
                    break;
                }
            }
            if (caseId == null) {
                List<String> names = group.stream().map(p -> persons.get(personIds.get(p)).map(Person::displayName).orElse("?")).toList();
                String title = "Case of " + (names.size() <= 2 ? String.join(" and ", names)
                        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
                caseId = cases.insert(new CaseFile(null, title, plan.report().country(), plan.report().country(), null,
                        CaseStatus.OPEN, null, false));
                cite(FactType.CASE_FILE, caseId, null);
                newCases++;
            }
            for (String p : group) {
                caseOf.put(p, caseId);
                cases.addParty(caseId, personIds.get(p), role(p, sentences, appeals, rulings, events));
            }
        }
    }

    private static PartyRole role(String p, List<ImportPlan.SentenceCandidate> sentences, List<ImportPlan.AppealCandidate> appeals,
                                  List<ImportPlan.RulingCandidate> rulings, List<ImportPlan.EventCandidate> events) {
        if (sentences.stream().anyMatch(s -> s.person().equals(p)) || appeals.stream().anyMatch(a -> a.persons().contains(p))) {
            return PartyRole.DEFENDANT;
        }
        if (rulings.stream().anyMatch(r -> r.person().equals(p))) {
            return PartyRole.COMPLAINANT;
        }
        if (events.stream().anyMatch(e -> e.persons().contains(p) && e.type() == EventType.ATTACK)) {
            return PartyRole.VICTIM;
        }
        return PartyRole.DEFENDANT;
    }

    private static void union(Map<String, String> parent, List<String> members) {
        for (int i = 1; i < members.size(); i++) {
            parent.put(find(parent, members.get(i)), find(parent, members.get(0)));
        }
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        return p.equals(x) ? x : find(parent, p);
    }

    private boolean sentence(ImportPlan.SentenceCandidate c) {
        long pid = personIds.get(c.person());
        Long caseId = caseOf.get(c.person());
        for (Sentence known : facts.sentencesOf(pid)) {
            if (known.kind() == c.kind() && Objects.equals(known.term(), c.term()) && compatible(known.imposed(), c.date())) {
                if (known.imposed() == null && c.date() != null || moreExact(c.date(), known.imposed())) {
                    facts.updateSentence(new Sentence(known.id(), known.personId(), known.caseId(), known.kind(), known.term(),
                            known.fineAmount(), known.fineCurrency(), c.date(), known.court() == null ? c.court() : known.court(),
                            known.start(), known.pretrialDays(), known.notes(), known.confidential()));
                    RowVersions.bump(ctx, user, "sentence", known.id());
                }
                cite(FactType.SENTENCE, known.id(), c.evidence());
                merged++;
                knownIds.add(c.id());
                return false;
            }
        }
        long id = facts.insertSentence(new Sentence(null, pid, caseId, c.kind(), c.term(), null, null, c.date(), c.court(),
                null, null, null, false));
        cite(FactType.SENTENCE, id, c.evidence());
        if (caseId != null) {
            for (String charge : c.charges()) {
                boolean known = cases.charges(caseId).stream().anyMatch(ch -> charge.equalsIgnoreCase(ch.description()));
                if (!known) {
                    cases.insertCharge(new Charge(null, caseId, pid, null, charge));
                }
            }
        }
        return true;
    }

    private boolean appeal(ImportPlan.AppealCandidate c) {
        List<Long> pids = acceptedOf(c.persons());
        for (Appeal known : facts.appealsOf(pids.get(0))) {
            if (known.decision() != null && c.date() != null && compatible(known.decision(), c.date())
                    && (known.outcome() == c.outcome() || c.outcome() == org.casetrack.model.AppealOutcome.UNKNOWN)) {
                cite(FactType.APPEAL, known.id(), c.evidence());
                merged++;
                knownIds.add(c.id());
                return false;
            }
        }
        long id = facts.insertAppeal(new Appeal(null, pids, caseOf.get(c.persons().stream().filter(personIds::containsKey).findFirst().orElse(null)),
                null, c.level(), c.court(), null, null, c.date(), c.outcome(), null, false));
        cite(FactType.APPEAL, id, c.evidence());
        return true;
    }

    private boolean ruling(ImportPlan.RulingCandidate c) {
        long pid = personIds.get(c.person());
        for (UnRuling known : facts.rulingsOf(pid)) {
            if (known.body() == c.body() && compatible(known.adopted(), c.date())) {
                cite(FactType.UN_RULING, known.id(), c.evidence());
                merged++;
                knownIds.add(c.id());
                return false;
            }
        }
        long id = facts.insertRuling(new UnRuling(null, pid, caseOf.get(c.person()), c.body(), null, c.date(), c.finding(),
                null, null, null, false));
        cite(FactType.UN_RULING, id, c.evidence());
        return true;
    }

    private boolean event(ImportPlan.EventCandidate c) {
        List<Long> pids = acceptedOf(c.persons());
        if (!pids.isEmpty()) {
            for (Event known : facts.eventsOf(pids.get(0))) {
                if (known.type() == c.type() && known.date() != null && known.date().equals(c.date())) {
                    cite(FactType.EVENT, known.id(), c.evidence());
                    merged++;
                    knownIds.add(c.id());
                    return false;
                }
            }
        }
        String first = c.persons().stream().filter(personIds::containsKey).findFirst().orElse(null);
        long id = facts.insertEvent(new Event(null, c.type(), c.date(), null, plan.report().country(),
                summary(c), pids, first == null ? null : caseOf.get(first), false));
        cite(FactType.EVENT, id, c.evidence());
        return true;
    }

    /**
     * A designation with the report's sentence as its source (document, quote and place). One
     * already held (same kind, same body, compatible date) is not repeated: it only gains the
     * date or the source it lacked.
     */
    private boolean designation(ImportPlan.DesignationCandidate c) {
        long pid = personIds.get(c.person());
        DesignationStore store = new DesignationStore(ctx);
        Span span = clamp(c.evidence());
        String quote = span == null ? null : plan.report().text().substring(span.start(), span.end()).strip();
        for (Designation known : store.forPerson(pid)) {
            if (known.kind() == c.kind() && sameBody(known.designatedBy(), c.designatedBy()) && compatible(known.date(), c.date())) {
                boolean betterDate = known.date() == null && c.date() != null || moreExact(c.date(), known.date());
                if (betterDate || known.documentId() == null && known.quote() == null) {
                    boolean source = known.documentId() == null && known.quote() == null;
                    store.update(new Designation(known.id(), pid, known.kind(), known.designatedBy(),
                            known.listName() == null ? c.listName() : known.listName(), betterDate ? c.date() : known.date(),
                            source ? Long.valueOf(documentId) : known.documentId(), source ? quote : known.quote(), known.url(),
                            known.confidential(), source && span != null ? span.start() : known.quoteStart(),
                            source && span != null ? span.end() : known.quoteEnd()));
                }
                merged++;
                knownIds.add(c.id());
                return false;
            }
        }
        store.insert(new Designation(null, pid, c.kind(), c.designatedBy(), c.listName(), c.date(), documentId, quote, null, false,
                span == null ? null : span.start(), span == null ? null : span.end()));
        return true;
    }

    /** "Memorial" and "Memorial Human Rights Centre" are one body; case and spacing do not count. */
    private static boolean sameBody(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        String y = b.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        return x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " ");
    }

    private Span clamp(Span span) {
        if (span == null || span.length() == 0) {
            return null;
        }
        int len = plan.report().text().length();
        int s = Math.max(0, Math.min(span.start(), len));
        return new Span(s, Math.max(s, Math.min(span.end(), len)));
    }

    /**
     * A timeline line a caseworker can read on its own: the report's sentence (shortened at a
     * word if long), which says more than the extractor's clause fragment. An edited summary wins.
     */
    private String summary(ImportPlan.EventCandidate c) {
        String quote = plan.quote(c.evidence()).replaceAll("\\s+", " ");
        String extracted = c.summary() == null ? "" : c.summary().strip();
        boolean edited = !extracted.isEmpty() && !quote.contains(extracted);
        String text = edited || quote.isEmpty() ? extracted : quote;
        if (text.length() > 300) {
            int cut = text.lastIndexOf(' ', 297);
            text = text.substring(0, cut > 200 ? cut : 297) + "…";
        }
        return text.isEmpty() ? c.type().code() : text;
    }

    /** Two dates may denote the same day: either unknown, or their spans overlap. */
    private static boolean compatible(PartialDate a, PartialDate b) {
        return a == null || b == null || a.overlaps(b.earliest(), b.latest());
    }

    private static boolean moreExact(PartialDate a, PartialDate b) {
        return a != null && b != null && a.precision().ordinal() > b.precision().ordinal();
    }

    private void cite(FactType type, long factId, Span span) {
        if (span == null || span.length() == 0) {
            documents.addEvidence(new Evidence(null, documentId, type.code(), factId, null, null, null, "imported from " + plan.fileName()));
            return;
        }
        int len = plan.report().text().length();
        int s = Math.max(0, Math.min(span.start(), len));
        int e = Math.max(s, Math.min(span.end(), len));
        documents.addEvidence(new Evidence(null, documentId, type.code(), factId, s, e, plan.report().text().substring(s, e), null));
    }
}
