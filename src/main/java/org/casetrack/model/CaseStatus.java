package org.casetrack.model;

/** The state of a case file. */
public enum CaseStatus implements Coded {
    OPEN, CLOSED, ARCHIVED
}
