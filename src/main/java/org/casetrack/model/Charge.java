package org.casetrack.model;


/** A charge in a case, optionally against one named person. */
public record Charge(Long id, long caseId, Long personId, String article, String description) {
}
