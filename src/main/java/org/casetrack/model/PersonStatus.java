package org.casetrack.model;

/** Where a person stands now. */
public enum PersonStatus implements Coded {
    AT_LIBERTY, DETAINED, IMPRISONED, RESTRICTED_FREEDOM, IN_PSYCHIATRIC_DETENTION, IN_EXILE, DECEASED, UNKNOWN
}
