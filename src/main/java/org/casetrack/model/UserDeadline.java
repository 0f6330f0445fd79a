package org.casetrack.model;

import java.time.LocalDate;

/** A dated item a user entered by hand (a hearing, a meeting, a filing date). Stored in user_deadline. */
public record UserDeadline(Long id, Long personId, Long caseId, ItemKind kind, LocalDate due, String title, String note) {
}
