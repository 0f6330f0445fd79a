package org.casetrack.ui.common;

/** A failure whose message is already one plain, translated sentence for the user. */
public final class UserFacingException extends RuntimeException {
    public UserFacingException(String sentence) {
        super(sentence);
    }
}
