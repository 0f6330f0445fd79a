package org.casetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.casetrack.ui.app.UiPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application started as "casetrack --db postgresql://…" does: the connect screen
 * filled in, the password typed, the main window with its title and plain-connection warning,
 * and the server remembered in the (in-memory, as in all tests) preferences for the next start.
 */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
class DesktopAppServerTest extends FxRobot {

    DesktopApp app;

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        DesktopApp.request(null, null);
        new UiPrefs(UiPrefs.defaultNode()).markFileLast(); // later tests in this JVM start on the file screens
        UiPrefs.defaultNode().remove("lastServer");
    }

    @Test
    void startedWithAServerAddressItAsksOnlyThePasswordAndOpensTheMainWindow() throws Exception {
        assertThat(System.getProperty(UiPrefs.IN_MEMORY_PROPERTY)).as("never the user's preferences").isNotNull();
        ServerAddress a = TestServer.freshDatabase();
        DesktopApp.request(null, a);
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#server-host").queryAs(TextField.class).getText()).isEqualTo(a.host());
        assertThat(lookup("#server-database").queryAs(TextField.class).getText()).isEqualTo(a.database());
        assertThat(lookup("#server-plain-warning").query().isVisible()).isTrue();
        clickOn("#server-password").write(new String(TestServer.password()));
        clickOn("#server-connect");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#plain-connection-warning").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#plain-connection-warning").queryAs(Label.class).getText()).contains(a.label(), "not encrypted");
        assertThat(stage.getTitle()).contains(a.label());
        UiPrefs prefs = new UiPrefs(UiPrefs.defaultNode());
        assertThat(prefs.lastServer()).isEqualTo(a.toString());
        assertThat(prefs.lastWasServer()).isTrue();
    }
}
