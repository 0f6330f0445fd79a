package org.casetrack.store;

/**
 * A database problem the user can act on, carrying one plain sentence for them.
 * Library exceptions are translated here once, so no caller shows a stack trace.
 */
public final class StoreException extends RuntimeException {

    /** What went wrong, so callers and tests can react without parsing messages. */
    public enum Kind {
        WRONG_PASSPHRASE, IN_USE, CORRUPT, TOO_NEW, NOT_FOUND, ALREADY_EXISTS, IO, INVALID,
        /** The server connection broke during a statement; the transaction was rolled back, a retry may work. */
        LOST_CONNECTION,
        /** The server refused the statement: the user's CaseTrack role does not allow it (docs/server.md). */
        NOT_ALLOWED
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
