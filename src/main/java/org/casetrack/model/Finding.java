package org.casetrack.model;

/** What a UN body found on an individual communication. */
public enum Finding implements Coded {
    VIOLATION, NO_VIOLATION, INADMISSIBLE, UNKNOWN
}
