package org.casetrack.ui.common;

import org.casetrack.store.StoreException;

/** Turns any failure into one plain sentence for a dialog; never a stack trace. */
public final class UserMessages {

    private UserMessages() {
    }

    public static String sentence(Throwable t) {
        Throwable c = t;
        while (c != null) {
            if (c instanceof StoreException || c instanceof UserFacingException) {
                return c.getMessage();
            }
            if (c.getCause() == c) {
                break;
            }
            c = c.getCause();
        }
        ErrorLog.record(t); // the dialog says one sentence; the trace goes to the log for a bug report
        return I18n.tr("error.unexpected");
    }
}
