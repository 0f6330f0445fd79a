package org.casetrack.model;

/** A person's part in a case. */
public enum PartyRole implements Coded {
    DEFENDANT, COMPLAINANT, VICTIM, LAWYER, WITNESS, OTHER
}
