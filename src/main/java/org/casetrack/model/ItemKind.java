package org.casetrack.model;



/** What a dated item on the schedule is about. */
public enum ItemKind implements Coded {
    APPEAL_DEADLINE,
    CASSATION_DEADLINE,
    HEARING,
    RELEASE,
    END_OF_RESTRICTED_FREEDOM,
    UN_FOLLOW_UP,
    OTHER
}
