package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casetrack.bench.ScaleData;
import org.casetrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The range-limited read gives exactly what selecting from every item gives (docs/decisions/0095). */
class UpcomingWindowTest {

    @TempDir
    Path dir;

    @Test
    void theWindowedReadEqualsSelectingFromEveryItem() {
        try (Database db = Database.create(dir.resolve("s"), "pass phrase".toCharArray())) {
            new ScaleData(5).generate(db, new ScaleData.Size(200, 30, 4000, 60));
        }
        try (Database db = Database.open(dir.resolve("s"), "pass phrase".toCharArray())) {
            ScheduleService service = new ScheduleService(db);
            List<ScheduleItem> all = service.items();
            // a hearing far before any range below gets a user-entered date inside one of them
            ScheduleItem far = all.stream().filter(i -> i.key().startsWith("hearing:event:"))
                    .filter(i -> i.due().to().isBefore(LocalDate.of(2000, 1, 1))).findFirst().orElseThrow();
            service.enterDate(far.key(), LocalDate.of(2024, 3, 10), "moved");
            all = service.items();
            int nonEmpty = 0;
            for (LocalDate asOf : List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2010, 6, 15), LocalDate.of(1996, 2, 29))) {
                for (int[] range : new int[][] {{30, 365}, {7, 0}, {90, Integer.MAX_VALUE}}) {
                    List<ScheduleItem> expected = Upcoming.select(all, asOf, range[0], range[1]);
                    assertThat(service.upcoming(asOf, range[0], range[1])).isEqualTo(expected);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
            assertThat(nonEmpty).isGreaterThan(4);
            assertThat(service.upcoming(LocalDate.of(2024, 3, 1), 30, 0)).anySatisfy(i -> assertThat(i.key()).isEqualTo(far.key()));
            assertThat(all).anySatisfy(i -> assertThat(i.kind()).isEqualTo(org.casetrack.model.ItemKind.RELEASE));
        }
    }
}
