package org.casetrack.model;



/** Whether a user still has to act on an item. */
public enum ItemStatus implements Coded {
    OPEN, DONE, DISMISSED
}
