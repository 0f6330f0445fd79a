package org.casetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.casetrack.store.Database;
import org.casetrack.ui.app.MainView;
import org.casetrack.ui.app.MainViewModel;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.FxBackgroundRunner;
import org.casetrack.ui.people.PeopleViewModel;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.casetrack.ui.unlock.UnlockView;
import org.casetrack.ui.unlock.UnlockViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The foundation smoke test: unlock a temp database holding the sample data through the
 * real unlock screen and background runner, then find a person by a variant spelling.
 */
class SmokeTest extends FxTest {

    private final FxBackgroundRunner runner = new FxBackgroundRunner();

    @AfterEach
    void stopRunner() {
        runner.shutdown();
    }

    private void showUnlock(Path file) {
        onFx(() -> {
            Theme.LIGHT.apply();
            UnlockViewModel unlock = new UnlockViewModel(file, runner, opened -> {
                db = opened;
                dialogs = new RecordingDialogs();
                ctx = new org.casetrack.ui.app.AppContext(opened, runner, new Navigator(), dialogs, TestContexts.freshPrefs());
                main = new MainViewModel(ctx);
                view = new MainView(main);
                Scene scene = new Scene(view.root(), 1200, 800);
                scene.getStylesheets().add(Theme.appStylesheet());
                view.installShortcuts(scene);
                stage.setScene(scene);
                main.start();
            });
            Scene scene = new Scene(new UnlockView(unlock).root(), 1200, 800);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
        });
    }

    @Test
    void unlockTheSampleDatabaseAndFindAPersonByAVariantSpelling() {
        Path file = TestDatabases.sampleFile(dir, "smoke");
        showUnlock(file);
        assertThat(this.<Label>node("#unlock-title").getText()).isEqualTo("Unlock the database");

        clickOn("#passphrase").write("wrong guess").type(KeyCode.ENTER);
        waitUntil(() -> !this.<Label>node("#unlock-error").getText().isEmpty());
        assertThat(this.<Label>node("#unlock-error").getText()).isEqualTo("The passphrase is wrong for smoke.mv.db.");

        doubleClickOn("#passphrase").eraseText(20).write(TestDatabases.PASSPHRASE).type(KeyCode.ENTER);
        waitUntil(() -> exists("#people-view") && this.<TableView<?>>node("#people-table").getItems().size() == 25);

        clickOn("#people-search").write("Maks Bokayev");
        TableView<PeopleViewModel.Row> table = node("#people-table");
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems().get(0).person().displayName()).isEqualTo("Maks Bokaev");

        type(KeyCode.ENTER);
        waitUntil(() -> exists("#person-name"));
        assertThat(this.<Label>node("#person-name").getText()).isEqualTo("Maks Bokaev");
        Database opened = db;
        assertThat(opened.dataFile().getFileName().toString()).isEqualTo("smoke.mv.db");
    }

    @Test
    void aMissingFileOffersToCreateWithTheRecoveryWarning() {
        showUnlock(dir.resolve("fresh"));
        assertThat(this.<Label>node("#unlock-title").getText()).isEqualTo("Create a new encrypted database");
        assertThat(this.<Label>node("#unlock-warning").getText()).contains("cannot be recovered");
        clickOn("#passphrase").write("short");
        assertThat(this.<Label>node("#strength").getText()).startsWith("Weak");
        clickOn("#confirmation").write("short");
        clickOn("#unlock-submit");
        waitUntil(() -> !this.<Label>node("#unlock-error").getText().isEmpty());
        assertThat(this.<Label>node("#unlock-error").getText()).contains("at least 8");
        assertThat(Database.exists(dir.resolve("fresh"))).isFalse();
    }
}
