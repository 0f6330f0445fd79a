package org.casetrack.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.casetrack.ui.support.FxTest;
import org.junit.jupiter.api.Test;

/** The real runner: work off the FX thread, results and errors back on it, cancel stops it. */
class FxBackgroundRunnerTest extends FxTest {

    private final FxBackgroundRunner runner = new FxBackgroundRunner();

    @org.junit.jupiter.api.AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean resultOnFx = new AtomicBoolean(false);
        AtomicReference<String> result = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> runner.run(p -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "done";
        }, r -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            result.set(r);
            done.countDown();
        }, e -> done.countDown()));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx.get()).isFalse();
        assertThat(resultOnFx.get()).isTrue();
        assertThat(result.get()).isEqualTo("done");
    }

    @Test
    void anErrorBecomesOnePlainSentence() throws Exception {
        AtomicReference<String> sentence = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        onFx(() -> runner.run(p -> {
            throw new org.casetrack.store.StoreException(org.casetrack.store.StoreException.Kind.IN_USE, "The database is already open.");
        }, r -> done.countDown(), e -> {
            sentence.set(UserMessages.sentence(e));
            done.countDown();
        }));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sentence.get()).isEqualTo("The database is already open.");
    }

    @Test
    void cancelStopsLongWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean(false);
        CountDownLatch finished = new CountDownLatch(1);
        BackgroundRunner.Handle[] h = new BackgroundRunner.Handle[1];
        onFx(() -> h[0] = runner.run(p -> {
            started.countDown();
            try {
                while (!p.isCancelled()) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                // cancelled while sleeping
            }
            sawCancel.set(true);
            finished.countDown();
            return null;
        }, r -> { }, e -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        h[0].cancel();
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sawCancel.get()).isTrue();
        assertThat(h[0].isDone()).isTrue();
    }

    @Test
    void anUnknownFailureIsNotShownAsATrace() {
        assertThat(UserMessages.sentence(new NullPointerException("x.y.Z"))).doesNotContain("NullPointer").isNotBlank();
    }
}
