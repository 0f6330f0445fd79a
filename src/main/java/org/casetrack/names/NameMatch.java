package org.casetrack.names;

/** A stored person found for a name, with the spelling that matched and how. */
public record NameMatch(long personId, String matchedName, MatchKind kind) {
}
