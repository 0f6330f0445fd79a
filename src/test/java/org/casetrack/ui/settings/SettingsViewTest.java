package org.casetrack.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Letterhead;
import org.casetrack.store.SettingsStore;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.export.ExportDialog;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** Issue 11: the letterhead is set once on the settings screen, reached from the main window, and letters use it. */
class SettingsViewTest extends FxTest {

    /** A 1x1 PNG, written for this test. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Test
    void theLetterheadIsSetInSettingsAndTheExportDialogUsesIt() throws Exception {
        showMain(TestDatabases.sample(dir, "db"), null);
        clickOn("#nav-settings");
        waitUntil(() -> exists("#settings-view"));
        TextField org = node("#settings-organisation");
        TextArea address = node("#settings-address");
        Label logoState = node("#settings-logo-state");
        assertThat(logoState.getText()).isEqualTo("No logo");

        clickOn(org).write("Testland Rights Centre");
        onFx(() -> address.setText("1 Test Street\nNorthtown"));
        Path logo = dir.resolve("logo.png");
        Files.write(logo, PNG);
        SettingsView settings = (SettingsView) main.currentViewProperty().get();
        onFx(() -> settings.model().chooseLogo(logo)); // the native file chooser is not driven
        waitUntil(() -> logoState.getText().equals("Logo set"));
        assertThat(((ImageView) node("#settings-logo-preview")).getImage()).isNotNull();

        clickOn("#settings-save");
        Label status = node("#settings-status");
        waitUntil(() -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Saved. Every letter made from now on uses this letterhead.");
        Letterhead stored = new SettingsStore(db.dsl()).letterhead();
        assertThat(stored.organisation()).isEqualTo("Testland Rights Centre");
        assertThat(stored.address()).isEqualTo("1 Test Street\nNorthtown");
        assertThat(stored.logo()).isEqualTo(PNG);

        // a bad logo file is one sentence and changes nothing
        Path notImage = dir.resolve("notes.png");
        Files.writeString(notImage, "not an image");
        onFx(() -> settings.model().chooseLogo(notImage));
        waitUntil(() -> status.getText().contains("is not a PNG or JPEG image"));
        assertThat(logoState.getText()).isEqualTo("Logo set");

        // the export dialog starts from the stored letterhead and the letter carries it
        go(Route.person(new DossierService(db).resolvePerson("Maks Bokaev")));
        long id = new DossierService(db).resolvePerson("Maks Bokaev");
        ExportDialog[] opened = new ExportDialog[1];
        onFx(() -> opened[0] = ExportDialog.forPerson(ctx, id, "Maks Bokaev"));
        TextArea preview = from(opened[0].root()).lookup("#preview").query();
        waitUntil(() -> preview.getText().contains("Testland Rights Centre"));
        TextField dialogOrg = from(opened[0].root()).lookup("#letterhead-organisation").query();
        assertThat(dialogOrg.getText()).isEqualTo("Testland Rights Centre");
        // and links back to the settings page
        javafx.scene.control.Hyperlink link = from(opened[0].root()).lookup("#letterhead-open-settings").query();
        onFx(link::fire);
        assertThat(opened[0].stage().isShowing()).isFalse();
        waitUntil(() -> exists("#settings-view"));

        // shown again, the screen reads what is stored
        clickOn("#nav-people");
        clickOn("#nav-settings");
        waitUntil(() -> ((TextField) node("#settings-organisation")).getText().equals("Testland Rights Centre"));
        Button remove = node("#settings-logo-remove");
        assertThat(remove.isDisabled()).isFalse();
    }
}
