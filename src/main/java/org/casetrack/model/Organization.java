package org.casetrack.model;


/** An organisation a person belongs to or works for. */
public record Organization(Long id, String name, String kind, String country, String notes) {
}
