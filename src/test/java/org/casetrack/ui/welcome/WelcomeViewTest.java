package org.casetrack.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Shows the welcome view in a real stage (Monocle when headless) and clicks its actions. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private static final Path CHOSEN = Path.of("/tmp/elsewhere/casetrack.mv.db");

    private final AtomicInteger creates = new AtomicInteger();
    private final List<Path> opened = new ArrayList<>();
    private final AtomicInteger chooserCalls = new AtomicInteger();
    private Path chooserAnswer = CHOSEN;

    @Start
    void start(Stage stage) {
        WelcomeView view = new WelcomeView(creates::incrementAndGet, opened::add, Locale.ENGLISH,
                (owner, texts) -> {
                    chooserCalls.incrementAndGet();
                    return chooserAnswer;
                });
        stage.setScene(new Scene(view.root(), 800, 600));
        stage.setTitle(view.title());
        stage.show();
    }

    @Test
    void createButtonCallsOnCreate(FxRobot robot) {
        robot.clickOn("#" + WelcomeView.CREATE_ID);

        assertThat(creates).hasValue(1);
        assertThat(opened).isEmpty();
    }

    @Test
    void openButtonPassesTheChosenFileToOnOpen(FxRobot robot) {
        robot.clickOn("#" + WelcomeView.OPEN_ID);

        assertThat(chooserCalls).hasValue(1);
        assertThat(opened).containsExactly(CHOSEN);
        assertThat(creates).hasValue(0);
    }

    @Test
    void cancellingTheChooserCallsNothing(FxRobot robot) {
        chooserAnswer = null;

        robot.clickOn("#" + WelcomeView.OPEN_ID);

        assertThat(chooserCalls).hasValue(1);
        assertThat(opened).isEmpty();
        assertThat(creates).hasValue(0);
    }

    @Test
    void showsTheThreeSentencesAndBothActionsInEnglish(FxRobot robot) {
        var texts = WelcomeView.texts(Locale.ENGLISH);
        List<String> shown = robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();

        assertThat(shown).contains(texts.getString("welcome.keeps"), texts.getString("welcome.protected"),
                texts.getString("welcome.lost"));
        assertThat(robot.lookup("#" + WelcomeView.CREATE_ID).queryAs(Button.class).getText())
                .isEqualTo("Create a new encrypted database");
        assertThat(robot.lookup("#" + WelcomeView.OPEN_ID).queryAs(Button.class).getText())
                .isEqualTo("Open an existing database\u2026");
    }

    @Test
    void theEnterKeyCreatesANewDatabase(FxRobot robot) {
        robot.type(KeyCode.ENTER);

        assertThat(creates).hasValue(1);
    }
}
