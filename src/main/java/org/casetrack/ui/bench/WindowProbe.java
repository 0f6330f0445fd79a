package org.casetrack.ui.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.casetrack.ui.DesktopApp;

/**
 * The window figures of issue 13, one per process, launched like the app (a plain main,
 * then the FX toolkit): {@code bare} maps an empty window (the floor), {@code unlock} the app
 * up to its unlock screen, {@code people} (with CASETRACK_PASSPHRASE set) the app up to rows
 * in the People list, then one keystroke in Ctrl+K up to its result rows, then one in the People
 * filter up to its rows. Times are from the
 * JVM's start. Results go to a file as {@code name value} lines; {@code bench --scale
 * --windows} runs it (docs/benchmarks.md).
 */
public final class WindowProbe {

    private static Path out;
    private static final List<String> lines = new ArrayList<>();

    private WindowProbe() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        out = Path.of(args[2]);
        if (mode.equals("bare")) {
            Application.launch(Bare.class);
            return;
        }
        Thread watcher = new Thread(() -> watch(mode), "window-probe");
        watcher.setDaemon(true);
        watcher.start();
        DesktopApp.open(Path.of(args[1]));
    }

    /** An empty window of the app's size: the floor the other figures are divided by. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1200, 800));
            stage.setOnShown(e -> Platform.runLater(() -> {
                record("bare-mapped-ms", sinceStart());
                finish();
            }));
            stage.show();
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void watch(String mode) {
        try {
            if (mode.equals("unlock")) {
                waitFor(() -> find("#passphrase") != null);
                record("unlock-mapped-ms", sinceStart());
                fx(WindowProbe::finish);
                return;
            }
            waitFor(WindowProbe::peopleRowsShown);
            record("people-rows-ms", sinceStart());
            System.gc();
            Runtime rt = Runtime.getRuntime();
            record("heap-used-mb", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            fx(() -> {
                Scene scene = find("#people-table").getScene();
                scene.getAccelerators().get(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN)).run();
            });
            waitFor(() -> find("#search-field") != null);
            // type a surname's first letters, let the answer settle, then time one more keystroke
            String surname = System.getProperty("probe.surname", "Bokaev");
            typeAndWait("#search-field", "#search-results", surname.substring(0, 3));
            Thread.sleep(500);
            long ms = typeAndWait("#search-field", "#search-results", surname.substring(0, 4));
            record("keystroke-to-rows-ms", ms);
            // then the same in the People filter, after Ctrl+K is closed (so the figure above
            // stays comparable with runs that measured only Ctrl+K; this one runs warmer)
            fx(() -> ((Stage) find("#search-field").getScene().getWindow()).close());
            typeAndWait("#people-search", "#people-table", surname.substring(0, 3));
            Thread.sleep(500);
            record("people-filter-keystroke-ms", typeAndWait("#people-search", "#people-table", surname.substring(0, 4)));
            fx(WindowProbe::finish);
        } catch (Exception e) {
            e.printStackTrace();
            record("error", 0);
            fx(WindowProbe::finish);
        }
    }

    /** Sets a field's text and returns the milliseconds until the list's items next change with rows in it. */
    private static long typeAndWait(String field, String rows, String text) throws InterruptedException {
        AtomicBoolean changed = new AtomicBoolean();
        long[] t0 = new long[1];
        fx(() -> {
            Node n = find(rows);
            @SuppressWarnings("unchecked") javafx.collections.ObservableList<Object> items = n instanceof TableView<?> t
                    ? (javafx.collections.ObservableList<Object>) t.getItems() : ((ListView<Object>) n).getItems();
            items.addListener(new ListChangeListener<Object>() {
                @Override
                public void onChanged(Change<?> c) {
                    if (!items.isEmpty()) {
                        items.removeListener(this);
                        changed.set(true);
                    }
                }
            });
            t0[0] = System.nanoTime();
            ((TextField) find(field)).setText(text);
        });
        waitFor(changed::get);
        long[] t1 = new long[1];
        // rows on screen: after the next pulse has laid them out
        fx(() -> t1[0] = System.nanoTime());
        return (t1[0] - t0[0]) / 1_000_000;
    }

    private static boolean peopleRowsShown() {
        Node n = find("#people-table");
        if (!(n instanceof TableView<?> table) || table.getItems().isEmpty()) {
            return false;
        }
        return table.lookupAll(".table-row-cell").stream()
                .anyMatch(r -> r instanceof TableRow<?> row && row.getItem() != null && row.isVisible());
    }

    /** A node in any showing window; call on the FX thread (or through {@link #waitFor}). */
    private static Node find(String selector) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                Node n = w.getScene().getRoot().lookup(selector);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean[] ok = new boolean[1];
            try {
                fx(() -> ok[0] = condition.getAsBoolean());
            } catch (IllegalStateException notYet) {
                // the toolkit is not started yet
            }
            if (ok[0]) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("timed out");
    }

    /** Runs on the FX thread and waits for it. */
    private static void fx(Runnable r) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void record(String name, long value) {
        lines.add(name + " " + value);
        try {
            Files.write(out, lines);
        } catch (IOException e) {
            // the caller sees a missing figure
        }
    }

    private static void finish() {
        Platform.exit();
        System.exit(0);
    }
}
