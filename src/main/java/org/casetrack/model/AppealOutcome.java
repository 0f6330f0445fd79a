package org.casetrack.model;

/** The outcome of a challenge, from the appellant's side. */
public enum AppealOutcome implements Coded {
    DISMISSED, GRANTED, PARTLY_GRANTED, PENDING, UNKNOWN
}
