package org.casetrack.importer;

/**
 * What a committed import stored. {@code merged} counts facts that were already known (from
 * another report) and only gained this report as a further source; {@code changed} counts
 * ticked changes applied to known persons and sentences; {@code designations} new designations stored.
 */
public record ImportResult(boolean alreadyImported, Long documentId, int newPersons, int matchedPersons, int cases,
                           int sentences, int appeals, int rulings, int events, int merged, int changed, int designations) {

    public ImportResult(boolean alreadyImported, Long documentId, int newPersons, int matchedPersons, int cases,
                        int sentences, int appeals, int rulings, int events, int merged, int changed) {
        this(alreadyImported, documentId, newPersons, matchedPersons, cases, sentences, appeals, rulings, events, merged, changed, 0);
    }

    public ImportResult(boolean alreadyImported, Long documentId, int newPersons, int matchedPersons, int cases,
                        int sentences, int appeals, int rulings, int events, int merged) {
        this(alreadyImported, documentId, newPersons, matchedPersons, cases, sentences, appeals, rulings, events, merged, 0);
    }

    public static ImportResult nothing(Long existingDocumentId) {
        return new ImportResult(true, existingDocumentId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
