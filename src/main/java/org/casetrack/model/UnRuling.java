package org.casetrack.model;


/** A UN body's decision on an individual's complaint. */
public record UnRuling(
        Long id,
        long personId,
        Long caseId,
        UnBody body,
        String communicationNumber,
        PartialDate adopted,
        Finding finding,
        String articles,
        String followUpStatus,
        String notes,
        boolean confidential) {
}
