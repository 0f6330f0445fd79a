package org.casetrack.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.support.FxTest;
import org.junit.jupiter.api.Test;

/** "The two passphrases differ" appears in room kept for it: nothing on the form moves. */
class UnlockLayoutTest extends FxTest {

    @Test
    void theMismatchSentenceDoesNotMoveTheForm() {
        UnlockViewModel vm = new UnlockViewModel(dir.resolve("new-db"), BackgroundRunner.sameThread(), d -> { });
        Node[] root = new Node[1];
        onFx(() -> {
            root[0] = new UnlockView(vm).root();
            Scene scene = new Scene((javafx.scene.Parent) root[0], 900, 700);
            scene.getStylesheets().add(Theme.appStylesheet());
            stage.setScene(scene);
            stage.show();
        });
        Bounds before = node("#unlock-submit").localToScene(node("#unlock-submit").getBoundsInLocal());
        onFx(() -> {
            vm.passphraseProperty().set("one long passphrase here");
            vm.confirmationProperty().set("another long passphrase");
            vm.submit();
        });
        assertThat(vm.errorProperty().get()).isNotEmpty();
        Bounds after = node("#unlock-submit").localToScene(node("#unlock-submit").getBoundsInLocal());
        assertThat(after.getMinY()).isEqualTo(before.getMinY());
    }

    @Test
    void creatingOffersBackAndUnlockingOffersAnotherFile() throws Exception {
        int[] switched = {0};
        UnlockViewModel creating = new UnlockViewModel(dir.resolve("new-db"), BackgroundRunner.sameThread(), d -> { });
        onFx(() -> {
            Scene scene = new Scene(new UnlockView(creating).onSwitch(() -> switched[0]++).root(), 900, 700);
            stage.setScene(scene);
            stage.show();
        });
        javafx.scene.control.Button back = node("#unlock-switch");
        assertThat(back.isVisible()).isTrue();
        assertThat(back.getText()).isEqualTo(org.casetrack.ui.common.I18n.tr("unlock.back"));
        clickOn(back);
        assertThat(switched[0]).isEqualTo(1);

        org.casetrack.store.Database.create(dir.resolve("existing"), "a long test passphrase".toCharArray()).close();
        UnlockViewModel unlocking = new UnlockViewModel(dir.resolve("existing"), BackgroundRunner.sameThread(), d -> { });
        onFx(() -> stage.setScene(new Scene(new UnlockView(unlocking).onSwitch(() -> switched[0]++).root(), 900, 700)));
        javafx.scene.control.Button other = node("#unlock-switch");
        assertThat(other.getText()).isEqualTo(org.casetrack.ui.common.I18n.tr("unlock.otherFile"));
        clickOn(other);
        assertThat(switched[0]).isEqualTo(2);
    }

    @Test
    void everyButtonShowsItsWholeLabelInEnglishAndRussian() throws Exception {
        org.casetrack.store.Database.create(dir.resolve("whole-labels"), "a long test passphrase".toCharArray()).close();
        for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("ru"))) {
            java.util.Locale before = org.casetrack.ui.common.I18n.locale();
            try {
                org.casetrack.ui.common.I18n.setLocale(locale);
                UnlockViewModel vm = new UnlockViewModel(dir.resolve("whole-labels"), BackgroundRunner.sameThread(), d -> { });
                onFx(() -> {
                    Scene scene = new Scene(new UnlockView(vm).onSwitch(() -> { }).onConnect(() -> { }).root(), 900, 700);
                    scene.getStylesheets().add(Theme.appStylesheet());
                    stage.setScene(scene);
                    stage.show();
                });
                for (String id : java.util.List.of("#unlock-submit", "#unlock-switch", "#unlock-server")) {
                    javafx.scene.control.Button button = node(id);
                    double[] widths = new double[2];
                    onFx(() -> {
                        widths[0] = button.getWidth();
                        widths[1] = button.prefWidth(-1);
                    });
                    // before the fix the three shared one row and were cut to "Connect to a serv…"
                    assertThat(widths[0]).as(locale + " " + id + " '" + button.getText() + "'").isGreaterThanOrEqualTo(widths[1] - 0.5);
                }
            } finally {
                org.casetrack.ui.common.I18n.setLocale(before);
            }
        }
    }
}
