package org.casetrack.model;


/** A person's part in a case. */
public record CaseParty(Long id, long caseId, long personId, PartyRole role) {
}
