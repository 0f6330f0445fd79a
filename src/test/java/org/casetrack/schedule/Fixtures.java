package org.casetrack.schedule;

import org.casetrack.model.UserDeadline;
import org.casetrack.model.ItemState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;

/** Builds engine inputs in memory. */
final class Fixtures {

    final Map<Long, Person> persons = new HashMap<>();
    final Map<Long, CaseFile> cases = new HashMap<>();
    final List<Sentence> sentences = new ArrayList<>();
    final List<Appeal> appeals = new ArrayList<>();
    final List<UnRuling> rulings = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<UserDeadline> users = new ArrayList<>();
    final Map<String, ItemState> states = new HashMap<>();
    private long next = 1;

    long person(String name, PersonStatus status) {
        long id = next++;
        persons.put(id, new Person(id, name, null, null, Sex.UNKNOWN, null, Set.of(), status, null, "Kazakhstan", null, false));
        return id;
    }

    long kzCase(String title) {
        long id = next++;
        cases.put(id, new CaseFile(id, title, "Kazakhstan", "Kazakhstan", null, CaseStatus.OPEN, null, false));
        return id;
    }

    long sentence(long person, Long caseId, SentenceKind kind, String term, String imposed, String start, Integer pretrial) {
        long id = next++;
        sentences.add(new Sentence(id, person, caseId, kind, Term.parseNullable(term), null, null,
                PartialDate.parseNullable(imposed), "City Court", PartialDate.parseNullable(start), pretrial, null, false));
        return id;
    }

    long appeal(long person, long caseId, AppealLevel level, String filed, String hearing, String decision) {
        long id = next++;
        appeals.add(new Appeal(id, List.of(person), caseId, null, level, "Regional Court", PartialDate.parseNullable(filed),
                PartialDate.parseNullable(hearing), PartialDate.parseNullable(decision), AppealOutcome.PENDING, null, false));
        return id;
    }

    long ruling(long person, UnBody body, String adopted, Finding finding) {
        long id = next++;
        rulings.add(new UnRuling(id, person, null, body, "1234/2015", PartialDate.parseNullable(adopted), finding, "9", null, null, false));
        return id;
    }

    long event(long person, Long caseId, EventType type, String date) {
        long id = next++;
        events.add(new Event(id, type, PartialDate.parseNullable(date), null, "Kazakhstan", type.code(), List.of(person), caseId, false));
        return id;
    }

    ScheduleInputs inputs() {
        return new ScheduleInputs(persons, cases, sentences, appeals, rulings, events, users, states);
    }

    List<ScheduleItem> compute() {
        return new DeadlineEngine(DeadlineRules.shipped()).compute(inputs());
    }
}
