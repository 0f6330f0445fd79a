package org.casetrack.model;

import java.util.List;

/** A challenge to an earlier decision and its ruling, brought by one or more persons. */
public record Appeal(
        Long id,
        List<Long> personIds,
        Long caseId,
        Long sentenceId,
        AppealLevel level,
        String court,
        PartialDate filed,
        PartialDate hearing,
        PartialDate decision,
        AppealOutcome outcome,
        String notes,
        boolean confidential) {
}
