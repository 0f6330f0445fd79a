package org.casetrack.extract;

import java.util.List;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonRole;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;

/**
 * What the extractor read from one report: the review copy an importer shows before
 * anything is stored. Persons are referred to by their {@code id} ("p1", "p2"...).
 * Absent values are null (dates, terms, courts) or empty lists, never invented. Each person
 * and finding carries its {@link Basis}: the rule that made it and a confidence (not part of
 * the {@code extract --json} contract, which has no field for it).
 */
public record Extraction(DocumentInfo document, List<Person> persons, List<Penalty> sentences,
                         List<Appeal> appeals, List<UnRuling> unRulings, List<Event> events, List<Designation> designations) {

    public Extraction {
        designations = designations == null ? List.of() : List.copyOf(designations);
        persons = List.copyOf(persons);
        sentences = List.copyOf(sentences);
        appeals = List.copyOf(appeals);
        unRulings = List.copyOf(unRulings);
        events = List.copyOf(events);
    }

    /** An extraction without designations (callers from before they were read). */
    public Extraction(DocumentInfo document, List<Person> persons, List<Penalty> sentences, List<Appeal> appeals,
                      List<UnRuling> unRulings, List<Event> events) {
        this(document, persons, sentences, appeals, unRulings, events, List.of());
    }

    /** The report itself; {@code chars} is the length of the text all offsets point into. */
    public record DocumentInfo(String title, String publisher, String country, Integer periodYear,
                               String format, int chars) {
    }

    /** One real individual; {@code subject} is true when the report describes their own case. */
    public record Person(String id, String name, List<String> variants, boolean subject,
                         List<PersonRole> roles, List<Span> mentions, Basis basis) {
        public Person {
            variants = List.copyOf(variants);
            roles = List.copyOf(roles);
            mentions = List.copyOf(mentions);
            basis = basis == null ? Basis.UNKNOWN : basis;
        }

        public Person(String id, String name, List<String> variants, boolean subject, List<PersonRole> roles, List<Span> mentions) {
            this(id, name, variants, subject, roles, mentions, Basis.UNKNOWN);
        }
    }

    /** A penalty imposed on one person (the JSON calls these "sentences"). */
    public record Penalty(String person, SentenceKind kind, Term term, PartialDate date, String court,
                          List<String> charges, Span evidence, Basis basis) {
        public Penalty {
            charges = List.copyOf(charges);
            basis = basis == null ? Basis.UNKNOWN : basis;
        }

        public Penalty(String person, SentenceKind kind, Term term, PartialDate date, String court, List<String> charges, Span evidence) {
            this(person, kind, term, date, court, charges, evidence, Basis.UNKNOWN);
        }
    }

    /** A ruling on an appeal, cassation or other challenge. */
    public record Appeal(List<String> persons, PartialDate date, String court, AppealOutcome outcome, Span evidence,
                         Basis basis) {
        public Appeal {
            persons = List.copyOf(persons);
            basis = basis == null ? Basis.UNKNOWN : basis;
        }

        public Appeal(List<String> persons, PartialDate date, String court, AppealOutcome outcome, Span evidence) {
            this(persons, date, court, outcome, evidence, Basis.UNKNOWN);
        }
    }

    /** A UN body's decision on an individual's complaint. */
    public record UnRuling(String person, UnBody body, PartialDate date, Finding finding, Span evidence, Basis basis) {
        public UnRuling {
            basis = basis == null ? Basis.UNKNOWN : basis;
        }

        public UnRuling(String person, UnBody body, PartialDate date, Finding finding, Span evidence) {
            this(person, body, date, finding, evidence, Basis.UNKNOWN);
        }
    }

    /** Any other dated step of a case. */
    public record Event(List<String> persons, EventType type, PartialDate date, String summary, Span evidence,
                        Basis basis) {
        public Event {
            persons = List.copyOf(persons);
            basis = basis == null ? Basis.UNKNOWN : basis;
        }

        public Event(List<String> persons, EventType type, PartialDate date, String summary, Span evidence) {
            this(persons, type, date, summary, evidence, Basis.UNKNOWN);
        }
    }

    /**
     * An organisation's designation of a person as the report states it ("recognised as a
     * prisoner of conscience by Amnesty International"); {@code listName} when the person was
     * put on a list, {@code date} only when the sentence gives one.
     */
    public record Designation(String person, DesignationKind kind, String designatedBy, String listName, PartialDate date,
                              Span evidence, Basis basis) {
        public Designation {
            basis = basis == null ? Basis.UNKNOWN : basis;
        }
    }
}
