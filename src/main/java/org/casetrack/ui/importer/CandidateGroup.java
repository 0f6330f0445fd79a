package org.casetrack.ui.importer;

/** The groups of the review step, in the order they are shown. */
public enum CandidateGroup {
    PERSONS, SENTENCES, APPEALS, RULINGS, EVENTS,
    /** Prisoner of conscience, political prisoner: as the report states them, with their sentence. */
    DESIGNATIONS,
    /** Changes a newer report proposes for known people, before and after (never ticked by default). */
    CHANGES;

    /** The key of the group's heading in the wizard bundle. */
    public String titleKey() {
        return "group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
