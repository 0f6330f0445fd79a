package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.ItemKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases counted from the last detention before the verdict (a sentence without a start
 * date): the range-limited read must keep every detention whose release can be listed,
 * whatever the detention's precision (day, month or year).
 */
class UpcomingReleaseFromDetentionTest {

    @TempDir
    Path dir;

    @Test
    void releasesFromDetentionsOfEveryPrecisionMatchSelectingFromEveryItem() {
        Random random = new Random(42);
        try (Database db = Database.create(dir.resolve("r"), "pass phrase".toCharArray())) {
            db.writeVoid(ctx -> {
                long caseId = new CaseStore(ctx).insert(new CaseFile(null, "Detentions", "Kazakhstan", "Kazakhstan", null,
                        CaseStatus.OPEN, null, false));
                for (int p = 0; p < 120; p++) {
                    long person = new PersonStore(ctx).insert(new Person(null, "Person " + p, null, null, Sex.UNKNOWN, null,
                            EnumSet.noneOf(PersonRole.class), PersonStatus.IMPRISONED, null, null, null, false));
                    LocalDate held = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20 * 365));
                    for (int d = 0, n = 1 + random.nextInt(3); d < n; d++) {
                        new FactStore(ctx).insertEvent(new Event(null, d % 2 == 0 ? EventType.DETENTION : EventType.ARREST,
                                vague(held, random.nextInt(3)), null, null, "Held", List.of(person), caseId, false));
                        held = held.plusDays(30 + random.nextInt(700));
                    }
                    LocalDate verdict = held.plusDays(random.nextInt(200));
                    new FactStore(ctx).insertSentence(new Sentence(null, person, caseId,
                            random.nextInt(5) == 0 ? SentenceKind.ADMINISTRATIVE_DETENTION : SentenceKind.IMPRISONMENT,
                            Term.of(random.nextInt(9), random.nextInt(12), random.nextInt(4) == 0 ? 15 : 0), null, null,
                            vague(verdict, random.nextInt(2)), "City Court", null, null, null, false));
                }
            });
        }
        try (Database db = Database.open(dir.resolve("r"), "pass phrase".toCharArray())) {
            ScheduleService service = new ScheduleService(db);
            List<ScheduleItem> all = service.items();
            assertThat(all).filteredOn(i -> i.kind() == ItemKind.RELEASE).hasSizeGreaterThan(60);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                days.add(LocalDate.of(2001, 1, 1).plusDays(random.nextInt(35 * 365)));
            }
            int releases = 0;
            for (LocalDate asOf : days) {
                for (int[] range : new int[][] {{30, 0}, {120, 365}, {7, 60}}) {
                    List<ScheduleItem> expected = Upcoming.select(all, asOf, range[0], range[1]);
                    assertThat(service.upcoming(asOf, range[0], range[1])).as("%s %d/%d", asOf, range[0], range[1])
                            .isEqualTo(expected);
                    releases += (int) expected.stream().filter(i -> i.kind() == ItemKind.RELEASE).count();
                }
            }
            assertThat(releases).isGreaterThan(30);
        }
    }

    // 0: the day, 1: only the month, 2: only the year
    private static PartialDate vague(LocalDate day, int how) {
        return PartialDate.parse(switch (how) {
            case 0 -> day.toString();
            case 1 -> day.toString().substring(0, 7);
            default -> day.toString().substring(0, 4);
        });
    }
}
