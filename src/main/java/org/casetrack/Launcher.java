package org.casetrack;

import org.casetrack.cli.CaseTrackCli;

/**
 * Entry point of the jar. Deliberately not a JavaFX Application: sub-commands must run
 * without a display, and JavaFX is initialised only when the window is opened.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        var child = ClassDataSharing.childCommandForThisJvm(args);
        if (child.isPresent()) {
            var code = ClassDataSharing.runChild(child.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        ClassDataSharing.endWithParent();
        int code;
        try {
            code = CaseTrackCli.run(args);
        } catch (Throwable t) {
            // Last line of defence: one sentence, never a stack trace (details via -Dcasetrack.debug).
            System.err.println("CaseTrack failed unexpectedly: " + t);
            if (Boolean.getBoolean("casetrack.debug")) {
                t.printStackTrace();
            }
            code = 1;
        }
        System.exit(code);
    }
}
