package org.casetrack.model;

/** The kinds of stored fact that evidence can point at; the code is the table name. */
public enum FactType implements Coded {
    PERSON, CASE_FILE, CHARGE, SENTENCE, APPEAL, UN_RULING, EVENT
}
