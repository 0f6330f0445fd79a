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
}
