package org.casetrack.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportService;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.common.FxBackgroundRunner;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10 items 12-13 in the window: a newer report about people of the sample data shows
 * what is already known, and its changes to known people as before/after rows that are not
 * ticked; only the ticked change is applied.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardDiffViewTest {

    /** Sentences written for this test. */
    static final String NEWER = """
            Kazakhstan: developments in 2018 and 2019

            In November 2016 a court in Atyrau sentenced Maks Bokaev and Talgat Ayan to five years in prison for organising peaceful land protests.
            In May 2017 an appeal court reduced the sentence of Seitkazy Mataev to four years in prison.
            In January 2018 Talgat Ayan, the activist, was transferred to a penal colony in Zhezkazgan.
            In March 2019 Vadim Kuramshin was released from prison after serving his term.
            """;

    @TempDir
    Path dir;
    Database db;
    FxBackgroundRunner runner;
    Path report;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabases.sample(dir, "db");
        runner = new FxBackgroundRunner();
        report = dir.resolve("newer-report.txt");
        Files.writeString(report, NEWER);
        AppContext ctx = new AppContext(db, runner, new Navigator(), new RecordingDialogs(),
                Preferences.userRoot().node("org/casetrack/test/wizard-diff"));
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

    private Person person(String name) {
        return new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    private static void waitUntilVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void knownFindingsAreMarkedAndOnlyTheTickedChangeIsApplied(FxRobot robot) throws Exception {
        // the same plan the window will show (planning writes nothing), to name its rows
        ImportPlan plan = new ImportService(db).plan(report, ImportProgress.NONE);
        Person kuramshin = person("Vadim Kuramshin");
        Person ayan = person("Talgat Ayan");
        var release = plan.changes().stream().filter(c -> c.personId() == kuramshin.id()
                && c.kind() == ImportPlan.ChangeKind.STATUS).findFirst().orElseThrow();
        var transfer = plan.changes().stream().filter(c -> c.kind() == ImportPlan.ChangeKind.PLACE_OF_DETENTION).findFirst().orElseThrow();
        var known = plan.sentences().stream().filter(s -> plan.isKnown(s.id())).findFirst().orElseThrow();
        int sentencesBefore = new FactStore(db.dsl()).allSentences().size();

        TextField path = robot.lookup("#path-field").queryAs(TextField.class);
        robot.interact(() -> path.setText(report.toString()));
        robot.clickOn("#read-button");
        waitUntilVisible(robot, "#review-pane");

        assertThat(robot.lookup("#known-" + known.id()).query().isVisible()).as("a finding already stored is marked").isTrue();
        assertThat(robot.lookup("#accept-" + release.id()).queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#accept-" + transfer.id()).queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#row-" + release.id() + " .candidate-title").queryAs(Label.class).getText())
                .isEqualTo("Vadim Kuramshin: status");
        assertThat(robot.lookup("#row-" + release.id() + " .candidate-detail").queryAs(Label.class).getText())
                .contains("now imprisoned \u2192 after import at liberty");

        ScrollPane list = robot.lookup("#candidate-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> list.setVvalue(1.0)); // the changes come last
        robot.clickOn("#row-" + release.id() + " .candidate-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidence-text").queryAs(Text.class).getText()).contains("released from prison");
        robot.clickOn("#accept-" + release.id());
        assertThat(robot.lookup("#accept-" + release.id()).queryAs(CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#commit-button");
        waitUntilVisible(robot, "#done-pane");

        assertThat(person("Vadim Kuramshin").status()).isEqualTo(PersonStatus.AT_LIBERTY);
        assertThat(person("Talgat Ayan").placeOfDetention()).as("the unticked transfer").isEqualTo(ayan.placeOfDetention());
        var mataev = person("Seitkazy Mataev");
        assertThat(new FactStore(db.dsl()).sentencesOf(mataev.id())).filteredOn(s -> s.kind() == SentenceKind.IMPRISONMENT)
                .extracting(s -> s.term()).containsExactly(Term.parse("P6Y"));
        assertThat(new FactStore(db.dsl()).allSentences()).hasSize(sentencesBefore);
    }
}
