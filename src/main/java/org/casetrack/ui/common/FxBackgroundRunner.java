package org.casetrack.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work in {@link Task}s on a small pool of daemon threads. */
public final class FxBackgroundRunner implements BackgroundRunner {

    private final ExecutorService executor;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FxBackgroundRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "casetrack-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many tasks are running now; the status bar shows a spinner while it is above zero. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.messageProperty().addListener((o, a, b) -> message.set(b));
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            onError.accept(task.getException());
        });
        task.setOnCancelled(e -> running.set(running.get() - 1));
        if (Platform.isFxApplicationThread()) {
            running.set(running.get() + 1);
        } else {
            Platform.runLater(() -> running.set(running.get() + 1));
        }
        executor.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
