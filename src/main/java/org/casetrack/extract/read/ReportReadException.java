package org.casetrack.extract.read;

/** A report file that cannot be read; the message is one plain sentence for the user. */
public final class ReportReadException extends Exception {

    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
