package org.casetrack.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casetrack.model.CaseFile;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.Event;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.Person;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.ScheduleStore;
import org.jooq.DSLContext;

/** Loads the facts from a database, computes the schedule, and records what users decide about items. */
public final class ScheduleService {

    private final Database db;

    public ScheduleService(Database db) {
        this.db = db;
    }

    /** Shipped rules with this database's own rows laid over them. */
    public DeadlineRules rules() {
        return DeadlineRules.shipped().overriddenBy(new ScheduleStore(db.dsl()).rules());
    }

    /** Every item, open or not, sorted by date. */
    public List<ScheduleItem> items() {
        return read(ctx -> new DeadlineEngine(DeadlineRules.shipped().overriddenBy(new ScheduleStore(ctx).rules())).compute(inputs(ctx)));
    }

    /** Open items due from asOf to asOf + days, and those overdue by up to a year. */
    public List<ScheduleItem> upcoming(LocalDate asOf, int days) {
        return Upcoming.select(items(), asOf, days, Upcoming.DEFAULT_OVERDUE_DAYS);
    }

    public void markDone(String key) {
        setStatus(key, ItemStatus.DONE);
    }

    public void dismiss(String key) {
        setStatus(key, ItemStatus.DISMISSED);
    }

    public void reopen(String key) {
        setStatus(key, ItemStatus.OPEN);
    }

    /** A date the user entered, replacing the computed one (null removes the override). */
    public void enterDate(String key, LocalDate date, String note) {
        db.writeVoid(ctx -> {
            ScheduleStore s = new ScheduleStore(ctx);
            ItemState old = s.state(key).orElse(new ItemState(key, ItemStatus.OPEN, null, null));
            s.saveState(new ItemState(key, old.status(), date, note == null ? old.note() : note));
        });
    }

    public long addUserItem(UserDeadline u) {
        return db.write(ctx -> new ScheduleStore(ctx).insertUserDeadline(u));
    }

    public void saveRule(DeadlineRule rule) {
        saveRules(List.of(rule));
    }

    /** Stores all rows or none: each is checked first, then all are written in one transaction. */
    public void saveRules(List<DeadlineRule> rules) {
        for (DeadlineRule r : rules) {
            String problem = DeadlineRules.problem(r);
            if (problem != null) {
                throw new IllegalArgumentException("Rule " + r.id() + ": " + problem);
            }
        }
        db.writeVoid(ctx -> {
            ScheduleStore store = new ScheduleStore(ctx);
            rules.forEach(store::saveRule);
        });
    }

    private void setStatus(String key, ItemStatus status) {
        db.writeVoid(ctx -> {
            ScheduleStore s = new ScheduleStore(ctx);
            ItemState old = s.state(key).orElse(new ItemState(key, ItemStatus.OPEN, null, null));
            s.saveState(new ItemState(key, status, old.overrideDate(), old.note()));
        });
    }

    private <T> T read(Function<DSLContext, T> work) {
        return db.write(work); // one transaction gives a consistent snapshot
    }

    static ScheduleInputs inputs(DSLContext ctx) {
        PersonStore persons = new PersonStore(ctx);
        FactStore facts = new FactStore(ctx);
        Map<Long, Person> byId = new LinkedHashMap<>();
        for (Person p : persons.list()) {
            byId.put(p.id(), p);
        }
        Map<Long, CaseFile> cases = new LinkedHashMap<>();
        for (CaseFile c : new CaseStore(ctx).list()) {
            cases.put(c.id(), c);
        }
        // set-based: a few queries whatever the number of persons (docs/decisions/0081-scale.md)
        List<Event> events = facts.scheduleEvents();
        ScheduleStore schedule = new ScheduleStore(ctx);
        return new ScheduleInputs(byId, cases, facts.allSentences(), facts.allAppeals(), facts.allRulings(),
                events, schedule.userDeadlines(), schedule.states());
    }
}
