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
            // and one item of every other kind, far from its own date, gets a date in a range too
            java.util.Set<org.casetrack.model.ItemKind> moved = new java.util.HashSet<>();
            for (ScheduleItem item : all) {
                if (!item.key().startsWith("hearing:event:") && item.due().to().isBefore(LocalDate.of(2005, 1, 1))
                        && moved.add(item.kind())) {
                    service.enterDate(item.key(), LocalDate.of(2010, 6, 20), "moved");
                }
            }
            assertThat(moved).contains(org.casetrack.model.ItemKind.RELEASE);
            all = service.items();
            int nonEmpty = 0;
            List<LocalDate> days = new java.util.ArrayList<>(List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2010, 6, 15), LocalDate.of(1996, 2, 29)));
            java.util.Random random = new java.util.Random(13);
            for (int i = 0; i < 12; i++) {
                days.add(LocalDate.of(1985, 1, 1).plusDays(random.nextInt(45 * 365)));
            }
            for (LocalDate asOf : days) {
                for (int[] range : new int[][] {{30, 365}, {7, 0}, {90, Integer.MAX_VALUE}, {400, 30}}) {
                    List<ScheduleItem> expected = Upcoming.select(all, asOf, range[0], range[1]);
                    assertThat(service.upcoming(asOf, range[0], range[1])).as("%s %s", asOf, java.util.Arrays.toString(range))
                            .isEqualTo(expected);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
            assertThat(nonEmpty).isGreaterThan(20);
            assertThat(service.upcoming(LocalDate.of(2010, 6, 15), 30, 0)).extracting(ScheduleItem::kind).containsAll(moved);
            assertThat(service.upcoming(LocalDate.of(2024, 3, 1), 30, 0)).anySatisfy(i -> assertThat(i.key()).isEqualTo(far.key()));
            assertThat(all).anySatisfy(i -> assertThat(i.kind()).isEqualTo(org.casetrack.model.ItemKind.RELEASE));
        }
    }
}
