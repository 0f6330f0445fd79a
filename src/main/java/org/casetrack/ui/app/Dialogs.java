package org.casetrack.ui.app;

/** Messages to the user; tests swap in a recording implementation. */
public interface Dialogs {

    /** Shows one plain sentence. */
    void error(String sentence);

    void info(String sentence);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String question);

    /** Shows an edit form; true when the user saved valid values into it. */
    boolean edit(org.casetrack.ui.common.FormModel form);
}
