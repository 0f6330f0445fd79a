package org.casetrack.schedule;

import org.casetrack.model.UserDeadline;
import org.casetrack.model.ItemState;
import java.util.List;
import java.util.Map;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Event;
import org.casetrack.model.Person;
import org.casetrack.model.Sentence;
import org.casetrack.model.UnRuling;

/** Everything the engine reads: plain records, loaded by {@link ScheduleService} or built by tests. */
public record ScheduleInputs(
        Map<Long, Person> persons,
        Map<Long, CaseFile> cases,
        List<Sentence> sentences,
        List<Appeal> appeals,
        List<UnRuling> rulings,
        List<Event> events,
        List<UserDeadline> userDeadlines,
        Map<String, ItemState> states) {

    public ScheduleInputs {
        persons = Map.copyOf(persons);
        cases = Map.copyOf(cases);
        sentences = List.copyOf(sentences);
        appeals = List.copyOf(appeals);
        rulings = List.copyOf(rulings);
        events = List.copyOf(events);
        userDeadlines = List.copyOf(userDeadlines);
        states = Map.copyOf(states);
    }
}
