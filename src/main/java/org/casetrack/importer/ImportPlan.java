package org.casetrack.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casetrack.extract.Basis;
import org.casetrack.extract.Span;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonRole;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.names.MatchKind;

/**
 * What importing one report would store, for review: each candidate has a stable id
 * ("p1", "s2", "a1", "u1", "e3"), its evidence span, and whether it is proposed for
 * acceptance. Reviewers accept or reject candidates by id, or replace an edited candidate
 * (records are immutable: use the {@code with...} copies). Nothing here touches a database.
 *
 * @param alreadyImportedAs the id of the stored document with the same content hash, or null
 * @param known             candidate ids of findings the database already holds (they only gain this report as a source)
 * @param changes           proposed changes to known persons and their sentences, before/after; never proposed by default
 * @param expected          what importing the proposed ids would store, found by rehearsing it (null until reviewed)
 * @param bases the extractor's basis (rule and confidence) of each candidate, by candidate id;
 *              candidates below {@link Basis#PROPOSE_AT} are not proposed
 * @param designations designations the report states ("d1", "d2"...), stored with their sentence
 */
public record ImportPlan(
        String fileName,
        ReportText report,
        String contentHash,
        Long alreadyImportedAs,
        List<PersonCandidate> persons,
        List<SentenceCandidate> sentences,
        List<AppealCandidate> appeals,
        List<RulingCandidate> rulings,
        List<EventCandidate> events,
        Map<String, Basis> bases,
        Set<String> known,
        List<ChangeCandidate> changes,
        ImportResult expected,
        List<DesignationCandidate> designations) {

    public ImportPlan {
        designations = designations == null ? List.of() : List.copyOf(designations);
        bases = bases == null ? Map.of() : Map.copyOf(bases);
        known = known == null ? Set.of() : Set.copyOf(known);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A plan without designations (callers from before they were imported). */
    public ImportPlan(String fileName, ReportText report, String contentHash, Long alreadyImportedAs, List<PersonCandidate> persons,
                      List<SentenceCandidate> sentences, List<AppealCandidate> appeals, List<RulingCandidate> rulings,
                      List<EventCandidate> events, Map<String, Basis> bases, Set<String> known, List<ChangeCandidate> changes,
                      ImportResult expected) {
        this(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events, bases, known, changes,
                expected, List.of());
    }

    /** The same plan marked against the database: what is known, the changes proposed, what importing would store. */
    public ImportPlan reviewed(Set<String> knownIds, List<ChangeCandidate> proposedChanges, ImportResult rehearsed) {
        return new ImportPlan(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events, bases,
                knownIds, proposedChanges, rehearsed, designations);
    }

    /** The same plan with these designation candidates. */
    public ImportPlan withDesignations(List<DesignationCandidate> found) {
        return new ImportPlan(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events, bases,
                known, changes, expected, found);
    }

    /** A plan whose candidates carry no basis (all are trusted as found), not yet compared with the database. */
    public ImportPlan(String fileName, ReportText report, String contentHash, Long alreadyImportedAs, List<PersonCandidate> persons,
                      List<SentenceCandidate> sentences, List<AppealCandidate> appeals, List<RulingCandidate> rulings,
                      List<EventCandidate> events) {
        this(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events, Map.of());
    }

    /** A plan as extracted, with the basis of each candidate, not yet compared with the database. */
    public ImportPlan(String fileName, ReportText report, String contentHash, Long alreadyImportedAs, List<PersonCandidate> persons,
                      List<SentenceCandidate> sentences, List<AppealCandidate> appeals, List<RulingCandidate> rulings,
                      List<EventCandidate> events, Map<String, Basis> bases) {
        this(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events, bases, null, null, null);
    }

    /** The same plan with edited candidates, keeping the bases and what the review found. */
    public ImportPlan withCandidates(List<PersonCandidate> persons, List<SentenceCandidate> sentences, List<AppealCandidate> appeals,
                                     List<RulingCandidate> rulings, List<EventCandidate> events) {
        return new ImportPlan(fileName, report, contentHash, alreadyImportedAs, persons, sentences, appeals, rulings, events,
                bases, known, changes, expected, designations);
    }

    /** True when the database already holds this finding (same person, kind and compatible date). */
    public boolean isKnown(String candidateId) {
        return known.contains(candidateId);
    }

    /** Why the extractor proposed the candidate with this id; {@link Basis#UNKNOWN} when not recorded. */
    public Basis basis(String id) {
        return bases.getOrDefault(id, Basis.UNKNOWN);
    }

    public boolean alreadyImported() {
        return alreadyImportedAs != null;
    }

    /**
     * The ids proposed for acceptance: subjects of the report and the facts about them, each
     * only when its basis reaches {@link Basis#PROPOSE_AT} (the rest start unticked). A
     * sentence that a proposed change would apply to a known sentence (reduced on appeal) is
     * left to that change; changes themselves are never proposed: the reviewer ticks them.
     */
    public Set<String> proposedIds() {
        Set<String> replaced = changes.stream().map(ChangeCandidate::replaces).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return Stream.of(persons.stream().filter(PersonCandidate::proposed).map(PersonCandidate::id),
                        sentences.stream().map(SentenceCandidate::id).filter(id -> !replaced.contains(id)),
                        appeals.stream().map(AppealCandidate::id),
                        rulings.stream().map(RulingCandidate::id), events.stream().map(EventCandidate::id),
                        designations.stream().map(DesignationCandidate::id))
                .flatMap(s -> s).filter(id -> basis(id).proposed())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }


    public String quote(Span span) {
        String text = report.text();
        int s = Math.max(0, Math.min(span.start(), text.length()));
        int e = Math.max(s, Math.min(span.end(), text.length()));
        return text.substring(s, e).strip();
    }

    public PersonCandidate person(String id) {
        return persons.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * A person found in the report. {@code matchedPersonId} is the known person it will be
     * merged with (null: a new person); {@code subject} is false for officials and others
     * mentioned in passing, who are not proposed.
     */
    public record PersonCandidate(String id, String name, List<String> variants, Set<PersonRole> roles, boolean subject,
                                  Long matchedPersonId, String matchedName, MatchKind matchKind, Span firstMention) {
        public boolean proposed() {
            return subject;
        }

        public boolean isNew() {
            return matchedPersonId == null;
        }

        public PersonCandidate withName(String newName) {
            return new PersonCandidate(id, newName, variants, roles, subject, matchedPersonId, matchedName, matchKind, firstMention);
        }

        public PersonCandidate withMatch(Long personId, String name) {
            return new PersonCandidate(id, this.name, variants, roles, subject, personId, name,
                    personId == null ? null : MatchKind.EXACT, firstMention);
        }
    }

    /** What a proposed change alters on a known person or their sentence. */
    public enum ChangeKind {
        STATUS, PLACE_OF_DETENTION, ROLES, SENTENCE_TERM
    }

    /**
     * A change a newer report proposes for a known person ("released": status imprisoned to
     * at liberty), shown as before and after with the sentence that says so.
     *
     * @param personId the known person; {@code sentenceId} the known sentence for SENTENCE_TERM
     * @param after    the code of the new value (status code, place, role codes joined by ";", ISO term)
     * @param replaces the sentence candidate this change stands for, or null
     */
    public record ChangeCandidate(String id, long personId, String personName, ChangeKind kind, String before, String after,
                                  Long sentenceId, String replaces, Span evidence) {
    }

    public record SentenceCandidate(String id, String person, SentenceKind kind, Term term, PartialDate date, String court,
                                    List<String> charges, Span evidence) {
        public SentenceCandidate with(SentenceKind k, Term t, PartialDate d, String c) {
            return new SentenceCandidate(id, person, k, t, d, c, charges, evidence);
        }
    }

    public record AppealCandidate(String id, List<String> persons, AppealLevel level, PartialDate date, String court,
                                  AppealOutcome outcome, Span evidence) {
        public AppealCandidate with(AppealLevel l, PartialDate d, String c, AppealOutcome o) {
            return new AppealCandidate(id, persons, l, d, c, o, evidence);
        }
    }

    public record RulingCandidate(String id, String person, UnBody body, PartialDate date, Finding finding, Span evidence) {
        public RulingCandidate with(UnBody b, PartialDate d, Finding f) {
            return new RulingCandidate(id, person, b, d, f, evidence);
        }
    }

    public record EventCandidate(String id, List<String> persons, EventType type, PartialDate date, String summary, Span evidence) {
        public EventCandidate with(EventType t, PartialDate d, String s) {
            return new EventCandidate(id, persons, t, d, s, evidence);
        }
    }

    /**
     * A designation the report states: the person (candidate id), what they are called, by
     * whom, on which list, when (null when the report gives no date), and the sentence saying so.
     */
    public record DesignationCandidate(String id, String person, DesignationKind kind, String designatedBy, String listName,
                                       PartialDate date, Span evidence) {
        public DesignationCandidate with(DesignationKind k, String by, String list, PartialDate d) {
            return new DesignationCandidate(id, person, k, by == null || by.isBlank() ? designatedBy : by.strip(), list, d, evidence);
        }
    }
}
