package org.casetrack.ui.common;

import java.util.function.Consumer;

/**
 * The one way view models run database and file work: off the FX thread, with progress
 * and cancel, results delivered back on the FX thread. Tests use {@link #sameThread()}.
 */
public interface BackgroundRunner {

    /** Work that may report progress and should stop early when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What a piece of work may tell the user while it runs. */
    interface Progress {
        void update(long done, long total);

        void message(String text);

        boolean isCancelled();
    }

    /** A handle on running work. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /** Runs work on the calling thread: for tests and for rendering screenshots. */
    static BackgroundRunner sameThread() {
        return new BackgroundRunner() {
            @Override
            public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                boolean[] cancelled = {false};
                Progress p = new Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public void message(String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                };
                T result;
                try {
                    result = work.run(p);
                } catch (Exception | LinkageError e) {
                    onError.accept(e);
                    return doneHandle();
                }
                onSuccess.accept(result);
                return doneHandle();
            }
        };
    }

    private static Handle doneHandle() {
        return new Handle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
