package org.casetrack.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.welcome.WelcomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The connect screen driven like a person would: typing, choosing the TLS mode, connecting, the main window's warning. */
class ServerConnectViewTest extends FxTest {

    /** Screenshots go to the build folder, never the home folder. */
    static final Path SHOTS = Path.of("target", "screenshots");

    UiPrefs prefs = new UiPrefs(TestContexts.freshPrefs());
    Database connected;

    void showConnect() {
        onFx(() -> {
            Theme.LIGHT.apply();
            // the app then shows the main window (DesktopApp.showMain); the test does that below
            ServerConnectViewModel vm = new ServerConnectViewModel(prefs, BackgroundRunner.sameThread(), d -> connected = d);
            Scene scene = new Scene(new ServerConnectView(vm).onBack(() -> { }).root(), 1000, 760);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
        });
    }

    void type(String id, String text) {
        TextField f = node(id);
        onFx(() -> f.setText(""));
        clickOn(id).write(text);
    }

    void typeAddress(ServerAddress a, String password) {
        type("#server-host", a.host());
        type("#server-port", String.valueOf(a.port()));
        type("#server-database", a.database());
        type("#server-user", a.user());
        ComboBox<String> tls = node("#server-tls");
        onFx(() -> tls.setValue(a.sslMode()));
        clickOn("#server-password").write(password);
    }

    @Test
    void theWelcomeScreenOffersToConnectBesideOpeningAFile() {
        boolean[] asked = {false};
        onFx(() -> {
            WelcomeView welcome = new WelcomeView(() -> { }, p -> { }, java.util.Locale.ENGLISH, (w, t) -> null)
                    .onConnect(() -> asked[0] = true);
            stage.setScene(new Scene(welcome.root(), 900, 700));
            stage.show();
        });
        assertThat(exists("#" + WelcomeView.OPEN_ID)).isTrue();
        assertThat(this.<Button>node("#" + WelcomeView.SERVER_ID).getText()).isEqualTo("Connect to a server…");
        clickOn("#" + WelcomeView.SERVER_ID);
        assertThat(asked[0]).isTrue();
    }

    @Test
    void theUnlockScreenOffersToConnectBesideAnotherFile() {
        java.nio.file.Path file = org.casetrack.ui.support.TestDatabases.sampleFile(dir, "unlock");
        boolean[] asked = {false};
        onFx(() -> {
            org.casetrack.ui.unlock.UnlockViewModel unlock = new org.casetrack.ui.unlock.UnlockViewModel(file, BackgroundRunner.sameThread(), d -> { });
            Scene scene = new Scene(new org.casetrack.ui.unlock.UnlockView(unlock).onSwitch(() -> { })
                    .onConnect(() -> asked[0] = true).root(), 900, 700);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
        });
        assertThat(node("#unlock-switch").isVisible()).isTrue();
        assertThat(this.<Button>node("#unlock-server").getText()).isEqualTo("Connect to a server…");
        clickOn("#unlock-server");
        assertThat(asked[0]).isTrue();
    }

    @Test
    void choosingAPlainConnectionShowsTheWarningAndAServerThatIsDownSaysSo() throws IOException {
        showConnect();
        assertThat(this.<ComboBox<String>>node("#server-tls").getValue()).isEqualTo("verify-full");
        assertThat(node("#server-plain-warning").isVisible()).isFalse();
        typeAddress(ServerAddress.parse("postgresql://127.0.0.1:1/casetrack?user=aigerim&sslmode=disable"), "secret");
        assertThat(node("#server-plain-warning").isVisible()).isTrue();
        assertThat(this.<Label>node("#server-plain-warning").getText()).contains("in the clear");
        snapshot("server-connect-plain.png");
        clickOn("#server-connect");
        waitUntil(() -> !this.<Label>node("#server-error").getText().isEmpty());
        assertThat(this.<Label>node("#server-error").getText())
                .isEqualTo("Cannot reach the CaseTrack server at 127.0.0.1:1; check that it is running and reachable.");
        snapshot("server-connect-down.png");
        assertThat(connected).isNull();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
    void aWrongPasswordIsOneSentenceAndTheRightOneOpensTheMainWindowWithItsWarning() throws IOException {
        ServerAddress a = TestServer.freshDatabase();
        showConnect();
        typeAddress(a, "wrong password");
        clickOn("#server-connect");
        waitUntil(() -> !this.<Label>node("#server-error").getText().isEmpty());
        assertThat(this.<Label>node("#server-error").getText()).contains("refused user " + a.user(), "password is wrong");
        assertThat(connected).isNull();

        type("#server-password", new String(TestServer.password()));
        clickOn("#server-connect");
        waitUntil(() -> connected != null);
        assertThat(this.<TextField>node("#server-password").getText()).as("not kept once connected").isEmpty();
        showMain(connected, Route.page(org.casetrack.ui.app.Pages.PEOPLE));
        waitUntil(() -> exists("#plain-connection-warning"));
        assertThat(this.<Label>node("#plain-connection-warning").getText())
                .isEqualTo("The connection to " + a.label() + " is not encrypted: what you read and type crosses the network in the clear.");
        assertThat(this.<Label>node("#status-db").getText()).contains(a.label());
        assertThat(prefs.lastServer()).isEqualTo(a.toString());
        snapshot("main-window-plain-warning.png");
    }

    void snapshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
