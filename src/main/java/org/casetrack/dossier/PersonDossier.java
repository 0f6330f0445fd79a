package org.casetrack.dossier;

import java.util.List;
import java.util.Map;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Charge;
import org.casetrack.model.Designation;
import org.casetrack.model.Event;
import org.casetrack.model.Evidence;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.Sentence;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;

/**
 * Everything known about one person, with the sources behind each fact: what the person
 * view, {@code casetrack person} and the case summaries show.
 *
 * @param designations what organisations have called the person, each with its source
 * @param evidence keyed by {@link #key(String, long)} of the fact ("sentence:12")
 * @param documents every document cited, by id (without text)
 * @param otherNames display names of the other persons the facts mention (co-appellants...)
 */
public record PersonDossier(
        Person person,
        List<PersonName> names,
        List<CaseFile> cases,
        List<CaseParty> parties,
        List<Charge> charges,
        List<Sentence> sentences,
        List<Appeal> appeals,
        List<UnRuling> rulings,
        List<Event> events,
        List<Designation> designations,
        Map<String, List<Evidence>> evidence,
        Map<Long, SourceDocument> documents,
        Map<Long, String> otherNames) {

    public static String key(String factTable, long id) {
        return factTable + ":" + id;
    }

    public List<Evidence> evidenceFor(String factTable, long id) {
        return evidence.getOrDefault(key(factTable, id), List.of());
    }
}
