package org.casetrack.ui.upcoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.casetrack.schedule.ScheduleItem;
import org.casetrack.ui.support.FxTest;
import org.junit.jupiter.api.Test;

/** Until the items are read, the Upcoming page says it is loading, not that nothing is due. */
class UpcomingLoadingTest extends FxTest {

    @Test
    void theListSaysLoadingUntilTheItemsAreRead() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        UpcomingViewModel vm = new UpcomingViewModel(new UpcomingViewModel.Backend() {
            @Override
            public List<ScheduleItem> load(LocalDate asOf, int days, int overdueDays) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }

            @Override
            public void markDone(String key) {
            }

            @Override
            public void dismiss(String key) {
            }

            @Override
            public void enterDate(String key, LocalDate date, String note) {
            }
        }, executor, () -> LocalDate.of(2026, 12, 2));
        try {
            onFx(() -> {
                UpcomingView view = new UpcomingView(vm, Locale.ENGLISH);
                stage.setScene(new Scene((javafx.scene.Parent) view.node(), 900, 600));
                stage.show();
                vm.refresh();
            });
            Label placeholder = node("#upcoming-placeholder");
            waitUntil(() -> vm.loadingProperty().get());
            assertThat(placeholder.getText()).isEqualTo("Loading…");
            release.countDown();
            waitUntil(() -> !vm.loadingProperty().get());
            assertThat(placeholder.getText()).isEqualTo("Nothing due in this period, and nothing overdue.");
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }
}
