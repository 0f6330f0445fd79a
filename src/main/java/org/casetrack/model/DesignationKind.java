package org.casetrack.model;

/** What an organisation has called a person: a prisoner of conscience, a political prisoner, or another label. */
public enum DesignationKind implements Coded {
    PRISONER_OF_CONSCIENCE, POLITICAL_PRISONER, OTHER
}
