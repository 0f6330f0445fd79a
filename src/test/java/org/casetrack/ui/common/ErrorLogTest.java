package org.casetrack.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.casetrack.ui.app.UiPrefs;
import org.junit.jupiter.api.Test;

/** The error dialog's trace goes to a log file without messages; tests keep settings out of the home folder. */
class ErrorLogTest {

    @Test
    void anUnexpectedErrorIsLoggedWithItsTraceButWithoutItsMessage() throws Exception {
        Path log = ErrorLog.file();
        assertThat(log.toString()).doesNotStartWith(System.getProperty("user.home") + "/.local");
        long before = Files.exists(log) ? Files.size(log) : 0;
        String sentence = UserMessages.sentence(new IllegalStateException("Maks Bokaev, penal colony No. 3",
                new NullPointerException("secret detail")));
        assertThat(sentence).isEqualTo(I18n.tr("error.unexpected"));
        String text = Files.readString(log).substring((int) before);
        assertThat(text).contains("java.lang.IllegalStateException").contains("Caused by: java.lang.NullPointerException")
                .contains("\tat org.casetrack.ui.common.ErrorLogTest");
        assertThat(text).doesNotContain("Bokaev").doesNotContain("secret");
    }

    @Test
    void settingsInTestsLiveInMemoryNotInTheUsersPreferences() {
        Preferences node = UiPrefs.defaultNode();
        assertThat(node).isInstanceOf(org.casetrack.ui.app.MemoryPreferences.class);
        node.put("probe", "x");
        assertThat(node.get("probe", null)).isEqualTo("x");
    }
}
