package org.casetrack.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.casetrack.export.Lang;
import org.casetrack.export.LetterKind;
import org.casetrack.store.SettingsStore;
import javafx.stage.Modality;
import org.casetrack.dossier.DossierService;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** The dialog over the real main window, headless: opened as the person view will open it. */
class ExportDialogViewTest extends FxTest {

    @Test
    void opensForAPersonShowsThePreviewAndSaves() throws Exception {
        showMain(TestDatabases.sample(dir, "db"), null);
        long id = new DossierService(db).resolvePerson("Maks Bokaev");
        ExportDialog[] opened = new ExportDialog[1];
        onFx(() -> opened[0] = ExportDialog.forPerson(ctx, id, "Maks Bokaev"));
        ExportDialog dialog = opened[0];

        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(dialog.stage().getOwner()).isSameAs(stage);
        assertThat(dialog.stage().getModality()).isEqualTo(Modality.WINDOW_MODAL);
        assertThat(dialog.stage().getTitle()).isEqualTo("Export a case summary \u2014 Maks Bokaev");

        TextArea preview = from(dialog.root()).lookup("#preview").query();
        waitUntil(() -> !preview.getText().isEmpty());
        assertThat(preview.isEditable()).isFalse();
        assertThat(preview.getText()).contains("Summary of the facts").contains("Maks Bokaev");
        assertThat(((RadioButton) from(dialog.root()).lookup("#format-docx").query()).isSelected()).isTrue();

        Label warning = from(dialog.root()).lookup("#confidential-warning").query();
        assertThat(warning.isVisible()).isFalse();
        CheckBox confidential = from(dialog.root()).lookup("#include-confidential").query();
        onFx(() -> confidential.setSelected(true));
        assertThat(dialog.viewModel().includeConfidentialProperty().get()).isTrue();
        assertThat(warning.isVisible()).isTrue();
        onFx(() -> confidential.setSelected(false));

        onFx(() -> ((RadioButton) from(dialog.root()).lookup("#format-md").query()).setSelected(true));
        assertThat(dialog.viewModel().defaultFileName()).isEqualTo("Maks-Bokaev-summary.md");

        // Save through the view model (the native file chooser is not driven).
        Path target = dir.resolve("Maks-Bokaev-summary.md");
        onFx(() -> dialog.viewModel().save(target));
        waitUntil(() -> !dialog.viewModel().savingProperty().get());
        assertThat(Files.readString(target)).contains("Maks Bokaev").isEqualTo(preview.getText());
        Label status = from(dialog.root()).lookup("#save-status").query();
        assertThat(status.getText()).isEqualTo("Saved to Maks-Bokaev-summary.md.");

        Button close = from(dialog.root()).lookup("#close").query();
        onFx(close::fire);
        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void kindLanguageAndLetterheadAreChosenInTheDialog() throws Exception {
        showMain(TestDatabases.sample(dir, "db2"), null);
        long id = new DossierService(db).resolvePerson("Maks Bokaev");
        ExportDialog[] opened = new ExportDialog[1];
        onFx(() -> opened[0] = ExportDialog.forPerson(ctx, id, "Maks Bokaev"));
        ExportDialog dialog = opened[0];
        TextArea preview = from(dialog.root()).lookup("#preview").query();
        waitUntil(() -> preview.getText().contains("Summary of the facts"));

        ComboBox<LetterKind> kind = from(dialog.root()).lookup("#kind").query();
        ComboBox<Lang> lang = from(dialog.root()).lookup("#lang").query();
        assertThat(kind.getValue()).isEqualTo(LetterKind.SUMMARY);
        assertThat(kind.getConverter().toString(LetterKind.WGAD)).isEqualTo("Draft communication to the UN Working Group on Arbitrary Detention");
        onFx(() -> kind.setValue(LetterKind.WGAD));
        onFx(() -> lang.setValue(Lang.RU));
        waitUntil(() -> preview.getText().contains("I. Сведения о лице"));
        assertThat(dialog.viewModel().defaultFileName()).isEqualTo("Maks-Bokaev-wgad.docx");

        TextField org = from(dialog.root()).lookup("#letterhead-organisation").query();
        onFx(() -> org.setText("Test Rights Centre"));
        Button save = from(dialog.root()).lookup("#letterhead-save").query();
        onFx(save::fire);
        Label status = from(dialog.root()).lookup("#letterhead-status").query();
        waitUntil(() -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Letterhead saved in this database.");
        assertThat(new SettingsStore(db.dsl()).letterhead().organisation()).isEqualTo("Test Rights Centre");
        waitUntil(() -> preview.getText().contains("Test Rights Centre"));
        onFx(dialog::close);
    }
}
