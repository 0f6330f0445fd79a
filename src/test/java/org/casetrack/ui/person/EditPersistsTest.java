package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.casetrack.dossier.DossierService;
import org.casetrack.store.Database;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** An edit made in the window is still there after the database is closed and opened again. */
class EditPersistsTest extends FxTest {

    @Test
    void anEditedPlaceOfDetentionSurvivesReopeningTheDatabase() {
        Path file = TestDatabases.sampleFile(dir, "edit");
        Database first = Database.open(file, TestDatabases.passphrase());
        long id = new DossierService(first).resolvePerson("Maks Bokaev");
        dialogs = new RecordingDialogs().fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set("penal colony No. 3, Pavlodar");
            return true;
        });
        showMain(first, Route.person(id));
        clickOn("#person-edit");
        assertThat(this.<Label>node("#person-place").getText()).isEqualTo("penal colony No. 3, Pavlodar");

        onFx(() -> stage.getScene().setRoot(new javafx.scene.layout.Pane()));
        first.close();
        db = null;

        Database again = Database.open(file, TestDatabases.passphrase());
        dialogs = new RecordingDialogs();
        showMain(again, Route.person(id));
        assertThat(this.<Label>node("#person-place").getText()).isEqualTo("penal colony No. 3, Pavlodar");
    }

    @Test
    void deletingAnEventAsksFirstAndThenRemovesIt() {
        Database d = TestDatabases.sample(dir, "delete");
        long id = new DossierService(d).resolvePerson("Maks Bokaev");
        dialogs = new RecordingDialogs().answer(true);
        showMain(d, Route.person(id));
        int before = lookup(".fact-card").match(n -> n.getId() != null && n.getId().startsWith("event-")).queryAll().size();
        javafx.scene.Node del = lookup(".button").match(n -> n.getId() != null && n.getId().startsWith("event-") && n.getId().endsWith("-delete")).query();
        clickOn(del);
        assertThat(dialogs.questions).hasSize(1);
        int after = lookup(".fact-card").match(n -> n.getId() != null && n.getId().startsWith("event-")).queryAll().size();
        assertThat(after).isEqualTo(before - 1);
    }
}
