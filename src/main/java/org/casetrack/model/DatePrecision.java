package org.casetrack.model;

/** How much of a date a source actually gave. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
