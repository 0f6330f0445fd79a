package org.casetrack.model;

import java.util.Set;

/** A person whose case is tracked, or who appears in one. Id is null until stored. */
public record Person(
        Long id,
        String displayName,
        String givenName,
        String familyName,
        Sex sex,
        Integer birthYear,
        Set<PersonRole> roles,
        PersonStatus status,
        String placeOfDetention,
        String country,
        String notes,
        boolean confidential) {
}
