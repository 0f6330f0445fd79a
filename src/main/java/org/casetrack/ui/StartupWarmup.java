package org.casetrack.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = StartupWarmup.class.getResourceAsStream("/org/casetrack/ui/startup-classes.txt")) {
            if (in == null) {
                return 0;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError gone) {
                    // a JavaFX version without it: nothing to warm
                }
            }
        } catch (IOException e) {
            // warming is an optimisation; the screen loads what it needs anyway
        }
        return loaded;
    }
}
