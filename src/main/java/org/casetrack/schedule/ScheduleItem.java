package org.casetrack.schedule;

import org.casetrack.model.ItemStatus;

import org.casetrack.model.ItemKind;

import org.casetrack.model.DeadlineRule;

/**
 * One dated thing to act on or watch: a deadline, a hearing, a projected release.
 *
 * @param key         stable across recomputation (state, overrides and calendar UIDs hang on it)
 * @param computed    true when the engine derived the date from a rule or a term; false when a
 *                    user entered it (a hearing date, a user item, or an override of a computed date)
 * @param rule        the rule used, or null for entered items and release projections
 * @param basis       legal basis or other ground of the date, for display
 * @param explanation how the date was found: "verdict 2017-04-07 + 15 days (CPC art. 415)"
 * @param source      the stored fact it comes from, "sentence#12", "un_ruling#3", "user_deadline#4"
 * @param confidential true when the fact, its person or its case is marked confidential
 */
public record ScheduleItem(
        String key,
        ItemKind kind,
        Long personId,
        String personName,
        Long caseId,
        String caseTitle,
        String country,
        DueDate due,
        String title,
        boolean computed,
        DeadlineRule rule,
        String basis,
        String explanation,
        String source,
        ItemStatus status,
        String note,
        boolean confidential) {

    public ScheduleItem withStatus(ItemStatus newStatus, String newNote) {
        return new ScheduleItem(key, kind, personId, personName, caseId, caseTitle, country, due, title, computed,
                rule, basis, explanation, source, newStatus, newNote, confidential);
    }

    ScheduleItem withEnteredDate(DueDate entered, String why) {
        return new ScheduleItem(key, kind, personId, personName, caseId, caseTitle, country, entered, title, false,
                rule, basis, why, source, status, note, confidential);
    }

    /** How {@link #explanation()} starts when a user entered the date over a computed or recorded one. */
    public static final String ENTERED_BY_USER = "date entered by a user";

    /** True when a user's date replaced the one the engine found. */
    public boolean isOverridden() {
        return explanation != null && explanation.startsWith(ENTERED_BY_USER);
    }

    public boolean isOpen() {
        return status == ItemStatus.OPEN;
    }
}
