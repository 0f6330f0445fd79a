package org.casetrack.schedule;

import org.casetrack.model.Coded;

/** Whether a user still has to act on an item. */
public enum ItemStatus implements Coded {
    OPEN, DONE, DISMISSED
}
