package org.casetrack.model;

/** Recorded sex; UNKNOWN unless a source says. */
public enum Sex implements Coded {
    MALE, FEMALE, OTHER, UNKNOWN
}
