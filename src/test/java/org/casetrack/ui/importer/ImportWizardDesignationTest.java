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
import javafx.scene.text.Text;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.casetrack.model.Designation;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
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

/** Issue 11: a designation the report states is a review row with its sentence, and is stored when ticked. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardDesignationTest {

    /** Sentences written for this test (invented people). */
    static final String REPORT = """
            Testland: events of 2030

            In March 2030 a court in Northtown sentenced the blogger Arman Tulegenov to four years in prison for his posts.
            On 12 April 2030 Amnesty International recognised Arman Tulegenov as a prisoner of conscience.
            """;

    @TempDir
    Path dir;
    Database db;
    FxBackgroundRunner runner;
    Path report;

    @Start
    void start(Stage stage) throws Exception {
        db = TestDatabases.empty(dir, "db");
        runner = new FxBackgroundRunner();
        report = dir.resolve("testland-2030.txt");
        Files.writeString(report, REPORT);
        AppContext ctx = new AppContext(db, runner, new Navigator(), new RecordingDialogs(),
                Preferences.userRoot().node("org/casetrack/test/wizard-designation"));
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

    private static void waitUntilVisible(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(n -> n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDesignationRowShowsItsSentenceAndIsStored(FxRobot robot) throws Exception {
        TextField path = robot.lookup("#path-field").queryAs(TextField.class);
        robot.interact(() -> path.setText(report.toString()));
        robot.clickOn("#read-button");
        waitUntilVisible(robot, "#review-pane");

        assertThat(robot.lookup("#row-d1 .candidate-title").queryAs(Label.class).getText())
                .isEqualTo("Arman Tulegenov: prisoner of conscience, by Amnesty International");
        assertThat(robot.lookup("#row-d1 .candidate-detail").queryAs(Label.class).getText()).contains("12 Apr 2030");
        assertThat(robot.lookup("#accept-d1").queryAs(CheckBox.class).isSelected()).isTrue();

        ScrollPane list = robot.lookup("#candidate-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> list.setVvalue(1.0)); // designations come after the events
        robot.clickOn("#row-d1 .candidate-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidence-text").queryAs(Text.class).getText()).contains("recognised Arman Tulegenov");

        robot.clickOn("#commit-button");
        waitUntilVisible(robot, "#done-pane");

        long arman = new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals("Arman Tulegenov"))
                .findFirst().orElseThrow().id();
        assertThat(new DesignationStore(db.dsl()).forPerson(arman)).singleElement()
                .extracting(Designation::designatedBy).isEqualTo("Amnesty International");
    }
}
