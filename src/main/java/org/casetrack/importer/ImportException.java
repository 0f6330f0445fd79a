package org.casetrack.importer;

/** A report that cannot be imported, with one plain sentence saying why. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }
}
