package org.casetrack.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** Preferences: the last page and the theme are remembered. */
class MainWindowTest extends FxTest {

    @Test
    void theLastPageIsRememberedForNextTime() {
        showMain(TestDatabases.sample(dir, "prefs"), null);
        assertThat(exists("#people-view")).isTrue();
        clickOn("#nav-timeline");
        assertThat(new UiPrefs(ctx.prefs()).lastPage("people")).isEqualTo("timeline");
        MainViewModel again = new MainViewModel(new AppContext(ctx.db(), ctx.runner(), new Navigator(), ctx.dialogs(), ctx.prefs()));
        onFx(again::start);
        assertThat(again.selectedPageProperty().get()).isEqualTo("timeline");
    }

    @Test
    void theThemeToggleIsRemembered() {
        showMain(TestDatabases.sample(dir, "theme"), Route.page(Pages.PEOPLE));
        assertThat(main.themeProperty().get()).isEqualTo(Theme.LIGHT);
        clickOn("#toggle-theme");
        assertThat(main.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(new UiPrefs(ctx.prefs()).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void windowGeometryIsStored() {
        UiPrefs prefs = new UiPrefs(org.casetrack.ui.support.TestContexts.freshPrefs());
        prefs.saveWindow(10, 20, 1300, 850, false);
        assertThat(prefs.width()).isEqualTo(1300);
        assertThat(prefs.height()).isEqualTo(850);
        prefs.saveWindow(0, 0, 2000, 2000, true);
        assertThat(prefs.maximized()).isTrue();
        assertThat(prefs.width()).as("a maximised window keeps the last normal size").isEqualTo(1300);
    }

    @Test
    void theLanguageSwitchRebuildsTheWindowInRussianAndBack() {
        showMain(TestDatabases.sample(dir, "language"), Route.page(Pages.PEOPLE));
        assertThat(lookup("#nav-people").queryLabeled().getText()).isEqualTo("People");
        try {
            clickOn("#toggle-language");
            assertThat(lookup("#nav-people").queryLabeled().getText()).isEqualTo("Люди");
            assertThat(exists("#people-view")).isTrue();
            assertThat(new UiPrefs(ctx.prefs()).language()).isEqualTo("ru");
            clickOn("#toggle-language");
            assertThat(lookup("#nav-people").queryLabeled().getText()).isEqualTo("People");
        } finally {
            org.casetrack.ui.common.I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }
}
