package org.casetrack.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.casetrack.store.Database;
import org.casetrack.store.EventGenerator;
import org.casetrack.store.TimelineQuery;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** The timeline list over generated events: paged, filterable, partial dates as written. */
class TimelineViewTest extends FxTest {

    private TimelineView timeline() {
        return (TimelineView) main.page(Pages.TIMELINE);
    }

    private Database generated(int n) {
        Database d = TestDatabases.empty(dir, "tl");
        EventGenerator.insert(d, n);
        return d;
    }

    @Test
    void showsOnePageAndLoadsMoreWhenScrolledNotAllRows() {
        showMain(generated(4000), Route.page(Pages.TIMELINE));
        ListView<TimelineQuery.Row> list = node("#timeline-list");
        assertThat(list.getItems()).hasSize(TimelineViewModel.PAGE_SIZE);
        assertThat(this.<Label>node("#timeline-count").getText()).isEqualTo("200 of 4,000 shown");
        onFx(() -> list.scrollTo(TimelineViewModel.PAGE_SIZE - 1));
        waitUntil(() -> list.getItems().size() == 2 * TimelineViewModel.PAGE_SIZE);
        assertThat(list.getItems().size()).isLessThan(4000);
        assertThat(timeline().viewModel().query().pagesRead()).isLessThanOrEqualTo(3);
    }

    @Test
    void countryAndDateFiltersNarrowTheList() {
        showMain(generated(2000), Route.page(Pages.TIMELINE));
        ComboBox<String> country = node("#timeline-country");
        onFx(() -> country.setValue("Belarus"));
        ListView<TimelineQuery.Row> list = node("#timeline-list");
        assertThat(list.getItems()).isNotEmpty().allMatch(r -> r.country().equals("Belarus"));

        clickOn("#timeline-from .text-field").write("2001");
        clickOn("#timeline-to .text-field").write("March 2001").type(KeyCode.TAB);
        assertThat(list.getItems()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.country()).isEqualTo("Belarus");
            assertThat(r.date().overlaps(java.time.LocalDate.of(2001, 1, 1), java.time.LocalDate.of(2001, 3, 31))).isTrue();
        });

        clickOn("#timeline-clear");
        assertThat(list.getItems()).hasSize(TimelineViewModel.PAGE_SIZE);
        assertThat(list.getItems().stream().map(TimelineQuery.Row::country).distinct().count()).isGreaterThan(1);
    }

    @Test
    void personFilterAndPartialDatesShownAsWritten() {
        showMain(TestDatabases.sample(dir, "tl-sample"), Route.page(Pages.TIMELINE));
        ComboBox<TimelineViewModel.Choice> person = node("#timeline-person");
        TimelineViewModel.Choice bokaev = person.getItems().stream().filter(c -> c != null && c.label().equals("Maks Bokaev")).findFirst().orElseThrow();
        onFx(() -> person.setValue(bokaev));
        ListView<TimelineQuery.Row> list = node("#timeline-list");
        assertThat(list.getItems()).isNotEmpty().allSatisfy(r ->
                assertThat(r.persons()).extracting(TimelineQuery.PersonRef::name).contains("Maks Bokaev"));
        assertThat(lookup(".timeline-date").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.matches("[A-Z][a-z]{2} \\d{4}") || t.matches("\\d{4}"));
    }

    @Test
    void enterOpensTheEventsPerson() {
        showMain(TestDatabases.sample(dir, "tl-open"), Route.page(Pages.TIMELINE));
        ListView<TimelineQuery.Row> list = node("#timeline-list");
        int index = 0;
        while (list.getItems().get(index).persons().isEmpty()) {
            index++;
        }
        int i = index;
        onFx(() -> {
            list.getSelectionModel().select(i);
            list.requestFocus();
        });
        type(KeyCode.ENTER);
        assertThat(exists("#person-name")).isTrue();
    }
}
