package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Person;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.ui.app.FxDialogs;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The real conflict dialog on the person page (H2). H2 allows one process per file, so the
 * other caseworker's save is made through the store between opening the form and saving it.
 */
class ConflictDialogTest extends FxTest {

    long id;

    void openWithAliceSavingMeanwhile() {
        Database file = TestDatabases.sample(dir, "conflict");
        id = new DossierService(file).resolvePerson("Maks Bokaev");
        dialogs = new RecordingDialogs().fill(form -> {
            file.writeVoid(ctx -> {
                int v = RowVersions.stamp(ctx, "person", id).orElseThrow().version();
                RowVersions.claim(ctx, "alice", "person", id, v);
                Person p = new PersonStore(ctx).get(id).orElseThrow();
                new PersonStore(ctx).update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                        p.roles(), p.status(), "Karaganda pre-trial centre", p.country(), p.notes(), p.confidential()));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set("Pavlodar penal colony No. 3");
            return true;
        });
        showMain(file, Route.person(id));
        dialogs.conflictsTo = new FxDialogs(stage);
    }

    String storedPlace() {
        return new PersonStore(db.dsl()).get(id).orElseThrow().placeOfDetention();
    }

    @Test
    void keepMineInTheDialogSavesMineAfterShowingWhoChangedWhat() throws IOException {
        openWithAliceSavingMeanwhile();
        clickOn("#person-edit");
        waitUntil(() -> exists("#conflict-sentence"));
        assertThat(this.<Label>node("#conflict-sentence").getText()).startsWith("alice saved this record at ");
        assertThat(this.<Label>node("#conflict-mine-1").getText()).isEqualTo("Pavlodar penal colony No. 3");
        assertThat(this.<Label>node("#conflict-theirs-1").getText()).isEqualTo("Karaganda pre-trial centre");
        assertThat(storedPlace()).as("nothing of mine written yet").isEqualTo("Karaganda pre-trial centre");
        snapshot("conflict-dialog.png");
        clickOn("#conflict-keep");
        waitUntil(() -> "Pavlodar penal colony No. 3".equals(this.<Label>node("#person-place").getText()));
        assertThat(storedPlace()).isEqualTo("Pavlodar penal colony No. 3");
        assertThat(RowVersions.stamp(db.dsl(), "person", id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void takeTheirsInTheDialogLeavesTheirValueAndShowsIt() {
        openWithAliceSavingMeanwhile();
        clickOn("#person-edit");
        waitUntil(() -> exists("#conflict-take"));
        clickOn("#conflict-take");
        waitUntil(() -> "Karaganda pre-trial centre".equals(this.<Label>node("#person-place").getText()));
        assertThat(storedPlace()).isEqualTo("Karaganda pre-trial centre");
        assertThat(RowVersions.stamp(db.dsl(), "person", id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aSpellingChangedMeanwhileShowsTheDialogAndKeepMineShowsMineOnThePage() {
        Database file = TestDatabases.sample(dir, "spelling");
        id = new DossierService(file).resolvePerson("Maks Bokaev");
        file.writeVoid(ctx -> new PersonStore(ctx).addName(id, "Maks Bokayev", org.casetrack.model.NameKind.TRANSLITERATION));
        long nameId = new PersonStore(file.dsl()).names(id).stream().filter(n -> n.name().equals("Maks Bokayev")).findFirst().orElseThrow().id();
        dialogs = new RecordingDialogs().fill(form -> {
            file.writeVoid(ctx -> { // alice corrects the same spelling in her window
                RowVersions.claim(ctx, "alice", "person_name", nameId, 0);
                new PersonStore(ctx).updateName(new org.casetrack.model.PersonName(nameId, id, "Maks Boqaev",
                        org.casetrack.model.NameKind.TRANSLITERATION, null));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.name.spelling")).value().set("Maks Bokaiev");
            return true;
        });
        showMain(file, Route.person(id));
        dialogs.conflictsTo = new FxDialogs(stage);
        clickOn("#edit-name-" + nameId);
        waitUntil(() -> exists("#conflict-sentence"));
        assertThat(this.<Label>node("#conflict-sentence").getText()).startsWith("alice saved this record at ");
        assertThat(this.<Label>node("#conflict-mine-1").getText()).isEqualTo("Maks Bokaiev");
        assertThat(this.<Label>node("#conflict-theirs-1").getText()).isEqualTo("Maks Boqaev");
        clickOn("#conflict-keep");
        waitUntil(() -> lookup("#person-names").queryAs(javafx.scene.layout.FlowPane.class).lookupAll(".label").stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("Maks Bokaiev")));
        assertThat(new PersonStore(db.dsl()).name(nameId).orElseThrow().name()).isEqualTo("Maks Bokaiev");
        assertThat(RowVersions.stamp(db.dsl(), "person_name", nameId).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theRetryDialogSaysTheSentenceAndRetryAnswersYes() {
        showMain(TestDatabases.empty(dir, "retry"), Route.page(org.casetrack.ui.app.Pages.PEOPLE));
        boolean[] answer = {false, false};
        javafx.application.Platform.runLater(() -> {
            answer[0] = new FxDialogs(stage).retry("The connection to the server db.office.example was lost; nothing was saved.");
            answer[1] = true;
        });
        waitUntil(() -> exists("Retry"));
        assertThat(exists("The connection to the server db.office.example was lost; nothing was saved.")).isTrue();
        clickOn("Retry");
        waitUntil(() -> answer[1]);
        assertThat(answer[0]).isTrue();
    }

    void snapshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        onFx(() -> {
            Window w = lookup("#conflict-sentence").query().getScene().getWindow();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png", out.resolve(name).toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
