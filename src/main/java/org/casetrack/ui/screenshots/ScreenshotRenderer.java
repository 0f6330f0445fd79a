package org.casetrack.ui.screenshots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casetrack.model.Person;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.common.FormView;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.person.PersonForms;
import org.casetrack.ui.search.SearchPopup;
import org.casetrack.ui.search.SearchViewModel;
import org.casetrack.ui.unlock.UnlockView;
import org.casetrack.ui.unlock.UnlockViewModel;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.casetrack.store.Database;
import org.casetrack.store.Showcase;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Dialogs;
import org.casetrack.ui.app.MainView;
import org.casetrack.ui.app.MainViewModel;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.common.UserFacingException;

/**
 * Renders each main view with the database's data into named PNGs (people.png,
 * person.png, cases.png, case.png, timeline.png, upcoming.png, sources.png, import.png),
 * then unlock.png, person-form.png and search.png. Works
 * headless on Monocle when there is no display, or on a real (or Xvfb) display.
 */
public final class ScreenshotRenderer {

    private static final long SETTLE_MS = 300;

    private ScreenshotRenderer() {
    }

    /** With no display, use Monocle's headless platform when it is on the class path. Call before JavaFX starts. */
    public static void configureHeadlessIfNeeded() {
        String display = System.getenv("DISPLAY");
        boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
        boolean mac = System.getProperty("os.name", "").toLowerCase().contains("mac");
        if ((display == null || display.isBlank()) && !windows && !mac && System.getProperty("glass.platform") == null) {
            try {
                Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            } catch (ClassNotFoundException e) {
                throw new UserFacingException("There is no display and this build has no headless renderer; run it under xvfb-run.");
            }
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Starts the JavaFX toolkit if it is not running yet. */
    public static void startToolkit() {
        org.casetrack.ui.common.FxLogging.quiet();
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        await(started);
    }

    /** Stops the toolkit started by {@link #startToolkit()}; harmless when it never started. */
    public static void stopToolkit() {
        Platform.exit();
    }

    /** Writes one PNG per view into outDir and returns their paths. */
    public static List<Path> render(Database db, Path outDir, Theme theme, double width, double height) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the folder " + outDir + ".");
        }
        Showcase showcase = new Showcase(db.dsl());
        Long person = showcase.richestPerson().orElse(null);
        Long caseId = showcase.richestCase().orElse(null);
        Long document = showcase.richestDocument().orElse(null);

        Map<String, Route> shots = new LinkedHashMap<>();
        shots.put("people", Route.page(Pages.PEOPLE));
        if (person != null) {
            shots.put("person", Route.person(person));
        }
        shots.put("cases", Route.page(Pages.CASES));
        if (caseId != null) {
            shots.put("case", Route.caseFile(caseId));
        }
        shots.put("timeline", Route.page(Pages.TIMELINE));
        shots.put("upcoming", Route.page(Pages.UPCOMING));
        shots.put("sources", document == null ? Route.page(Pages.SOURCES)
                : Route.document(document, showcase.firstSpan(document).orElse(null)));
        shots.put("import", Route.page(Pages.IMPORT));
        shots.put("settings", Route.page(Pages.SETTINGS));

        // in memory: rendering screenshots must not change (or read) the user's own settings
        Preferences prefs = new org.casetrack.ui.app.MemoryPreferences().node("org/casetrack/ui-screenshots");
        Navigator nav = new Navigator();
        AppContext ctx = new AppContext(db, BackgroundRunner.sameThread(), nav, new SilentDialogs(), prefs);
        Stage[] stage = new Stage[1];
        MainViewModel[] vm = new MainViewModel[1];
        Scene scene = onFx(() -> {
            theme.apply();
            vm[0] = new MainViewModel(ctx);
            Scene s = new Scene(new StackPane(), width, height);
            s.getStylesheets().add(Theme.appStylesheet());
            MainView.attach(s, vm[0]);
            stage[0] = new Stage();
            stage[0].setScene(s);
            stage[0].show();
            return s;
        });
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, Route> shot : shots.entrySet()) {
                onFx(() -> {
                    nav.go(shot.getValue());
                    return null;
                });
                settle();
                waitWhileBusy(vm[0]);
                WritableImage image = onFx(() -> {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return scene.snapshot(null);
                });
                Path file = outDir.resolve(shot.getKey() + ".png");
                BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
                try {
                    ImageIO.write(buffered, "png", file.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add(file);
            }
            written.addAll(extras(db, ctx, scene, outDir, person));
        } finally {
            onFx(() -> {
                stage[0].close();
                return null;
            });
        }
        return written;
    }

    /** The unlock screen, a person's edit form and the Ctrl+K search, each in the main window's frame. */
    private static List<Path> extras(Database db, AppContext ctx, Scene scene, Path outDir, Long person) {
        List<Path> out = new ArrayList<>();
        out.add(shoot(scene, outDir.resolve("unlock.png"), () -> new UnlockView(new UnlockViewModel(db.dataFile(),
                BackgroundRunner.sameThread(), d -> { })).root()));
        if (person != null) {
            Person p = new PersonStore(db.dsl()).get(person).orElseThrow();
            out.add(shoot(scene, outDir.resolve("person-form.png"), () -> {
                FormView form = new FormView(PersonForms.person(p, "form.person.edit").model());
                VBox box = new VBox(12, title(I18n.tr("form.person.edit")), form.root());
                box.getStyleClass().add("page");
                box.setMaxWidth(640);
                return new StackPane(box);
            }));
            out.add(shoot(scene, outDir.resolve("search.png"), () -> {
                SearchViewModel vm = new SearchViewModel(ctx);
                SearchPopup popup = new SearchPopup(vm, () -> { });
                vm.load();
                vm.queryProperty().set(p.displayName().split(" ")[p.displayName().split(" ").length - 1]);
                VBox box = new VBox(popup.root());
                box.setMaxSize(640, 460);
                return new StackPane(box);
            }));
        }
        return out;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-title");
        return l;
    }

    private static Path shoot(Scene scene, Path file, Supplier<Parent> content) {
        onFx(() -> {
            scene.setRoot(content.get());
            return null;
        });
        settle();
        WritableImage image = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Waits (up to 15 s) for a view that loads on its own thread. */
    private static void waitWhileBusy(MainViewModel vm) {
        long until = System.currentTimeMillis() + 15_000;
        while (Boolean.TRUE.equals(onFx(() -> vm.currentViewProperty().get() != null && vm.currentViewProperty().get().isBusy()))
                && System.currentTimeMillis() < until) {
            settle();
        }
    }

    private static void settle() {
        // Let pulses run: layout, deferred focus requests and page loads queued with runLater.
        for (int i = 0; i < 3; i++) {
            onFx(() -> null);
            try {
                Thread.sleep(SETTLE_MS / 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("Rendering did not finish in time.", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new UserFacingException("The graphics toolkit did not start.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rendering never asks questions; problems surface as exceptions. */
    private static final class SilentDialogs implements Dialogs {
        @Override
        public void error(String sentence) {
            throw new UserFacingException(sentence);
        }

        @Override
        public void info(String sentence) {
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }

        @Override
        public boolean edit(FormModel form) {
            return false;
        }
    }
}
