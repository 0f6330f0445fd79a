package org.casetrack.extract;

/** A person named in a sentence at [start, end); {@code official} when named in an official capacity. */
record Mention(PersonRegistry.Entry person, int start, int end, boolean official) {
}
