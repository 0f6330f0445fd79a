package org.casetrack.ui.app;

import java.util.prefs.Preferences;
import org.casetrack.store.Database;
import org.casetrack.ui.common.BackgroundRunner;

/** What every view needs: the open database, the background runner, navigation and dialogs. */
public record AppContext(Database db, BackgroundRunner runner, Navigator navigator, Dialogs dialogs, Preferences prefs) {
}
