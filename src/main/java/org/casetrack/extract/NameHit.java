package org.casetrack.extract;

import java.util.EnumSet;
import java.util.List;
import org.casetrack.model.PersonRole;

/**
 * A capitalised name in a sentence: its tokens (one token is a surname or first name to be
 * resolved), its span, and what the words before it say (an office, a role).
 */
record NameHit(List<String> tokens, int start, int end, boolean official, EnumSet<PersonRole> roles) {

    boolean single() {
        return tokens.size() == 1;
    }
}
