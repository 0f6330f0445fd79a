package org.casetrack.model;



/** The recorded date a rule's period runs from. */
public enum DeadlineTrigger implements Coded {
    /** The day a first-instance sentence was imposed (pronounced). */
    VERDICT,
    /** The day an appeal court decided (for cassation windows). */
    APPEAL_DECISION,
    /** The day a UN body adopted its Views or decision. */
    UN_VIEWS_ADOPTED
}
