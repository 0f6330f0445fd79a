package org.casetrack.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;
import org.casetrack.ui.welcome.WelcomeView;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.FxDialogs;
import org.casetrack.ui.app.MainView;
import org.casetrack.ui.app.MainViewModel;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.FxBackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.unlock.UnlockView;
import org.casetrack.ui.unlock.UnlockViewModel;

/** The JavaFX application: the unlock screen, then the main window. */
public final class DesktopApp extends Application {

    private static Path requestedDb;
    private static org.casetrack.store.ServerAddress requestedServer;

    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private final UiPrefs prefs = new UiPrefs(UiPrefs.defaultNode());
    private Database database;
    private MainViewModel mainVm;
    private Stage stage;

    /** Opens the window on the "Connect to a server" screen, filled in with address (--db postgresql://…). */
    public static void openServer(org.casetrack.store.ServerAddress address) {
        requestedServer = address;
        open(null);
    }

    /** What the next start shows (tests start the application themselves, without launch()). */
    static void request(Path db, org.casetrack.store.ServerAddress server) {
        requestedDb = db;
        requestedServer = server;
    }

    /** Opens the window for the database at db (or the default location) and returns when it closes. */
    public static void open(Path db) {
        requestedDb = db;
        org.casetrack.ui.common.FxLogging.quiet();
        StartupWarmup.startInBackground();
        try {
            Application.launch(DesktopApp.class);
        } catch (UnsupportedOperationException noDisplay) {
            // JavaFX's "Unable to open DISPLAY": say it as a sentence (the CLI shows a plain IllegalStateException)
            throw new IllegalStateException(I18n.tr("app.noDisplay"), noDisplay);
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        prefs.theme().apply();
        if (prefs.language() != null) {
            I18n.setLocale(java.util.Locale.forLanguageTag(prefs.language()));
        }
        stage.setTitle(I18n.tr("app.title"));
        stage.setWidth(prefs.width());
        stage.setHeight(prefs.height());
        if (!Double.isNaN(prefs.x())) {
            stage.setX(prefs.x());
            stage.setY(prefs.y());
        }
        stage.setMaximized(prefs.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Path path = DatabaseLocation.resolve(requestedDb);
        Path remembered = prefs.lastDatabase();
        if (requestedDb == null && !DatabaseLocation.exists(path) && remembered != null && DatabaseLocation.exists(remembered)) {
            path = remembered; // opened from the welcome screen last time: go straight to unlock
        }
        stage.setOnCloseRequest(e -> saveWindow());
        Path fileScreen = path;
        if (requestedServer != null) {
            showServer(requestedServer, () -> showFileScreen(fileScreen));
        } else if (requestedDb == null && prefs.lastWasServer()) {
            showServer(null, () -> showFileScreen(fileScreen)); // connected to a server last time: offer it again
        } else {
            showFileScreen(path);
        }
        stage.show();
    }

    private void showFileScreen(Path path) {
        if (DatabaseLocation.exists(path)) {
            showUnlock(path);
        } else {
            showWelcome(path);
        }
    }

    /** "Connect to a server": filled in with address, or with the remembered server when null. */
    private void showServer(org.casetrack.store.ServerAddress address, Runnable back) {
        org.casetrack.ui.server.ServerConnectViewModel vm = new org.casetrack.ui.server.ServerConnectViewModel(prefs, runner, this::showMain);
        if (address != null) {
            vm.fill(address);
        }
        Scene scene = new Scene(new org.casetrack.ui.server.ServerConnectView(vm).onBack(back).root());
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setTitle(I18n.tr("server.title"));
        String env = System.getenv("CASETRACK_PASSPHRASE");
        if (address != null && env != null && !env.isEmpty()) {
            vm.passwordProperty().set(env); // the password comes from where the passphrase does
            vm.submit();
        }
    }

    /** First run, Back from creating, or "another file": create a database or open an existing one. */
    private void showWelcome(Path fresh) {
        WelcomeView welcome = new WelcomeView(() -> showUnlock(fresh), chosen -> {
            prefs.saveLastDatabase(chosen);
            prefs.flush();
            showUnlock(chosen);
        }, I18n.locale(), WelcomeView::chooseWithFileChooser).onConnect(() -> showServer(null, () -> showWelcome(fresh)));
        Scene scene = new Scene(welcome.root());
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setTitle(welcome.title());
    }

    private void showUnlock(Path path) {
        UnlockViewModel unlock = new UnlockViewModel(path, runner, db -> {
            prefs.markFileLast();
            prefs.flush();
            showMain(db);
        });
        // Back / another file: the welcome screen again; a database created from there must not
        // land on a file that exists
        Path newFile = DatabaseLocation.exists(path) ? DatabaseLocation.resolve(requestedDb) : path;
        Path target = DatabaseLocation.exists(newFile) ? newFile.resolveSibling("casetrack-new") : newFile;
        Scene scene = new Scene(new UnlockView(unlock).onSwitch(() -> showWelcome(target))
                .onConnect(() -> showServer(null, () -> showUnlock(path))).root());
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        stage.setTitle(I18n.tr("app.title"));
        String env = System.getenv("CASETRACK_PASSPHRASE");
        if (env != null && !env.isEmpty() && unlock.mode() == UnlockViewModel.Mode.UNLOCK) {
            unlock.passphraseProperty().set(env);
            unlock.submit();
        }
    }

    private void showMain(Database db) {
        this.database = db;
        AppContext ctx = new AppContext(db, runner, new Navigator(), new FxDialogs(stage), UiPrefs.defaultNode());
        MainViewModel vm = new MainViewModel(ctx);
        mainVm = vm;
        vm.themeProperty().addListener((o, a, t) -> t.apply());
        Scene scene = new Scene(new javafx.scene.layout.Pane());
        scene.getStylesheets().add(Theme.appStylesheet());
        MainView.attach(scene, vm);
        stage.setScene(scene);
        stage.setTitle(I18n.tr("app.titleWithFile", db.label()));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> ctx.dialogs().error(UserMessages.sentence(e))));
        vm.start();
    }

    private void saveWindow() {
        prefs.saveWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        prefs.flush();
    }

    @Override
    public void stop() {
        if (stage != null) {
            saveWindow();
        }
        runner.shutdown();
        if (mainVm != null) {
            mainVm.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
