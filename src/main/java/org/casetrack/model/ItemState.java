package org.casetrack.model;

import java.time.LocalDate;

/**
 * What a user recorded about an item: done or dismissed, and/or a date they entered that
 * replaces the computed one. Stored in schedule_item_state by item key.
 */
public record ItemState(String itemKey, ItemStatus status, LocalDate overrideDate, String note) {
    public ItemState {
        status = status == null ? ItemStatus.OPEN : status;
    }
}
