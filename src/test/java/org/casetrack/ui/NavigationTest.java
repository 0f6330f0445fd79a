package org.casetrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.people.PeopleViewModel;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** Keyboard and mouse through people → person → case → source, and back. */
class NavigationTest extends FxTest {

    @Test
    void personToCaseToSource() {
        showMain(TestDatabases.sample(dir, "nav"), Route.page(Pages.PEOPLE));
        clickOn("#people-search").write("Talgat Ayan");
        TableView<PeopleViewModel.Row> table = node("#people-table");
        assertThat(table.getItems()).isNotEmpty();
        type(KeyCode.ENTER);
        assertThat(this.<Label>node("#person-name").getText()).isEqualTo("Talgat Ayan");
        assertThat(this.<ToggleButton>node("#nav-people").isSelected()).isTrue();

        Hyperlink caseLink = lookup(".hyperlink").match(n -> n.getId() != null && n.getId().startsWith("case-link-")).query();
        clickOn(caseLink);
        assertThat(this.<Label>node("#case-title").getText()).startsWith("Land-reform protest case");
        assertThat(this.<ToggleButton>node("#nav-cases").isSelected()).isTrue();

        Hyperlink source = lookup("#case-view .source-link").query();
        String title = source.getText();
        clickOn(source);
        assertThat(exists("#sources-view")).isTrue();
        assertThat(this.<Label>node("#document-title").getText()).isEqualTo(title);

        clickOn("#back");
        assertThat(exists("#case-title")).isTrue();
        press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertThat(exists("#person-name")).isTrue();
    }

    @Test
    void shortcutsOpenEachPage() {
        showMain(TestDatabases.sample(dir, "keys"), Route.page(Pages.PEOPLE));
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(exists("#timeline-view")).isTrue();
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(exists("#cases-view")).isTrue();
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(exists("#upcoming")).isTrue();
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(exists(".import-wizard")).isTrue();
    }

    @Test
    void ctrlKSearchFindsAPersonByVariantAndOpensThem() {
        showMain(TestDatabases.sample(dir, "search"), Route.page(Pages.CASES));
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> exists("#search-field"));
        clickOn("#search-field").write("Bokayev");
        waitUntil(() -> !lookup("#search-results").queryListView().getItems().isEmpty());
        type(KeyCode.ENTER);
        waitUntil(() -> exists("#person-name"));
        assertThat(this.<Label>node("#person-name").getText()).isEqualTo("Maks Bokaev");
    }

    @Test
    void personAndCaseViewsOpenTheExportDialogWithAPreview() {
        showMain(TestDatabases.sample(dir, "export"), Route.page(Pages.PEOPLE));
        clickOn("#people-search").write("Talgat Ayan");
        type(KeyCode.ENTER);
        waitUntil(() -> exists("#person-export"));
        clickOn("#person-export");
        waitUntil(() -> exists("#preview") && !this.<javafx.scene.control.TextArea>node("#preview").getText().isBlank());
        assertThat(this.<javafx.scene.control.TextArea>node("#preview").getText()).contains("Talgat Ayan");
        clickOn("#close");
        waitUntil(() -> !exists("#preview"));

        Hyperlink caseLink = lookup(".hyperlink").match(n -> n.getId() != null && n.getId().startsWith("case-link-")).query();
        clickOn(caseLink);
        waitUntil(() -> exists("#case-export"));
        clickOn("#case-export");
        waitUntil(() -> exists("#preview") && !this.<javafx.scene.control.TextArea>node("#preview").getText().isBlank());
        assertThat(this.<javafx.scene.control.TextArea>node("#preview").getText()).contains("Land-reform protest case");
        clickOn("#close");
    }
}
