package org.casetrack.schedule;

import org.casetrack.model.UserDeadline;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemKind;
import org.casetrack.model.DeadlineRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.CaseFile;
import org.casetrack.model.DatePrecision;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnRuling;

/**
 * Computes the schedule from stored facts and the deadline table. Pure: no database, no
 * clock. Dates known only to the month or year give a window (earliest..latest), never an
 * invented day; user-entered dates and done/dismissed marks are applied last.
 */
public final class DeadlineEngine {

    private final DeadlineRules rules;

    public DeadlineEngine(DeadlineRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    private java.util.Map<Long, List<Event>> detentions = java.util.Map.of();

    public List<ScheduleItem> compute(ScheduleInputs in) {
        List<ScheduleItem> items = new ArrayList<>();
        // dated detentions and arrests by person, so each sentence looks at its own person's few
        detentions = new java.util.HashMap<>();
        for (Event e : in.events()) {
            if ((e.type() == EventType.DETENTION || e.type() == EventType.ARREST) && e.date() != null) {
                for (Long pid : e.personIds()) {
                    detentions.computeIfAbsent(pid, k -> new ArrayList<>()).add(e);
                }
            }
        }
        for (Sentence s : in.sentences()) {
            appealDeadlines(in, s, items);
            release(in, s, items);
        }
        for (Appeal a : in.appeals()) {
            hearings(in, a, items);
            cassationDeadlines(in, a, items);
        }
        for (Event e : in.events()) {
            hearingEvent(in, e, items);
        }
        for (UnRuling r : in.rulings()) {
            unFollowUp(in, r, items);
        }
        for (UserDeadline u : in.userDeadlines()) {
            items.add(item(in, "user:" + u.id(), u.kind() == null ? ItemKind.OTHER : u.kind(), u.personId(), u.caseId(),
                    DueDate.on(u.due()), u.title(), false, null, "entered by a user",
                    "entered by a user", "user_deadline#" + u.id(), false));
        }
        List<ScheduleItem> applied = new ArrayList<>(items.size());
        for (ScheduleItem item : items) {
            applied.add(applyState(item, in.states().get(item.key())));
        }
        applied.sort(ORDER);
        return applied;
    }

    /** Due date first, then person, then key: the same inputs always give the same order. */
    public static final Comparator<ScheduleItem> ORDER = Comparator
            .comparing(ScheduleItem::due)
            .thenComparing(i -> i.personName() == null ? "" : i.personName())
            .thenComparing(ScheduleItem::key);

    // --- appeal and cassation windows ---------------------------------------------------

    private void appealDeadlines(ScheduleInputs in, Sentence s, List<ScheduleItem> out) {
        PartialDate verdict = s.imposed();
        if (verdict == null || verdict.precision() == DatePrecision.YEAR || s.caseId() == null) {
            return; // a year-precise verdict gives no usable window for a deadline of days
        }
        CaseFile c = in.cases().get(s.caseId());
        String jurisdiction = jurisdictionOf(c);
        if (jurisdiction == null) {
            return;
        }
        if (alreadyAppealed(in, s.personId(), s.caseId(), verdict)) {
            return;
        }
        for (DeadlineRule r : rules.forTrigger(DeadlineTrigger.VERDICT)) {
            if (!r.matches(jurisdiction, s.kind() == null ? null : s.kind().code())) {
                continue;
            }
            DueDate due = plus(verdict, r.period(), 0);
            String why = "verdict " + verdict.toIso() + precisionNote(verdict) + " + " + r.period().toEnglish()
                    + " (" + r.citation() + ")" + windowNote(due);
            out.add(item(in, r.kind().code() + ":sentence:" + s.id() + ":" + r.id(), r.kind(), s.personId(), s.caseId(), due,
                    r.label(), true, r, basisOf(r), why, "sentence#" + s.id(), s.confidential()));
        }
    }

    private boolean alreadyAppealed(ScheduleInputs in, long personId, long caseId, PartialDate verdict) {
        return in.appeals().stream().anyMatch(a -> a.level() == AppealLevel.APPEAL
                && Objects.equals(a.caseId(), caseId)
                && a.personIds().contains(personId)
                && (a.filed() != null || a.hearing() != null || a.decision() != null));
    }

    private void cassationDeadlines(ScheduleInputs in, Appeal a, List<ScheduleItem> out) {
        PartialDate decision = a.decision();
        if (decision == null || decision.precision() == DatePrecision.YEAR || a.caseId() == null) {
            return;
        }
        String jurisdiction = jurisdictionOf(in.cases().get(a.caseId()));
        if (jurisdiction == null) {
            return;
        }
        for (DeadlineRule r : rules.forTrigger(DeadlineTrigger.APPEAL_DECISION)) {
            if (!r.matches(jurisdiction, a.level() == null ? null : a.level().code())) {
                continue;
            }
            boolean challengedFurther = in.appeals().stream().anyMatch(b -> b != a && Objects.equals(b.caseId(), a.caseId())
                    && b.level() != null && a.level() != null && b.level().ordinal() > a.level().ordinal());
            if (challengedFurther) {
                continue;
            }
            DueDate due = plus(decision, r.period(), 0);
            String why = "appeal decision " + decision.toIso() + precisionNote(decision) + " + " + r.period().toEnglish()
                    + " (" + r.citation() + ")" + windowNote(due);
            for (Long personId : a.personIds()) {
                out.add(item(in, r.kind().code() + ":appeal:" + a.id() + ":person:" + personId + ":" + r.id(), r.kind(), personId,
                        a.caseId(), due, r.label(), true, r, basisOf(r), why, "appeal#" + a.id(), a.confidential()));
            }
        }
    }

    // --- hearings (entered by users) ----------------------------------------------------

    private void hearings(ScheduleInputs in, Appeal a, List<ScheduleItem> out) {
        if (a.hearing() == null) {
            return;
        }
        String level = a.level() == null ? "appeal" : a.level().code();
        String title = "Hearing (" + level + ")" + (a.court() == null ? "" : " at " + a.court());
        String why = "hearing date entered on the " + level + " record" + precisionNote(a.hearing());
        for (Long personId : a.personIds()) {
            out.add(item(in, "hearing:appeal:" + a.id() + ":person:" + personId, ItemKind.HEARING, personId, a.caseId(),
                    window(a.hearing()), title, false, null, "entered", why, "appeal#" + a.id(), a.confidential()));
        }
    }

    private void hearingEvent(ScheduleInputs in, Event e, List<ScheduleItem> out) {
        if (e.type() != EventType.HEARING || e.date() == null) {
            return;
        }
        String title = e.summary() == null ? "Hearing" : e.summary();
        for (Long personId : e.personIds().isEmpty() ? List.<Long>of(-1L) : e.personIds()) {
            Long pid = personId < 0 ? null : personId;
            out.add(item(in, "hearing:event:" + e.id() + (pid == null ? "" : ":person:" + pid), ItemKind.HEARING, pid, e.caseId(),
                    window(e.date()), title, false, null, "entered",
                    "hearing event entered" + precisionNote(e.date()), "event#" + e.id(), e.confidential()));
        }
    }

    // --- projected release and end of restricted freedom --------------------------------

    private void release(ScheduleInputs in, Sentence s, List<ScheduleItem> out) {
        Term term = s.term();
        if (term == null || term.isZero() || s.kind() == null) {
            return;
        }
        ItemKind kind;
        String what;
        switch (s.kind()) {
            case IMPRISONMENT -> { kind = ItemKind.RELEASE; what = "Projected release"; }
            case ADMINISTRATIVE_DETENTION -> { kind = ItemKind.RELEASE; what = "Release from administrative detention"; }
            case RESTRICTED_FREEDOM -> { kind = ItemKind.END_OF_RESTRICTED_FREEDOM; what = "End of restricted freedom"; }
            default -> { return; }
        }
        Person p = in.persons().get(s.personId());
        if (p != null && (p.status() == PersonStatus.AT_LIBERTY || p.status() == PersonStatus.DECEASED)) {
            return; // nothing to project for someone already free or dead
        }
        String termText = s.kind() == SentenceKind.ADMINISTRATIVE_DETENTION ? inDays(term) : term.toEnglish();
        DueDate due;
        String why;
        if (s.start() != null) {
            int credit = s.pretrialDays() == null ? 0 : s.pretrialDays();
            due = plus(s.start(), term, credit);
            why = "start " + s.start().toIso() + precisionNote(s.start()) + " + " + termText
                    + (credit > 0 ? " − " + credit + " days of pre-trial detention credited" : "") + windowNote(due);
        } else if (s.kind() != SentenceKind.RESTRICTED_FREEDOM) {
            Optional<PartialDate> detained = detentionDate(in, s);
            if (detained.isEmpty()) {
                return;
            }
            due = plus(detained.get(), term, 0);
            why = "detention " + detained.get().toIso() + precisionNote(detained.get()) + " + " + termText
                    + " (start of term not recorded; counted from detention, which includes pre-trial days)" + windowNote(due);
        } else {
            return;
        }
        out.add(item(in, kind.code() + ":sentence:" + s.id(), kind, s.personId(), s.caseId(), due, what, true, null,
                "term of the sentence" + (s.court() == null ? "" : " imposed by " + s.court()), why, "sentence#" + s.id(), s.confidential()));
    }

    private static String inDays(Term t) {
        if (t.years() == 0 && t.months() == 0) {
            return t.days() + (t.days() == 1 ? " day" : " days");
        }
        return t.toEnglish();
    }

    private Optional<PartialDate> detentionDate(ScheduleInputs in, Sentence s) {
        return detentions.getOrDefault(s.personId(), List.of()).stream()
                .filter(e -> s.caseId() == null || e.caseId() == null || Objects.equals(e.caseId(), s.caseId()))
                .filter(e -> s.imposed() == null || !e.date().earliest().isAfter(s.imposed().latest()))
                .map(Event::date)
                .max(Comparator.naturalOrder()); // the detention that led to this sentence: the last one before it
    }

    // --- UN follow-up -----------------------------------------------------------------

    private void unFollowUp(ScheduleInputs in, UnRuling r, List<ScheduleItem> out) {
        if (r.adopted() == null || r.finding() != Finding.VIOLATION || r.body() == null) {
            return;
        }
        for (DeadlineRule rule : rules.forTrigger(DeadlineTrigger.UN_VIEWS_ADOPTED)) {
            if (!rule.appliesTo(r.body().code())) {
                continue;
            }
            DueDate due = plus(r.adopted(), rule.period(), 0);
            String why = r.body().code() + " Views adopted " + r.adopted().toIso() + precisionNote(r.adopted()) + " + "
                    + rule.period().toEnglish() + " (" + rule.citation() + ")" + windowNote(due);
            String title = rule.label() + (r.communicationNumber() == null ? "" : " (communication " + r.communicationNumber() + ")");
            out.add(item(in, rule.kind().code() + ":un_ruling:" + r.id() + ":" + rule.id(), rule.kind(), r.personId(), r.caseId(),
                    due, title, true, rule, basisOf(rule), why, "un_ruling#" + r.id(), r.confidential()));
        }
    }

    // --- date arithmetic --------------------------------------------------------------

    /**
     * Adds a term to every day a partial date can mean and subtracts credited days. Months
     * and years are calendar steps that clamp to the month's end (31 Jan + 1 month = 28/29 Feb).
     */
    static DueDate plus(PartialDate start, Term term, int creditDays) {
        return new DueDate(plus(start.earliest(), term, creditDays), plus(start.latest(), term, creditDays));
    }

    static LocalDate plus(LocalDate d, Term term, int creditDays) {
        return d.plusYears(term.years()).plusMonths(term.months()).plusDays(term.days()).minusDays(creditDays);
    }

    private static DueDate window(PartialDate d) {
        return new DueDate(d.earliest(), d.latest());
    }

    private static String precisionNote(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> "";
            case MONTH -> " (month only)";
            case YEAR -> " (year only)";
        };
    }

    private static String windowNote(DueDate due) {
        return due.isExact() ? "" : ": due between " + due.from() + " and " + due.to();
    }

    private static String basisOf(DeadlineRule r) {
        return r.caveat() == null || r.caveat().isBlank() ? r.basis() : r.basis() + " " + r.caveat();
    }

    static String jurisdictionOf(CaseFile c) {
        if (c == null) {
            return null;
        }
        if (c.jurisdiction() != null && !c.jurisdiction().isBlank()) {
            return c.jurisdiction();
        }
        return c.country() == null || c.country().isBlank() ? null : c.country();
    }

    private static ScheduleItem item(ScheduleInputs in, String key, ItemKind kind, Long personId, Long caseId, DueDate due,
                                     String title, boolean computed, DeadlineRule rule, String basis, String why, String source,
                                     boolean factConfidential) {
        Person p = personId == null ? null : in.persons().get(personId);
        CaseFile c = caseId == null ? null : in.cases().get(caseId);
        String country = c != null && c.country() != null ? c.country() : p != null ? p.country() : null;
        return new ScheduleItem(key, kind, personId, p == null ? null : p.displayName(), caseId, c == null ? null : c.title(),
                country, due, title, computed, rule, basis, why, source, ItemStatus.OPEN, null,
                factConfidential || (p != null && p.confidential()) || (c != null && c.confidential()));
    }

    static ScheduleItem applyState(ScheduleItem item, ItemState state) {
        if (state == null) {
            return item;
        }
        ScheduleItem out = item;
        if (state.overrideDate() != null) {
            out = out.withEnteredDate(DueDate.on(state.overrideDate()),
                    ScheduleItem.ENTERED_BY_USER + (item.computed() ? " (computed: " + item.due().toIso() + ", " + item.explanation() + ")" : ""));
        }
        return out.withStatus(state.status(), state.note());
    }
}
