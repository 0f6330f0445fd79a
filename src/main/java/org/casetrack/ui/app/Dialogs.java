package org.casetrack.ui.app;

import java.util.List;
import org.casetrack.ui.common.FormDiff.Difference;

/** Messages to the user; tests swap in a recording implementation. */
public interface Dialogs {

    /** What the user chose when someone else saved the record they were editing. */
    enum ConflictChoice { KEEP_MINE, TAKE_THEIRS, EDIT_AGAIN }

    /** Shows one plain sentence. */
    void error(String sentence);

    void info(String sentence);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String question);

    /** Shows an edit form; true when the user saved valid values into it. */
    boolean edit(org.casetrack.ui.common.FormModel form);

    /**
     * Someone else saved the record first (docs/decisions/0076-forms-use-row-versions.md):
     * shows both values side by side and asks which to keep. By default: back to the form.
     */
    default ConflictChoice conflict(String sentence, String theirsBy, List<Difference> differences) {
        error(sentence);
        return ConflictChoice.EDIT_AGAIN;
    }

    /** The connection broke while saving: one sentence and Retry; true to try again. */
    default boolean retry(String sentence) {
        error(sentence);
        return false;
    }
}
