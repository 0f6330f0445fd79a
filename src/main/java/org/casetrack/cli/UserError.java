package org.casetrack.cli;

import org.casetrack.store.StoreException;

/**
 * A failure the user caused or can fix, reported as one plain sentence with exit code 2.
 * Anything else is a bug: still one sentence, exit code 1, and no stack trace.
 */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    static String messageFor(Throwable ex) {
        if (ex instanceof UserError || ex instanceof StoreException) {
            return ex.getMessage();
        }
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause.getCause() instanceof StoreException || cause.getCause() instanceof UserError) {
                return cause.getCause().getMessage();
            }
            cause = cause.getCause();
        }
        return "Unexpected error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
    }

    static int exitCodeFor(Throwable ex) {
        if (ex instanceof UserError || ex instanceof StoreException) {
            return 2;
        }
        Throwable cause = ex.getCause();
        while (cause != null) {
            if (cause instanceof StoreException || cause instanceof UserError) {
                return 2;
            }
            cause = cause.getCause();
        }
        return 1;
    }
}
