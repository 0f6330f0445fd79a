package org.casetrack.ui.upcoming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.casetrack.model.ItemKind;
import org.casetrack.model.ItemStatus;
import org.casetrack.schedule.DueDate;
import org.casetrack.schedule.ScheduleItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UpcomingViewTest {

    private static final LocalDate TODAY = LocalDate.of(2017, 4, 19); // a Wednesday

    private final Set<String> done = new HashSet<>();
    private final java.util.Map<String, LocalDate> entered = new java.util.HashMap<>();
    private final List<Long> openedPersons = new ArrayList<>();
    private UpcomingView view;
    /** The ranges the page asked the store for, as "asOf +days -overdueDays". */
    private final List<String> asked = new ArrayList<>();

    private static ScheduleItem item(String key, ItemKind kind, long person, String name, String country, DueDate due, String title) {
        return new ScheduleItem(key, kind, person, name, 100L + person, "Case " + person, country, due, title, true, null,
                "basis", "verdict + 15 days (CPC art. 415)", "sentence#" + person, ItemStatus.OPEN, null, false);
    }

    private List<ScheduleItem> all() {
        List<ScheduleItem> items = List.of(
                item("a", ItemKind.APPEAL_DEADLINE, 1, "Nurbek Kushakbaev", "Kazakhstan", DueDate.on(LocalDate.of(2017, 4, 22)), "Appeal"),
                item("b", ItemKind.HEARING, 2, "Maks Bokaev", "Kazakhstan", DueDate.on(LocalDate.of(2017, 4, 12)), "Hearing"),
                item("c", ItemKind.UN_FOLLOW_UP, 3, "Other Person", "Kyrgyzstan",
                        new DueDate(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31)), "State reply"),
                item("d", ItemKind.RELEASE, 4, "Far Future", "Kazakhstan", DueDate.on(LocalDate.of(2018, 1, 1)), "Release"));
        return items.stream()
                .map(i -> entered.containsKey(i.key()) ? new ScheduleItem(i.key(), i.kind(), i.personId(), i.personName(), i.caseId(),
                        i.caseTitle(), i.country(), DueDate.on(entered.get(i.key())), i.title(), false, i.rule(), i.basis(),
                        "date entered by a user", i.source(), i.status(), i.note(), i.confidential()) : i)
                .map(i -> done.contains(i.key()) ? i.withStatus(ItemStatus.DONE, null) : i).toList();
    }

    @Start
    void start(Stage stage) {
        UpcomingViewModel vm = new UpcomingViewModel(new UpcomingViewModel.Backend() {
            @Override
            public List<ScheduleItem> load(LocalDate asOf, int days, int overdueDays) {
                asked.add(asOf + " +" + days + " -" + overdueDays);
                return all();
            }

            @Override
            public void markDone(String key) {
                done.add(key);
            }

            @Override
            public void dismiss(String key) {
                done.add(key);
            }

            @Override
            public void enterDate(String key, LocalDate date, String note) {
                entered.put(key, date);
            }
        }, Runnable::run, () -> TODAY);
        vm.setOnOpenPerson(openedPersons::add);
        view = new UpcomingView(vm, Locale.ENGLISH);
        vm.refresh();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private ListView<UpcomingViewModel.Row> list(FxRobot robot) {
        return robot.lookup("#upcoming-list").queryAs(ListView.class);
    }

    private List<String> keys(FxRobot robot) {
        return list(robot).getItems().stream().filter(r -> !r.isHeader()).map(r -> r.item().key()).toList();
    }

    @Test
    void showsOverdueFirstThenItemsGroupedByWeekWithinThirtyDays(FxRobot robot) {
        assertThat(keys(robot)).containsExactly("b", "a", "c");
        List<UpcomingViewModel.Row> rows = list(robot).getItems();
        assertThat(rows.get(0).overdueHeader()).isTrue();
        assertThat(rows.stream().filter(r -> r.isHeader() && !r.overdueHeader()).map(UpcomingViewModel.Row::weekStart))
                .containsExactly(LocalDate.of(2017, 4, 17), LocalDate.of(2017, 5, 1));
        assertThat(view.model().dueThisWeekProperty().get()).isEqualTo(1);
    }

    @Test
    void thePageReadsOnlyItsRangeAndReadsAgainWhenTheRangeChanges(FxRobot robot) {
        assertThat(asked).containsExactly("2017-04-19 +30 -365");
        robot.clickOn("#range-90");
        robot.interact(() -> view.model().asOfProperty().set(LocalDate.of(2016, 1, 4)));
        // a range shorter than a week still reads to Sunday, for the badge
        robot.interact(() -> view.model().daysProperty().set(3));
        // person, country and kind filters work on what was read: no new read
        robot.interact(() -> view.model().countryProperty().set("Kyrgyzstan"));
        assertThat(asked).containsExactly("2017-04-19 +30 -365", "2017-04-19 +90 -365", "2016-01-04 +90 -365",
                "2016-01-04 +7 -365");
    }

    @Test
    void rangeAndFiltersNarrowTheList(FxRobot robot) {
        robot.clickOn("#range-7");
        assertThat(keys(robot)).containsExactly("b", "a");
        robot.clickOn("#range-90");
        assertThat(keys(robot)).containsExactly("b", "a", "c");
        robot.clickOn("#filter-person").write("bokaev");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keys(robot)).containsExactly("b");
        robot.interact(() -> robot.lookup("#filter-person").queryAs(TextField.class).clear());
        robot.interact(() -> view.model().countryProperty().set("Kyrgyzstan"));
        assertThat(keys(robot)).containsExactly("c");
        robot.interact(() -> {
            view.model().countryProperty().set(null);
            view.model().kindProperty().set(ItemKind.HEARING);
        });
        assertThat(keys(robot)).containsExactly("b");
    }

    @Test
    void doneFromTheRowRemovesTheItemAndUpdatesTheBadge(FxRobot robot) {
        Button first = robot.lookup(".item-done").queryAllAs(Button.class).stream()
                .filter(b -> b.getParent().getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof javafx.scene.layout.VBox v
                        && v.getChildren().get(0) instanceof javafx.scene.control.Label l && l.getText().startsWith("Nurbek")))
                .findFirst().orElseThrow();
        robot.clickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).containsExactly("a");
        assertThat(keys(robot)).containsExactly("b", "c");
        assertThat(view.model().dueThisWeekProperty().get()).isZero();
    }

    @Test
    void anEnteredDateMovesTheItem(FxRobot robot) {
        ScheduleItem c = list(robot).getItems().stream().filter(r -> !r.isHeader() && r.item().key().equals("c")).findFirst()
                .orElseThrow().item();
        robot.interact(() -> view.model().enterDate(c, LocalDate.of(2017, 4, 20), "reply due date confirmed"));
        assertThat(entered).containsEntry("c", LocalDate.of(2017, 4, 20));
        assertThat(keys(robot)).containsExactly("b", "c", "a");
        assertThat(view.model().dueThisWeekProperty().get()).isEqualTo(2);
    }

    @Test
    void openPersonLinkCallsTheShell(FxRobot robot) {
        Hyperlink link = robot.lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("Open person")).findFirst().orElseThrow();
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedPersons).containsExactly(2L); // the first row is the overdue hearing of person 2
    }

    /** Writes target/upcoming-view.png when -Dcasetrack.snapshots=true, to look at the screen. */
    @Test
    void snapshotForReview(FxRobot robot) throws Exception {
        if (!Boolean.getBoolean("casetrack.snapshots")) {
            return;
        }
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> img = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            view.node().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> img.set(view.node().snapshot(null, null)));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img.get(), null), "png",
                java.nio.file.Path.of("target", "upcoming-view.png").toFile());
    }

    @Test
    void russianBundleHasEveryKey() {
        ResourceBundle en = ResourceBundle.getBundle(UpcomingView.BUNDLE, Locale.ENGLISH);
        ResourceBundle ru = ResourceBundle.getBundle(UpcomingView.BUNDLE, Locale.forLanguageTag("ru"));
        assertThat(ru.getLocale().getLanguage()).isEqualTo("ru");
        for (String key : en.keySet()) {
            assertThat(ru.getString(key)).as(key).isNotBlank();
            if (!key.equals("week") && !key.equals("window") && !key.equals("badge.tooltip")) {
                assertThat(ru.getString(key)).as(key).isNotEqualTo(en.getString(key));
            }
        }
        for (ItemKind k : ItemKind.values()) {
            assertThat(ru.getString("kind." + k.code())).isNotBlank();
        }
    }

    @Test
    void thePageHasATitleAndAnAsOfDayThatBringsOldDeadlinesBack(FxRobot robot) {
        assertThat(robot.lookup(".page-title").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("Upcoming");
        javafx.scene.control.DatePicker asOf = robot.lookup("#as-of").queryAs(javafx.scene.control.DatePicker.class);
        assertThat(asOf.getValue()).isEqualTo(TODAY);
        // as of a day in 2017-12, the release on 2018-01-01 is within 30 days; the April items are overdue
        robot.interact(() -> asOf.setValue(LocalDate.of(2017, 12, 10)));
        assertThat(keys(robot)).contains("d");
        javafx.scene.control.ComboBox<?> overdue = robot.lookup("#overdue-range").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> ((javafx.scene.control.ComboBox<Integer>) overdue).setValue(30));
        assertThat(keys(robot)).containsExactly("d");
        robot.interact(() -> ((javafx.scene.control.ComboBox<Integer>) overdue).setValue(Integer.MAX_VALUE));
        assertThat(keys(robot)).contains("a", "b", "d");
    }
}
