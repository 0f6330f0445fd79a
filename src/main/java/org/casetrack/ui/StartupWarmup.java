package org.casetrack.ui;

import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.Glyphs;
import org.casetrack.ui.common.I18n;

/**
 * Work the unlock screen needs that does not need the JavaFX toolkit, done on a second thread
 * while the toolkit starts: reading the preferences file (an XML parser), the message
 * bundle, the glyphs, and loading (without initialising) the control and CSS classes listed
 * in {@code startup-classes.txt}. On two cores the toolkit's start and this overlap
 * (decision 0109). Nothing here may initialise a {@code javafx.scene} class: some of them
 * post to the FX thread in their static code.
 */
final class StartupWarmup {

    private StartupWarmup() {
    }

    static void startInBackground() {
        Thread thread = new Thread(StartupWarmup::run, "startup-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static int run() {
        new UiPrefs(UiPrefs.defaultNode()).theme();
        I18n.tr("app.title");
        Glyphs.has("lock");
        return loadListedClasses();
    }

    /** Loads the listed classes without initialising them; returns how many were found. */
    static int loadListedClasses() {
        return org.casetrack.ListedClasses.load("/org/casetrack/ui/startup-classes.txt");
    }
}
