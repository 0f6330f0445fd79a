package org.casetrack.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.casetrack.model.Person;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.generated.Tables;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.FxBackgroundRunner;
import org.casetrack.ui.support.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard end to end on a real encrypted database, with the real background runner:
 * choose the test report, review, tick and untick, import or cancel, then look in the database.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardViewTest {

    @TempDir
    Path dir;
    Database db;
    FxBackgroundRunner runner;
    Navigator navigator;
    RecordingDialogs dialogs;
    Path report;

    Stage stage;
    AppContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = TestDatabases.create(dir.resolve("db"));
        runner = new FxBackgroundRunner();
        navigator = new Navigator();
        report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
        dialogs = new RecordingDialogs();
        ctx = new AppContext(db, runner, navigator, dialogs, org.casetrack.ui.app.UiPrefs.root().node("org/casetrack/test/wizard"));
        ImportWizardView view = new ImportWizardView(ctx, new WizardText(Locale.ENGLISH));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.shutdown();
        db.close();
    }

    private void readTheReport(FxRobot robot) throws Exception {
        TextField path = robot.lookup("#path-field").queryAs(TextField.class);
        robot.interact(() -> path.setText(report.toString()));
        robot.clickOn("#read-button");
        waitUntilVisible(robot, "#review-pane");
    }

    private static void waitUntilVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean ticked(FxRobot robot, String id) {
        return robot.lookup("#accept-" + id).queryAs(CheckBox.class).isSelected();
    }

    private int count(org.jooq.Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    @Test
    void importsExactlyTheTickedCandidates(FxRobot robot) throws Exception {
        readTheReport(robot);
        assertThat(ticked(robot, "p5")).as("officials are not proposed").isFalse();

        robot.clickOn("#accept-all-persons");
        robot.clickOn("#accept-p2");  // reject Aliya Serikova
        robot.clickOn("#accept-s1");  // reject Timur Bokaev's sentence
        assertThat(ticked(robot, "p5")).isTrue();
        assertThat(ticked(robot, "s2")).as("Serikova's own sentence goes with her").isFalse();
        assertThat(robot.lookup("#accept-s2").queryAs(CheckBox.class).isDisabled()).isTrue();
        // Serikova, her sentence and Bokaev's sentence are the only unticked items, whatever else the report holds
        var counts = java.util.regex.Pattern.compile("(\\d+) of (\\d+) items ticked")
                .matcher(robot.lookup("#accepted-count").queryAs(Label.class).getText());
        assertThat(counts.matches()).isTrue();
        assertThat(Integer.parseInt(counts.group(2)) - Integer.parseInt(counts.group(1))).isEqualTo(3);

        robot.clickOn("#commit-button");
        waitUntilVisible(robot, "#done-pane");

        assertThat(new PersonStore(db.dsl()).list()).extracting(Person::displayName)
                .containsExactlyInAnyOrder("Timur Bokaev", "Daniyar Ospanov", "Ruslan Temirov", "Arman Zhakupov");
        FactStore facts = new FactStore(db.dsl());
        assertThat(facts.allSentences()).extracting(s -> s.term().toIso()).containsExactlyInAnyOrder("P15D", "P2Y6M");
        assertThat(facts.allRulings()).hasSize(1);
        assertThat(count(Tables.EVENT)).isEqualTo(2);
        assertThat(count(Tables.SOURCE_DOCUMENT)).isEqualTo(1);
        assertThat(robot.lookup("#summary-lines .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("People: 4 new"));

        robot.clickOn("#open-document-button");
        assertThat(navigator.current()).isInstanceOf(Route.DocumentRoute.class);
    }

    @Test
    void aLowConfidenceRowIsShownUntickedWithItsRule(FxRobot robot) throws Exception {
        report = Path.of(getClass().getResource("/reports/lowconfidence-2021.txt").toURI());
        readTheReport(robot);
        assertThat(ticked(robot, "p1")).as("Timur Bokaev, named in a penalty").isTrue();
        assertThat(ticked(robot, "p2")).as("Olga Vetrova, case words only").isFalse();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).contains("rule subject.case-words, confidence 50%").contains("low"));

        robot.clickOn("#commit-button");
        waitUntilVisible(robot, "#done-pane");
        assertThat(new PersonStore(db.dsl()).list()).extracting(Person::displayName).containsExactly("Timur Bokaev");
    }

    @Test
    void cancelAtReviewLeavesTheDatabaseUnchanged(FxRobot robot) throws Exception {
        readTheReport(robot);
        robot.clickOn("#cancel-button");
        waitUntilVisible(robot, "#choose-pane");

        assertThat(dialogs.questions).as("nothing was changed, so no question").isEmpty();
        assertThat(robot.lookup("#notice-label").queryAs(Label.class).getText()).contains("Nothing was stored");
        assertThat(count(Tables.SOURCE_DOCUMENT)).isZero();
        assertThat(count(Tables.PERSON)).isZero();
        assertThat(count(Tables.EVENT)).isZero();
    }

    @Test
    void cancellingAfterChangesAsksFirst(FxRobot robot) throws Exception {
        readTheReport(robot);
        robot.clickOn("#accept-s1");
        dialogs.answer(false);
        robot.clickOn("#cancel-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(robot.lookup("#review-pane").query().isVisible()).as("answered no: still reviewing").isTrue();

        dialogs.answer(true);
        robot.clickOn("#cancel-button");
        waitUntilVisible(robot, "#choose-pane");
        assertThat(dialogs.questions).hasSize(2);
        assertThat(count(Tables.SOURCE_DOCUMENT)).isZero();
    }

    @Test
    void selectingARowHighlightsItsEvidenceInTheReport(FxRobot robot) throws Exception {
        readTheReport(robot);
        javafx.scene.control.ScrollPane list = robot.lookup("#candidate-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> list.setVvalue(1.0)); // the UN rulings are below the fold
        robot.clickOn("#row-u1 .candidate-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidence-text").queryAs(Text.class).getText().strip())
                .isEqualTo("In 2018, the UN Human Rights Committee found that Freedonia had violated Temirov's right to freedom of expression.");
        assertThat(robot.lookup("#row-u1").query().getPseudoClassStates()).extracting(Object::toString).contains("selected");
    }

    @Test
    void aMissingFileIsOnePlainSentenceOnStepOne(FxRobot robot) throws Exception {
        TextField path = robot.lookup("#path-field").queryAs(TextField.class);
        robot.interact(() -> path.setText(dir.resolve("nowhere.txt").toString()));
        robot.clickOn("#read-button");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#error-label").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("There is no file called \u201Cnowhere.txt\u201D there.");
        assertThat(robot.lookup("#choose-pane").query().isVisible()).isTrue();
    }

    @Test
    void anEditInTheDialogIsWhatGetsStored(FxRobot robot) throws Exception {
        readTheReport(robot);
        robot.clickOn("#edit-s1");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        Spinner<Integer> years = robot.lookup("#edit-years").queryAs(Spinner.class);
        TextField court = robot.lookup("#edit-court").queryAs(TextField.class);
        robot.interact(() -> {
            years.getValueFactory().setValue(5);
            court.setText("Zelenograd City Court");
        });
        Node apply = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Apply")).query();
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#row-s1 .candidate-title").queryAs(Label.class).getText()).contains("5 years");

        robot.clickOn("#commit-button");
        waitUntilVisible(robot, "#done-pane");
        assertThat(new FactStore(db.dsl()).allSentences()).anySatisfy(s -> {
            assertThat(s.term().toIso()).isEqualTo("P5Y");
            assertThat(s.court()).isEqualTo("Zelenograd City Court");
        });
    }

    @Test
    void cancelWhileReadingGoesBackToStepOne(FxRobot robot) throws Exception {
        BackgroundRunner neverFinishes = new BackgroundRunner() {
            @Override
            public <T> Handle run(Work<T> work, java.util.function.Consumer<T> onSuccess, java.util.function.Consumer<Throwable> onError) {
                return new Handle() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        AppContext held = new AppContext(db, neverFinishes, navigator, dialogs, ctx.prefs());
        robot.interact(() -> stage.setScene(new Scene((Parent) new ImportWizardView(held, new WizardText(Locale.ENGLISH)).root(), 1200, 760)));
        TextField path = robot.lookup("#path-field").queryAs(TextField.class);
        robot.interact(() -> path.setText(report.toString()));
        robot.clickOn("#read-button");
        waitUntilVisible(robot, "#reading-pane");
        assertThat(robot.lookup("#reading-message").queryAs(Label.class).getText()).isEqualTo("Reading freedonia-2020.txt");

        robot.clickOn("#cancel-reading-button");
        waitUntilVisible(robot, "#choose-pane");
        assertThat(robot.lookup("#notice-label").queryAs(Label.class).getText()).contains("Nothing was stored");
        assertThat(count(Tables.SOURCE_DOCUMENT)).isZero();
    }

    @Test
    void thePublicConstructorSpeaksTheShellsLanguage(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene((Parent) new ImportWizardView(ctx).root(), 1200, 760)));
        assertThat(robot.lookup(".title-3").queryAs(Label.class).getText()).isIn("Import a report", "Импорт доклада");
    }
}
