package org.casetrack.ui.support;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.casetrack.store.Database;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.common.BackgroundRunner;

/** Contexts for view and view-model tests: same-thread runner, recording dialogs, throwaway preferences. */
public final class TestContexts {

    private TestContexts() {
    }

    public static AppContext of(Database db, RecordingDialogs dialogs) {
        return new AppContext(db, BackgroundRunner.sameThread(), new Navigator(), dialogs, freshPrefs());
    }

    public static Preferences freshPrefs() {
        return new org.casetrack.ui.app.MemoryPreferences().node("org/casetrack/ui-test/" + UUID.randomUUID());
    }

    public static void dispose(Preferences prefs) {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
