package org.casetrack.extract;

/**
 * A person named in a sentence at [start, end); {@code official} when named in an official capacity,
 * {@code bystander} when the sentence is about someone close to them ("X's sister", "the brother of X").
 */
record Mention(PersonRegistry.Entry person, int start, int end, boolean official, boolean bystander) {
}
