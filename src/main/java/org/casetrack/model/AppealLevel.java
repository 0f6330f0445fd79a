package org.casetrack.model;

/** The level of a challenge to an earlier decision. */
public enum AppealLevel implements Coded {
    APPEAL, CASSATION, SUPERVISORY, CONSTITUTIONAL, OTHER
}
