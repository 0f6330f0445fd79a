package org.casetrack.extract;

import java.util.List;
import org.casetrack.model.AppealOutcome;
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
 * Absent values are null (dates, terms, courts) or empty lists, never invented.
 */
public record Extraction(DocumentInfo document, List<Person> persons, List<Penalty> sentences,
                         List<Appeal> appeals, List<UnRuling> unRulings, List<Event> events) {

    public Extraction {
        persons = List.copyOf(persons);
        sentences = List.copyOf(sentences);
        appeals = List.copyOf(appeals);
        unRulings = List.copyOf(unRulings);
        events = List.copyOf(events);
    }

    /** The report itself; {@code chars} is the length of the text all offsets point into. */
    public record DocumentInfo(String title, String publisher, String country, Integer periodYear,
                               String format, int chars) {
    }

    /** One real individual; {@code subject} is true when the report describes their own case. */
    public record Person(String id, String name, List<String> variants, boolean subject,
                         List<PersonRole> roles, List<Span> mentions) {
        public Person {
            variants = List.copyOf(variants);
            roles = List.copyOf(roles);
            mentions = List.copyOf(mentions);
        }
    }

    /** A penalty imposed on one person (the JSON calls these "sentences"). */
    public record Penalty(String person, SentenceKind kind, Term term, PartialDate date, String court,
                          List<String> charges, Span evidence) {
        public Penalty {
            charges = List.copyOf(charges);
        }
    }

    /** A ruling on an appeal, cassation or other challenge. */
    public record Appeal(List<String> persons, PartialDate date, String court, AppealOutcome outcome, Span evidence) {
        public Appeal {
            persons = List.copyOf(persons);
        }
    }

    /** A UN body's decision on an individual's complaint. */
    public record UnRuling(String person, UnBody body, PartialDate date, Finding finding, Span evidence) {
    }

    /** Any other dated step of a case. */
    public record Event(List<String> persons, EventType type, PartialDate date, String summary, Span evidence) {
        public Event {
            persons = List.copyOf(persons);
        }
    }
}
