package org.casetrack.ui.importer;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.casetrack.store.Database;
import org.casetrack.store.TestDatabases;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Dialogs;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.common.BackgroundRunner;

/**
 * Renders the wizard's steps to PNG files for a look (not a test). Run with the test class
 * path; without a display it uses Monocle's headless platform. Arguments: output folder.
 */
public final class WizardScreenshots {

    private WizardScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        try {
            shoot(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void shoot(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path report = Path.of(WizardScreenshots.class.getResource("/reports/freedonia-2020.txt").toURI());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(20, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory("wizard-shots");
        {
            for (String theme : new String[] {"light", "dark"}) {
                for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
                    if (theme.equals("dark") && locale.getLanguage().equals("ru")) {
                        continue;
                    }
                    String suffix = theme + "-" + locale.getLanguage();
                    try (Database db = TestDatabases.create(Files.createDirectories(dir.resolve(suffix)))) {
                    onFx(() -> {
                        Application.setUserAgentStylesheet(theme.equals("light")
                                ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet());
                        render(db, report, out, suffix, new WizardText(locale));
                    });
                    }
                }
            }
        }
        System.out.println("Screenshots in " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void render(Database db, Path report, Path out, String suffix, WizardText text) {
        Navigator nav = new Navigator();
        Dialogs dialogs = new org.casetrack.ui.support.RecordingDialogs();
        AppContext ctx = new AppContext(db, BackgroundRunner.sameThread(), nav, dialogs,
                org.casetrack.ui.app.UiPrefs.root().node("org/casetrack/ui-screenshots"));
        ImportWizardView view = new ImportWizardView(ctx, text);
        ImportWizardViewModel vm = view.viewModel();
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 800);

        shot(scene, out.resolve("wizard-1-choose-" + suffix + ".png"));
        vm.pathProperty().set("/no/such/report.txt");
        vm.read();
        shot(scene, out.resolve("wizard-1-error-" + suffix + ".png"));

        // One person is already known under another spelling, to show a match.
        db.writeVoid(c -> new org.casetrack.store.PersonStore(c).insert(new org.casetrack.model.Person(null, "Bokaev Timur",
                "Timur", "Bokaev", org.casetrack.model.Sex.MALE, null, java.util.Set.of(), org.casetrack.model.PersonStatus.UNKNOWN,
                null, "Freedonia", null, false)));
        vm.pathProperty().set(report.toString());
        vm.read();
        if (vm.step() != ImportWizardViewModel.Step.REVIEW) {
            throw new IllegalStateException("not in review: " + vm.step() + " " + vm.errorProperty().get());
        }
        vm.setAccepted("s1", false);
        vm.selectedProperty().set(vm.row("s4"));
        shot(scene, out.resolve("wizard-3-review-" + suffix + ".png"));
        vm.setAccepted("p4", false);
        vm.selectedProperty().set(vm.row("u1"));
        shot(scene, out.resolve("wizard-3-review-rejected-" + suffix + ".png"));
        for (String id : new String[] {"s1", "p1", "e1"}) {
            var dialog = new CandidateEditor(text).dialog(null, vm.row(id));
            var pane = dialog.getDialogPane();
            pane.getStylesheets().add(ImportWizardView.class.getResource("wizard.css").toExternalForm());
            shot(pane, out.resolve("wizard-3-edit-" + id + "-" + suffix + ".png"));
        }
        vm.setAccepted("p4", true);
        vm.commit();
        shot(scene, out.resolve("wizard-4-done-" + suffix + ".png"));

        // The same report again: nothing to do.
        vm.startOver();
        vm.pathProperty().set(report.toString());
        vm.read();
        shot(scene, out.resolve("wizard-4-already-" + suffix + ".png"));
        view.viewModel().startOver();
        renderReading(ctx, text, out, suffix, report);
    }

    /** Step 2, held mid-way by a runner that never finishes. */
    private static void renderReading(AppContext ctx, WizardText text, Path out, String suffix, Path report) {
        BackgroundRunner paused = new BackgroundRunner() {
            @Override
            public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                return new Handle() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        AppContext held = new AppContext(ctx.db(), paused, ctx.navigator(), ctx.dialogs(), ctx.prefs());
        ImportWizardView view = new ImportWizardView(held, text);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 800);
        view.viewModel().pathProperty().set(report.toString());
        view.viewModel().read();
        shot(scene, out.resolve("wizard-2-reading-" + suffix + ".png"));
    }

    private static void shot(javafx.scene.Node node, Path file) {
        if (node.getScene() == null) {
            new Scene((javafx.scene.Parent) node);
        }
        node.applyCss();
        ((javafx.scene.Parent) node).layout();
        write(node.snapshot(null, null), file);
    }

    private static void shot(Scene scene, Path file) {
        write(scene.snapshot(null), file);
    }

    private static void write(WritableImage img, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }
}
