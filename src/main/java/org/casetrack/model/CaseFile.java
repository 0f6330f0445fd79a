package org.casetrack.model;


/** A case: criminal, administrative or a UN communication, with its own parties. */
public record CaseFile(
        Long id,
        String title,
        String country,
        String jurisdiction,
        String caseNumber,
        CaseStatus status,
        String summary,
        boolean confidential) {
}
