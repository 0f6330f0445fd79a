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
        System.exit(CaseTrackCli.run(args));
    }
}
