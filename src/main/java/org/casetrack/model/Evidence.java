package org.casetrack.model;


/** Links a stored fact (table and id) to a document span; offsets are null when only the document is cited. */
public record Evidence(
        Long id,
        long documentId,
        String factTable,
        long factId,
        Integer startOffset,
        Integer endOffset,
        String quote,
        String note) {
}
