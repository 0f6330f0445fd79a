package org.casetrack.dataset;

/** A data file that cannot be read or does not make sense; the message says where and why. */
public final class DataSetException extends RuntimeException {
    public DataSetException(String message) {
        super(message);
    }

    public DataSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
