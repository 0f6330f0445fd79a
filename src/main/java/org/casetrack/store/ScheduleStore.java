package org.casetrack.store;

import static org.casetrack.store.generated.Tables.DEADLINE_RULE;
import static org.casetrack.store.generated.Tables.SCHEDULE_ITEM_STATE;
import static org.casetrack.store.generated.Tables.USER_DEADLINE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casetrack.model.Term;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.ItemKind;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.generated.tables.records.DeadlineRuleRecord;
import org.casetrack.store.generated.tables.records.UserDeadlineRecord;
import org.jooq.DSLContext;

/** What users decided about schedule items, the items they entered, and the database's own deadline rules. */
public final class ScheduleStore {

    private final DSLContext ctx;

    public ScheduleStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    // ---- item states

    public Map<String, ItemState> states() {
        Map<String, ItemState> out = new LinkedHashMap<>();
        ctx.selectFrom(SCHEDULE_ITEM_STATE).orderBy(SCHEDULE_ITEM_STATE.ITEM_KEY).forEach(r -> out.put(r.getItemKey(),
                new ItemState(r.getItemKey(), Dates.enumOf(ItemStatus.class, r.getStatus(), ItemStatus.OPEN), r.getOverrideDate(), r.getNote())));
        return out;
    }

    public Optional<ItemState> state(String key) {
        return Optional.ofNullable(states().get(key));
    }

    /** Records a status and/or an entered date for an item; an OPEN state with no date and no note is removed. */
    public void saveState(ItemState s) {
        if (s.status() == ItemStatus.OPEN && s.overrideDate() == null && (s.note() == null || s.note().isBlank())) {
            ctx.deleteFrom(SCHEDULE_ITEM_STATE).where(SCHEDULE_ITEM_STATE.ITEM_KEY.eq(s.itemKey())).execute();
            return;
        }
        ctx.mergeInto(SCHEDULE_ITEM_STATE)
                .using(org.jooq.impl.DSL.selectOne())
                .on(SCHEDULE_ITEM_STATE.ITEM_KEY.eq(s.itemKey()))
                .whenMatchedThenUpdate()
                .set(SCHEDULE_ITEM_STATE.STATUS, s.status().name())
                .set(SCHEDULE_ITEM_STATE.OVERRIDE_DATE, s.overrideDate())
                .set(SCHEDULE_ITEM_STATE.NOTE, s.note())
                .set(SCHEDULE_ITEM_STATE.UPDATED_AT, LocalDateTime.now())
                .whenNotMatchedThenInsert(SCHEDULE_ITEM_STATE.ITEM_KEY, SCHEDULE_ITEM_STATE.STATUS,
                        SCHEDULE_ITEM_STATE.OVERRIDE_DATE, SCHEDULE_ITEM_STATE.NOTE)
                .values(s.itemKey(), s.status().name(), s.overrideDate(), s.note())
                .execute();
    }

    // ---- user-entered items

    public long insertUserDeadline(UserDeadline u) {
        if (u.due() == null || u.title() == null || u.title().isBlank()) {
            throw new StoreException(StoreException.Kind.INVALID, "A dated item needs a date and a title.");
        }
        UserDeadlineRecord r = ctx.newRecord(USER_DEADLINE);
        r.setPersonId(u.personId());
        r.setCaseId(u.caseId());
        r.setKind((u.kind() == null ? ItemKind.OTHER : u.kind()).name());
        r.setDueDate(u.due());
        r.setTitle(u.title());
        r.setNote(u.note());
        r.store();
        return r.getId();
    }

    public void deleteUserDeadline(long id) {
        ctx.deleteFrom(USER_DEADLINE).where(USER_DEADLINE.ID.eq(id)).execute();
    }

    public List<UserDeadline> userDeadlines() {
        return ctx.selectFrom(USER_DEADLINE).orderBy(USER_DEADLINE.DUE_DATE, USER_DEADLINE.ID).fetch(r -> new UserDeadline(
                r.getId(), r.getPersonId(), r.getCaseId(), Dates.enumOf(ItemKind.class, r.getKind(), ItemKind.OTHER),
                r.getDueDate(), r.getTitle(), r.getNote()));
    }

    /** The users' items of these persons (personIds null: the items of no person). */
    public List<UserDeadline> userDeadlinesOf(java.util.Collection<Long> personIds) {
        org.jooq.Condition where;
        if (personIds == null) {
            where = USER_DEADLINE.PERSON_ID.isNull();
        } else if (personIds.isEmpty()) {
            return List.of();
        } else {
            where = USER_DEADLINE.PERSON_ID.in(personIds);
        }
        return ctx.selectFrom(USER_DEADLINE).where(where).orderBy(USER_DEADLINE.DUE_DATE, USER_DEADLINE.ID).fetch(r -> new UserDeadline(
                r.getId(), r.getPersonId(), r.getCaseId(), Dates.enumOf(ItemKind.class, r.getKind(), ItemKind.OTHER),
                r.getDueDate(), r.getTitle(), r.getNote()));
    }

    // ---- the database's own deadline rules

    public List<DeadlineRule> rules() {
        return ctx.selectFrom(DEADLINE_RULE).orderBy(DEADLINE_RULE.ID).fetch(ScheduleStore::toRule);
    }

    /** Adds or replaces a rule by id. */
    public void saveRule(DeadlineRule rule) {
        ctx.deleteFrom(DEADLINE_RULE).where(DEADLINE_RULE.ID.eq(rule.id())).execute();
        DeadlineRuleRecord r = ctx.newRecord(DEADLINE_RULE);
        r.setId(rule.id());
        r.setJurisdiction(rule.jurisdiction() == null ? "" : rule.jurisdiction());
        r.setProceeding(rule.proceeding());
        r.setTriggerOn(rule.trigger().name());
        r.setAppliesTo(String.join(",", rule.appliesTo().stream().sorted().toList()));
        r.setPeriod(rule.period().toIso());
        r.setKind(rule.kind().name());
        r.setLabel(rule.label());
        r.setCitation(rule.citation());
        r.setBasis(rule.basis());
        r.setCaveat(rule.caveat());
        r.setEnabled(rule.enabled());
        r.store();
    }

    public void deleteRule(String id) {
        ctx.deleteFrom(DEADLINE_RULE).where(DEADLINE_RULE.ID.eq(id)).execute();
    }

    private static DeadlineRule toRule(DeadlineRuleRecord r) {
        String applies = r.getAppliesTo();
        return new DeadlineRule(r.getId(), r.getJurisdiction(), r.getProceeding(),
                DeadlineTrigger.valueOf(r.getTriggerOn()),
                applies == null || applies.isBlank() ? java.util.Set.of() : new LinkedHashSet<>(Arrays.asList(applies.split(","))),
                Term.parse(r.getPeriod()), ItemKind.valueOf(r.getKind()), r.getLabel(), r.getCitation(), r.getBasis(), r.getCaveat(),
                Boolean.TRUE.equals(r.getEnabled()));
    }

}
