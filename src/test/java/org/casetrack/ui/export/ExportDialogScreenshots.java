package org.casetrack.ui.export;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.casetrack.dossier.DossierService;
import org.casetrack.store.Database;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;

/**
 * Renders the export dialog to PNG files for a look (not a test). Run with the test class
 * path; without a display it uses Monocle's headless platform. Argument: output folder.
 */
public final class ExportDialogScreenshots {

    private ExportDialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        try {
            shoot(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void shoot(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(20, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory("export-shots");
        try (Database db = TestDatabases.sample(dir, "db")) {
            long id = new DossierService(db).resolvePerson("Maks Bokaev");
            Path badTemplate = dir.resolve("embassy.properties");
            for (String variant : new String[] {"light-en", "light-en-confidential", "light-en-bad-template", "dark-en", "light-ru"}) {
                onFx(() -> {
                    Application.setUserAgentStylesheet(variant.startsWith("dark")
                            ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
                    ExportText text = new ExportText(variant.endsWith("ru") ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
                    ExportDialogViewModel vm = new ExportDialogViewModel(db, BackgroundRunner.sameThread(), TestContexts.freshPrefs(), text,
                            ExportDialogViewModel.Subject.person(id, "Maks Bokaev"), () -> LocalDate.of(2026, 11, 22));
                    ExportDialog view = new ExportDialog(vm);
                    Scene scene = new Scene(view.root(), 1040, 680);
                    scene.getStylesheets().add(Theme.appStylesheet());
                    scene.getStylesheets().add(ExportDialog.class.getResource("exportdialog.css").toExternalForm());
                    vm.start();
                    if (variant.contains("confidential")) {
                        vm.includeConfidentialProperty().set(true);
                        vm.save(dir.resolve("Maks-Bokaev-summary.docx"));
                    }
                    if (variant.contains("bad-template")) {
                        vm.templateFileProperty().set(badTemplate);
                    }
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    write(scene, out.resolve("export-dialog-" + variant + ".png"));
                });
            }
        }
        System.out.println("Screenshots in " + out);
    }

    private static void write(Scene scene, Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
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
