package org.casetrack.model;


/** One spelling of a person's name; matchKey is the folded form used to find it again. */
public record PersonName(Long id, long personId, String name, NameKind kind, String matchKey) {
}
