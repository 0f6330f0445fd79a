package org.casetrack.model;

import java.math.BigDecimal;

/** A penalty imposed on a person. Term is null when no length is given; the fine fields are set for fines. */
public record Sentence(
        Long id,
        long personId,
        Long caseId,
        SentenceKind kind,
        Term term,
        BigDecimal fineAmount,
        String fineCurrency,
        PartialDate imposed,
        String court,
        PartialDate start,
        Integer pretrialDays,
        String notes,
        boolean confidential) {
}
