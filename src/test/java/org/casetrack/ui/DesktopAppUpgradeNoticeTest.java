package org.casetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.casetrack.store.OlderSchemas;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application opening a database one schema version behind (a file, then a server):
 * opening migrates it after a backup, and the main window says once, in plain words, where that
 * backup is. Closing the notice is for good, also when the window is rebuilt in another language.
 */
class DesktopAppUpgradeNoticeTest extends FxRobot {

    private static final String PASSPHRASE = "an older file's long passphrase";

    @TempDir
    Path dir;

    DesktopApp app;

    @BeforeAll
    static void english() {
        I18n.setLocale(java.util.Locale.ENGLISH);
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        DesktopApp.request(null, null);
        OlderSchemas.serverBackupsDefault();
        new UiPrefs(UiPrefs.defaultNode()).markFileLast();
        UiPrefs.defaultNode().remove("lastServer");
        UiPrefs.defaultNode().remove("language");
        I18n.setLocale(java.util.Locale.ENGLISH);
    }

    private void start() throws TimeoutException {
        assertThat(System.getProperty(UiPrefs.IN_MEMORY_PROPERTY)).as("never the user's preferences").isNotNull();
        FxToolkit.registerPrimaryStage();
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String noticeOnceOpened() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#upgrade-backup-notice").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#upgrade-backup-notice-text").queryAs(Label.class).getText();
    }

    private void closeAndSwitchLanguage() {
        clickOn("#upgrade-backup-notice-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#upgrade-backup-notice").tryQuery()).isEmpty();
        clickOn("#toggle-language"); // the window is built again: the notice stays closed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#nav-people").tryQuery()).isPresent();
        assertThat(lookup("#upgrade-backup-notice").tryQuery()).isEmpty();
    }

    /** Screenshots go to the build folder, never the home folder. */
    private void snapshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        javafx.scene.Scene scene = lookup("#upgrade-backup-notice").query().getScene();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        shots.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(20, TimeUnit.SECONDS);
    }

    @Test
    void anOlderFileIsCopiedFirstAndTheWindowSaysWhere() throws Exception {
        Path file = dir.resolve("office");
        OlderSchemas.h2File(file, PASSPHRASE.toCharArray());
        DesktopApp.request(file, null);
        start();
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#unlock-submit");
        String notice = noticeOnceOpened();

        List<Path> zips;
        try (var files = Files.list(dir)) {
            zips = files.filter(p -> p.getFileName().toString().matches("office\\.mv\\.db\\.before-v\\d+-.*\\.zip")).toList();
        }
        assertThat(zips).hasSize(1);
        assertThat(notice).isEqualTo("This database was updated for this version of CaseTrack. A copy of it from before the update"
                + " was saved first, encrypted with the same passphrase: " + zips.get(0).toAbsolutePath());
        snapshot("main-window-upgrade-notice.png");
        closeAndSwitchLanguage();
    }

    @Test
    void aFileAlreadyUpToDateShowsNoNotice() throws Exception {
        Path file = dir.resolve("current");
        org.casetrack.store.Database.create(file, PASSPHRASE.toCharArray()).close();
        DesktopApp.request(file, null);
        start();
        clickOn("#passphrase").write(PASSPHRASE);
        clickOn("#unlock-submit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#nav-people").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#upgrade-backup-notice").tryQuery()).isEmpty();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
    void anOlderServerSchemaIsBackedUpFirstAndTheWindowSaysWhere() throws Exception {
        Path backups = dir.resolve("server-backups");
        OlderSchemas.serverBackupsIn(backups);
        ServerAddress a = OlderSchemas.server();
        DesktopApp.request(null, a);
        start();
        clickOn("#server-password").write(new String(TestServer.password()));
        clickOn("#server-connect");
        String notice = noticeOnceOpened();

        List<Path> written;
        try (var files = Files.list(backups)) {
            written = files.toList();
        }
        assertThat(written).hasSize(1);
        Path backup = written.get(0);
        assertThat(notice).startsWith("The database on the server was updated for this version of CaseTrack.")
                .contains(backup.toAbsolutePath().toString());
        if (backup.toString().endsWith(".json")) {
            assertThat(notice).contains("not encrypted");
        } else {
            assertThat(notice).contains("(pg_dump)");
        }
        closeAndSwitchLanguage();
    }
}
