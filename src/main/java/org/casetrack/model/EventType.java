package org.casetrack.model;

/** A dated step of a case worth a timeline entry. */
public enum EventType implements Coded {
    ARREST, DETENTION, CHARGE, TRIAL, CONVICTION, RELEASE, PAROLE, TRANSFER, ATTACK, HEARING, EXTRADITION, OTHER
}
