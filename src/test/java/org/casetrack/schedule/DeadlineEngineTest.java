package org.casetrack.schedule;

import org.casetrack.model.UserDeadline;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.ItemStatus;
import org.casetrack.model.ItemState;
import org.casetrack.model.ItemKind;
import org.casetrack.model.DeadlineRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.junit.jupiter.api.Test;

class DeadlineEngineTest {

    private final Fixtures f = new Fixtures();

    private static ScheduleItem only(List<ScheduleItem> items, ItemKind kind) {
        List<ScheduleItem> of = items.stream().filter(i -> i.kind() == kind).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void kazakhVerdictGivesAppealDeadlineFifteenDaysAfterPronouncement() {
        long p = f.person("Test Person", PersonStatus.IMPRISONED);
        long c = f.kzCase("Test case");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);

        ScheduleItem item = only(f.compute(), ItemKind.APPEAL_DEADLINE);

        assertThat(item.due()).isEqualTo(DueDate.on(LocalDate.of(2017, 4, 22)));
        assertThat(item.computed()).isTrue();
        assertThat(item.rule().id()).isEqualTo("kz-criminal-appeal");
        assertThat(item.explanation()).isEqualTo("verdict 2017-04-07 + 15 days (CPC art. 415)");
        assertThat(item.basis()).contains("art. 415");
        assertThat(item.personName()).isEqualTo("Test Person");
    }

    @Test
    void appealDeadlineCrossesMonthAndYearEnds() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.FINE, null, "2016-12-20", null, null);
        assertThat(only(f.compute(), ItemKind.APPEAL_DEADLINE).due().day()).isEqualTo(LocalDate.of(2017, 1, 4));
    }

    @Test
    void monthPreciseVerdictGivesAWindowNotAnInventedDay() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P2Y", "2017-02", null, null);

        ScheduleItem item = only(f.compute(), ItemKind.APPEAL_DEADLINE);

        assertThat(item.due().isExact()).isFalse();
        assertThat(item.due().from()).isEqualTo(LocalDate.of(2017, 2, 16));
        assertThat(item.due().to()).isEqualTo(LocalDate.of(2017, 3, 15)); // 28 Feb 2017 + 15 days
        assertThat(item.explanation()).contains("month only").contains("between 2017-02-16 and 2017-03-15");
    }

    @Test
    void yearPreciseVerdictGivesNoAppealDeadline() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P2Y", "2017", null, null);
        assertThat(f.compute()).noneMatch(i -> i.kind() == ItemKind.APPEAL_DEADLINE);
    }

    @Test
    void noAppealDeadlineWithoutAMatchingJurisdiction() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P2Y", "2017-04-07", null, null);
        assertThat(f.compute()).noneMatch(i -> i.kind() == ItemKind.APPEAL_DEADLINE);
    }

    @Test
    void noAppealDeadlineOnceAnAppealIsRecorded() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P2Y", "2017-04-07", null, null);
        f.appeal(p, c, AppealLevel.APPEAL, "2017-04-15", null, null);
        assertThat(f.compute()).noneMatch(i -> i.kind() == ItemKind.APPEAL_DEADLINE);
    }

    @Test
    void releaseCreditsPretrialDetention() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2016-11-28", "2016-11-28", 195);

        ScheduleItem item = only(f.compute(), ItemKind.RELEASE);

        // 2021-11-28 minus 195 days
        assertThat(item.due().day()).isEqualTo(LocalDate.of(2021, 5, 17));
        assertThat(item.explanation()).contains("start 2016-11-28 + 5 years").contains("195 days of pre-trial detention credited");
    }

    @Test
    void releaseFromLeapDayClampsToEndOfFebruary() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P1Y", null, "2016-02-29", null);
        assertThat(only(f.compute(), ItemKind.RELEASE).due().day()).isEqualTo(LocalDate.of(2017, 2, 28));
    }

    @Test
    void releaseFromMonthEndClampsToShorterMonth() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P1M", null, "2019-01-31", null);
        assertThat(only(f.compute(), ItemKind.RELEASE).due().day()).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void termOfYearsAndMonthsIntoALeapFebruary() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P3Y1M", null, "2016-01-31", null);
        assertThat(only(f.compute(), ItemKind.RELEASE).due().day()).isEqualTo(LocalDate.of(2019, 2, 28));
        Fixtures g = new Fixtures();
        long q = g.person("B", PersonStatus.IMPRISONED);
        g.sentence(q, null, SentenceKind.IMPRISONMENT, "P4Y1M", null, "2016-01-31", null);
        assertThat(only(g.compute(), ItemKind.RELEASE).due().day()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void monthPreciseStartGivesAReleaseWindow() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P7Y", null, "2016-02", null);
        DueDate due = only(f.compute(), ItemKind.RELEASE).due();
        assertThat(due.from()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(due.to()).isEqualTo(LocalDate.of(2023, 2, 28)); // 29 Feb 2016 + 7 years
    }

    @Test
    void yearPreciseStartGivesAYearLongWindow() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P2Y", null, "2016", null);
        DueDate due = only(f.compute(), ItemKind.RELEASE).due();
        assertThat(due.toIso()).isEqualTo("2018-01-01..2018-12-31");
    }

    @Test
    void withoutAStartTheTermRunsFromTheLastDetentionBeforeTheVerdict() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.event(p, c, EventType.DETENTION, "2015-03-10");
        f.event(p, c, EventType.DETENTION, "2016-05-17");
        f.event(p, c, EventType.DETENTION, "2019-01-01"); // after the verdict: not this sentence
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2016-11-28", null, 195);
        ScheduleItem item = only(f.compute(), ItemKind.RELEASE);
        assertThat(item.due().day()).isEqualTo(LocalDate.of(2021, 5, 17));
        assertThat(item.explanation()).startsWith("detention 2016-05-17 + 5 years").doesNotContain("credited");
    }

    @Test
    void administrativeDetentionIsCountedInDays() {
        long p = f.person("A", PersonStatus.DETAINED);
        f.sentence(p, null, SentenceKind.ADMINISTRATIVE_DETENTION, "P15D", null, "2018-02-20", null);
        ScheduleItem item = only(f.compute(), ItemKind.RELEASE);
        assertThat(item.due().day()).isEqualTo(LocalDate.of(2018, 3, 7));
        assertThat(item.explanation()).contains("+ 15 days");
    }

    @Test
    void restrictedFreedomEnds() {
        long p = f.person("A", PersonStatus.RESTRICTED_FREEDOM);
        f.sentence(p, null, SentenceKind.RESTRICTED_FREEDOM, "P3Y", null, "2017-05-05", null);
        assertThat(only(f.compute(), ItemKind.END_OF_RESTRICTED_FREEDOM).due().day()).isEqualTo(LocalDate.of(2020, 5, 5));
    }

    @Test
    void noReleaseProjectedForSomeoneAtLiberty() {
        long p = f.person("A", PersonStatus.AT_LIBERTY);
        f.sentence(p, null, SentenceKind.IMPRISONMENT, "P1Y", null, "2016-02-29", null);
        assertThat(f.compute()).noneMatch(i -> i.kind() == ItemKind.RELEASE);
    }

    @Test
    void unFollowUpDueDatesPerBody() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.ruling(p, UnBody.HRC, "2016-03-18", Finding.VIOLATION);
        f.ruling(p, UnBody.CAT, "2016-11-30", Finding.VIOLATION);
        f.ruling(p, UnBody.CEDAW, "2019-08-31", Finding.VIOLATION);
        f.ruling(p, UnBody.HRC, "2017-07-01", Finding.NO_VIOLATION);

        List<ScheduleItem> items = f.compute().stream().filter(i -> i.kind() == ItemKind.UN_FOLLOW_UP).toList();

        assertThat(items).extracting(i -> i.due().toIso())
                .containsExactly("2016-09-14", "2017-02-28", "2020-02-29");
        assertThat(items.get(2).explanation()).isEqualTo("CEDAW Views adopted 2019-08-31 + 6 months (OP-CEDAW art. 7(4))");
    }

    @Test
    void yearPreciseViewsGiveAWindow() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.ruling(p, UnBody.HRC, "2014", Finding.VIOLATION);
        DueDate due = only(f.compute(), ItemKind.UN_FOLLOW_UP).due();
        assertThat(due.toIso()).isEqualTo("2014-06-30..2015-06-29");
    }

    @Test
    void hearingsAreEnteredNotComputed() {
        long p = f.person("A", PersonStatus.DETAINED);
        long c = f.kzCase("c");
        f.appeal(p, c, AppealLevel.APPEAL, "2017-04-15", "2017-05-10", null);
        ScheduleItem h = only(f.compute(), ItemKind.HEARING);
        assertThat(h.computed()).isFalse();
        assertThat(h.due().day()).isEqualTo(LocalDate.of(2017, 5, 10));
        assertThat(h.title()).contains("Regional Court");
    }

    @Test
    void userOverrideReplacesTheComputedDateAndKeepsTheKey() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);
        String key = only(f.compute(), ItemKind.APPEAL_DEADLINE).key();

        f.states.put(key, new ItemState(key, ItemStatus.OPEN, LocalDate.of(2017, 4, 24), "copy of verdict handed over 9 April"));
        ScheduleItem item = only(f.compute(), ItemKind.APPEAL_DEADLINE);

        assertThat(item.key()).isEqualTo(key);
        assertThat(item.due().day()).isEqualTo(LocalDate.of(2017, 4, 24));
        assertThat(item.computed()).isFalse();
        assertThat(item.explanation()).contains("entered by a user").contains("computed: 2017-04-22");
        assertThat(item.note()).contains("handed over");
    }

    @Test
    void doneAndDismissedItemsLeaveTheUpcomingList() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);
        LocalDate asOf = LocalDate.of(2017, 4, 10);
        List<ScheduleItem> before = Upcoming.select(f.compute(), asOf, 30, true);
        assertThat(before).extracting(ScheduleItem::kind).contains(ItemKind.APPEAL_DEADLINE);

        String key = before.stream().filter(i -> i.kind() == ItemKind.APPEAL_DEADLINE).findFirst().orElseThrow().key();
        f.states.put(key, new ItemState(key, ItemStatus.DONE, null, null));
        assertThat(Upcoming.select(f.compute(), asOf, 30, true)).noneMatch(i -> i.kind() == ItemKind.APPEAL_DEADLINE);
    }

    @Test
    void userItemsAppearWithTheirOwnKey() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        f.users.add(new UserDeadline(7L, p, null, ItemKind.HEARING, LocalDate.of(2026, 12, 1), "Parole hearing", null));
        ScheduleItem item = only(f.compute(), ItemKind.HEARING);
        assertThat(item.key()).isEqualTo("user:7");
        assertThat(item.computed()).isFalse();
        assertThat(item.source()).isEqualTo("user_deadline#7");
    }

    @Test
    void upcomingKeepsOverdueAndWindowsThatOverlap() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.FINE, null, "2017-03-01", null, null);      // due 2017-03-16: overdue
        f.sentence(p, c, SentenceKind.FINE, null, "2017-04", null, null);         // window 04-16..05-15
        f.sentence(p, c, SentenceKind.FINE, null, "2017-09-01", null, null);      // beyond 30 days
        LocalDate asOf = LocalDate.of(2017, 4, 1);

        List<ScheduleItem> withOverdue = Upcoming.select(f.compute(), asOf, 30, true);
        List<ScheduleItem> without = Upcoming.select(f.compute(), asOf, 30, false);

        assertThat(withOverdue).extracting(i -> i.due().toIso()).containsExactly("2017-03-16", "2017-04-16..2017-05-15");
        assertThat(without).extracting(i -> i.due().toIso()).containsExactly("2017-04-16..2017-05-15");
        assertThat(Upcoming.isOverdue(withOverdue.get(0), asOf)).isTrue();
    }

    @Test
    void aDatabaseRuleCanAddACassationWindowAndDisableAShippedRow() {
        DeadlineRule cassation = new DeadlineRule("kz-test-cassation", "Kazakhstan", "criminal_cassation", DeadlineTrigger.APPEAL_DECISION,
                Set.of("appeal"), Term.parse("P6M"), ItemKind.CASSATION_DEADLINE, "Cassation", "test basis", "a test basis", null, true);
        DeadlineRule off = DeadlineRules.shipped().get("kz-criminal-appeal").map(r -> new DeadlineRule(r.id(), r.jurisdiction(),
                r.proceeding(), r.trigger(), r.appliesTo(), r.period(), r.kind(), r.label(), r.citation(), r.basis(), r.caveat(), false))
                .orElseThrow();
        DeadlineRules rules = DeadlineRules.shipped().overriddenBy(List.of(cassation, off));
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);
        Fixtures g = f;
        List<ScheduleItem> noAppeal = new DeadlineEngine(rules).compute(g.inputs());
        assertThat(noAppeal).noneMatch(i -> i.kind() == ItemKind.APPEAL_DEADLINE);

        g.appeal(p, c, AppealLevel.APPEAL, "2017-04-15", null, "2017-08-31");
        ScheduleItem cass = only(new DeadlineEngine(rules).compute(g.inputs()), ItemKind.CASSATION_DEADLINE);
        assertThat(cass.due().day()).isEqualTo(LocalDate.of(2018, 2, 28));
    }

    @Test
    void overdueItemsOlderThanTheLookBackAreLeftOut() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.FINE, null, "2015-03-01", null, null);   // due 2015-03-16
        f.sentence(p, c, SentenceKind.FINE, null, "2016-12-01", null, null);   // due 2016-12-16
        LocalDate asOf = LocalDate.of(2017, 4, 1);
        assertThat(Upcoming.select(f.compute(), asOf, 30, 365)).extracting(i -> i.due().toIso()).containsExactly("2016-12-16");
        assertThat(Upcoming.select(f.compute(), asOf, 30, 0)).isEmpty();
        assertThat(Upcoming.select(f.compute(), asOf, 30, true)).hasSize(2);
    }

    @Test
    void itemsAboutConfidentialFactsOrPersonsAreFlagged() {
        long p = f.person("A", PersonStatus.IMPRISONED);
        long c = f.kzCase("c");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);
        assertThat(only(f.compute(), ItemKind.APPEAL_DEADLINE).confidential()).isFalse();

        org.casetrack.model.Sentence open = f.sentences.remove(0);
        f.sentences.add(new org.casetrack.model.Sentence(open.id(), open.personId(), open.caseId(), open.kind(), open.term(), null, null,
                open.imposed(), open.court(), open.start(), open.pretrialDays(), null, true));
        assertThat(only(f.compute(), ItemKind.APPEAL_DEADLINE).confidential()).isTrue();

        Fixtures g = new Fixtures();
        long q = g.person("B", PersonStatus.IMPRISONED);
        org.casetrack.model.Person pb = g.persons.get(q);
        g.persons.put(q, new org.casetrack.model.Person(pb.id(), pb.displayName(), null, null, pb.sex(), null, Set.of(), pb.status(),
                null, pb.country(), null, true));
        g.ruling(q, UnBody.HRC, "2016-03-18", Finding.VIOLATION);
        assertThat(only(g.compute(), ItemKind.UN_FOLLOW_UP).confidential()).isTrue();
    }
}
