package org.casetrack.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;
import org.casetrack.store.Database;
import org.casetrack.store.EventGenerator;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline view model reads page by page and never all rows. */
class TimelineViewModelTest {

    @TempDir
    static Path dir;

    static Database db;

    @BeforeAll
    static void generate() {
        db = TestDatabases.empty(dir, "timeline-vm");
        EventGenerator.insert(db, 5000);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private TimelineViewModel vm() {
        AppContext ctx = TestContexts.of(db, new RecordingDialogs());
        TimelineViewModel vm = new TimelineViewModel(ctx);
        vm.start();
        return vm;
    }

    @Test
    void startsWithOnePageNotAllRows() {
        TimelineViewModel vm = vm();
        assertThat(vm.rows()).hasSize(TimelineViewModel.PAGE_SIZE);
        assertThat(vm.query().pagesRead()).isEqualTo(1);
        assertThat(vm.hasMoreProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(5000);
    }

    @Test
    void loadMoreAppendsTheNextPage() {
        TimelineViewModel vm = vm();
        vm.loadMore();
        assertThat(vm.rows()).hasSize(2 * TimelineViewModel.PAGE_SIZE);
        assertThat(vm.rows().get(TimelineViewModel.PAGE_SIZE - 1).dateFrom())
                .isAfterOrEqualTo(vm.rows().get(TimelineViewModel.PAGE_SIZE).dateFrom());
        assertThat(vm.query().pagesRead()).isEqualTo(2);
    }

    @Test
    void aFilterStartsAgainFromTheFirstPage() {
        TimelineViewModel vm = vm();
        vm.loadMore();
        vm.types().add(EventType.ARREST);
        assertThat(vm.rows()).hasSize(TimelineViewModel.PAGE_SIZE).allMatch(r -> r.type() == EventType.ARREST);
        assertThat(vm.totalProperty().get()).isEqualTo(1000);
    }

    @Test
    void dateRangeUsesTheWholeSpanOfPartialDates() {
        TimelineViewModel vm = vm();
        vm.fromProperty().set(PartialDate.ofYear(2001));
        vm.toProperty().set(PartialDate.ofMonth(2001, 6));
        assertThat(vm.filter().from()).isEqualTo(java.time.LocalDate.of(2001, 1, 1));
        assertThat(vm.filter().to()).isEqualTo(java.time.LocalDate.of(2001, 6, 30));
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.date().overlaps(vm.filter().from(), vm.filter().to()));
    }

    @Test
    void oldestFirstReversesTheOrder() {
        TimelineViewModel vm = vm();
        vm.newestFirstProperty().set(false);
        assertThat(vm.rows().get(0).dateFrom()).isBeforeOrEqualTo(vm.rows().get(1).dateFrom());
    }

    @Test
    void clearingFiltersShowsEverythingAgain() {
        TimelineViewModel vm = vm();
        vm.countryProperty().set("Belarus");
        assertThat(vm.totalProperty().get()).isEqualTo(1250);
        vm.clearFilters();
        assertThat(vm.totalProperty().get()).isEqualTo(5000);
    }

    @Test
    void aMillionUnfilteredEventsAreCountedExactly() {
        org.casetrack.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        assertThat(TimelineViewModel.countText(200, 1_000_000)).isEqualTo("200 of 1,000,000 shown");
        assertThat(TimelineViewModel.countText(200, TimelineViewModel.COUNT_CAP)).isEqualTo("200 of 100,000 or more shown");
        assertThat(TimelineViewModel.countText(0, -1)).isEqualTo("0 shown");
    }
}
