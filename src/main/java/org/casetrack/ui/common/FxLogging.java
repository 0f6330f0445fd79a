package org.casetrack.ui.common;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's own warnings off the user's console: "Unsupported JavaFX configuration"
 * (the jar runs JavaFX from the class path, which works; see docs/decisions/0080) and CSS
 * look-up notes from library style sheets. Errors still print. Also java.util.prefs's
 * "Created user preferences directory" note, which a first run on a fresh machine prints
 * before anything else.
 */
public final class FxLogging {

    // held strongly: java.util.logging forgets a configured logger nobody references
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final Logger PREFS = Logger.getLogger("java.util.prefs");

    private FxLogging() {
    }

    public static void quiet() {
        JAVAFX.setLevel(Level.SEVERE);
        PREFS.setLevel(Level.WARNING);
    }
}
