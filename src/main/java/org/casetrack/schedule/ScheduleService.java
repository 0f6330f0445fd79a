package org.casetrack.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.casetrack.model.CaseFile;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.Appeal;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Sentence;
import org.casetrack.model.UnRuling;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.Person;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.RecordsById;
import org.casetrack.store.ScheduleStore;
import org.jooq.DSLContext;

/** Loads the facts from a database, computes the schedule, and records what users decide about items. */
public final class ScheduleService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScheduleService.class);

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
        return read(ctx -> new DeadlineEngine(DeadlineRules.shipped().overriddenBy(new ScheduleStore(ctx).rules()))
                .compute(inputs(ctx, null, null)));
    }

    /** Open items due from asOf to asOf + days, and those overdue by up to a year. */
    public List<ScheduleItem> upcoming(LocalDate asOf, int days) {
        return upcoming(asOf, days, Upcoming.DEFAULT_OVERDUE_DAYS);
    }

    /**
     * What {@code Upcoming.select(items(), asOf, days, overdueDays)} gives, read from the
     * stored schedule after bringing it up to date (docs/decisions/0115). Where it cannot be
     * written (a read-only file, a server role without the right), the items are computed
     * from the facts as before: never stale, never a failure of its own.
     */
    public List<ScheduleItem> upcoming(LocalDate asOf, int days, int overdueDays) {
        if (days < 0 || overdueDays < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        try {
            long t0 = System.nanoTime();
            return db.write(ctx -> {
                ScheduleCache cache = new ScheduleCache(ctx, DeadlineRules.shipped().overriddenBy(new ScheduleStore(ctx).rules()));
                List<ScheduleItem> out = cache.upcoming(asOf, days, overdueDays);
                if (Boolean.getBoolean("casetrack.schedule.timing")) { // bench notes: what the refresh did and how long it all took
                    System.err.printf("stored schedule: %s, %s, in all %d ms%n", cache.lastRefresh(), cache.timing(),
                            (System.nanoTime() - t0) / 1_000_000);
                }
                return out;
            });
        } catch (RuntimeException e) {
            LOG.debug("The stored schedule could not be used; computing it from the facts.", e);
            return upcomingComputed(asOf, days, overdueDays);
        }
    }

    /**
     * The same selection computed from the facts, without the stored schedule: the hearings
     * near that range only (docs/decisions/0095): a hearing's item is due on its own
     * date, so hearings far from the range can only enter it through a user-entered date, and
     * those are read too. Every other source (sentences, appeals, rulings, users' items) is
     * read whole, as for {@link #items()}.
     */
    public List<ScheduleItem> upcomingComputed(LocalDate asOf, int days, int overdueDays) {
        if (days < 0 || overdueDays < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate from = overdueDays == Integer.MAX_VALUE ? null : asOf.minusDays(overdueDays);
        LocalDate to = asOf.plusDays(days);
        List<ScheduleItem> all = read(ctx -> new DeadlineEngine(DeadlineRules.shipped().overriddenBy(new ScheduleStore(ctx).rules()))
                .compute(inputs(ctx, from, to)));
        return Upcoming.select(all, asOf, days, overdueDays);
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
        return inputs(ctx, null, null);
    }

    /**
     * Set-based: a few queries whatever the number of persons (docs/decisions/0081-scale.md,
     * 0095): hearings whose date can fall from..to (null: all), and only the persons and
     * cases the facts name, read by id.
     */
    static ScheduleInputs inputs(DSLContext ctx, LocalDate from, LocalDate to) {
        FactStore facts = new FactStore(ctx);
        ScheduleStore schedule = new ScheduleStore(ctx);
        Map<String, ItemState> states = schedule.states();
        java.util.Set<Long> entered = new java.util.HashSet<>();
        states.forEach((key, state) -> {
            if (state.overrideDate() != null && key.startsWith(HEARING_EVENT)) {
                String rest = key.substring(HEARING_EVENT.length());
                int colon = rest.indexOf(':');
                try {
                    entered.add(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon)));
                } catch (NumberFormatException e) {
                    // not an event's key: nothing to read
                }
            }
        });
        List<Event> events = facts.scheduleEvents(from, to, entered);
        List<Sentence> sentences = facts.allSentences();
        List<Appeal> appeals = facts.allAppeals();
        List<UnRuling> rulings = facts.allRulings();
        List<UserDeadline> users = schedule.userDeadlines();
        java.util.Set<Long> personIds = new java.util.HashSet<>();
        java.util.Set<Long> caseIds = new java.util.HashSet<>();
        sentences.forEach(x -> { personIds.add(x.personId()); caseIds.add(x.caseId()); });
        appeals.forEach(x -> { personIds.addAll(x.personIds()); caseIds.add(x.caseId()); });
        rulings.forEach(x -> { personIds.add(x.personId()); caseIds.add(x.caseId()); });
        users.forEach(x -> { personIds.add(x.personId()); caseIds.add(x.caseId()); });
        events.stream().filter(e -> e.type() == EventType.HEARING).forEach(e -> {
            personIds.addAll(e.personIds());
            caseIds.add(e.caseId());
        });
        Map<Long, Person> persons = RecordsById.persons(ctx, personIds);
        Map<Long, CaseFile> cases = RecordsById.cases(ctx, caseIds);
        return new ScheduleInputs(persons, cases, sentences, appeals, rulings, events, users, states);
    }

    private static final String HEARING_EVENT = "hearing:event:";
}
