package org.casetrack.model;

import java.util.List;

/** A dated step of a case (arrest, trial, release...) linked to persons and optionally a case. */
public record Event(
        Long id,
        EventType type,
        PartialDate date,
        String place,
        String country,
        String summary,
        List<Long> personIds,
        Long caseId,
        boolean confidential) {
}
