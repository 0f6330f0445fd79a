package org.casetrack.ui.support;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.casetrack.store.Database;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.MainView;
import org.casetrack.ui.app.MainViewModel;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the TestFX tests: a real encrypted database in a temp folder and the real main
 * window around it, with a same-thread runner and recording dialogs. Runs headless on Monocle.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class FxTest extends FxRobot {

    @TempDir
    protected Path dir;

    protected Stage stage;
    protected Database db;
    protected RecordingDialogs dialogs;
    protected AppContext ctx;
    protected MainViewModel main;
    protected MainView view;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void primaryStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeAll() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (db != null) {
            db.close();
            db = null;
        }
        if (ctx != null) {
            TestContexts.dispose(ctx.prefs());
        }
    }

    /** Opens the main window on db and starts at route (or the remembered page when null). */
    protected void showMain(Database database, Route route) {
        this.db = database;
        this.dialogs = dialogs == null ? new RecordingDialogs() : dialogs;
        this.ctx = TestContexts.of(database, this.dialogs);
        onFx(() -> {
            Theme.LIGHT.apply();
            main = new MainViewModel(ctx);
            Scene scene = new Scene(new javafx.scene.layout.Pane(), 1200, 800);
            scene.getStylesheets().add(Theme.appStylesheet());
            view = MainView.attach(scene, main);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            if (route == null) {
                main.start();
            } else {
                ctx.navigator().go(route);
            }
        });
    }

    protected void onFx(Runnable r) {
        try {
            FxToolkit.setupFixture(r);
        } catch (TimeoutException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void go(Route r) {
        onFx(() -> ctx.navigator().go(r));
    }

    protected <T extends Node> T node(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).query();
    }

    protected boolean exists(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).tryQuery().isPresent();
    }

    protected void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
