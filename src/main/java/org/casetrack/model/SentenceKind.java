package org.casetrack.model;

/** The kind of penalty imposed by a court or authority. */
public enum SentenceKind implements Coded {
    IMPRISONMENT, RESTRICTED_FREEDOM, ADMINISTRATIVE_DETENTION, SUSPENDED_SENTENCE, FINE, FORCED_PSYCHIATRIC_TREATMENT, OTHER
}
