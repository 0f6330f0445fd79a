package org.casetrack.model;

/** What a stored spelling of a person's name is. */
public enum NameKind implements Coded {
    PRIMARY, VARIANT, TRANSLITERATION, ORIGINAL_SCRIPT
}
