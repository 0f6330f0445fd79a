package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.PartialDate;
import org.casetrack.store.DesignationStore;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.export.ExportDialog;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** Issue 11: designations are added, edited and removed in the person view, and the letter states them. */
class DesignationsSectionTest extends FxTest {

    private void type(String id, String value) {
        TextField f = node("#" + id);
        onFx(() -> f.setText(value));
    }

    private void press(String id) {
        Button b = node("#" + id);
        onFx(b::fire);
    }

    private List<Designation> stored(long person) {
        return new DesignationStore(db.dsl()).forPerson(person);
    }

    @Test
    void addEditDeleteAndTheLetterStatesIt() {
        showMain(TestDatabases.sample(dir, "db"), null);
        long id = new DossierService(db).resolvePerson("Maks Bokaev");
        go(Route.person(id));
        waitUntil(() -> exists("#person-designations"));
        assertThat(this.<Node>node("#designation-rows").lookupAll(".label")).extracting(n -> ((Label) n).getText())
                .contains("No designation recorded.");

        // add two
        type("designation-by", "Amnesty International");
        type("designation-date", "2016-11");
        press("designation-add");
        waitUntil(() -> stored(id).size() == 1);
        ComboBox<DesignationKind> kind = node("#designation-kind");
        onFx(() -> kind.setValue(DesignationKind.POLITICAL_PRISONER));
        type("designation-by", "Testland Helsinki Group");
        type("designation-list", "the list of political prisoners");
        press("designation-add");
        waitUntil(() -> stored(id).size() == 2);
        assertThat(this.<TextField>node("#designation-by").getText()).isEmpty();

        // edit the first: the form fills, the button saves, the row changes
        Designation amnesty = stored(id).stream().filter(d -> d.designatedBy().equals("Amnesty International")).findFirst().orElseThrow();
        waitUntil(() -> exists("#designation-edit-" + amnesty.id()));
        press("designation-edit-" + amnesty.id());
        assertThat(this.<TextField>node("#designation-by").getText()).isEqualTo("Amnesty International");
        assertThat(this.<TextField>node("#designation-date").getText()).isEqualTo("2016-11");
        assertThat(this.<Button>node("#designation-add").getText()).isEqualTo("Save changes");
        type("designation-date", "2016-12-05");
        press("designation-add");
        waitUntil(() -> PartialDate.parse("2016-12-05").equals(stored(id).stream()
                .filter(d -> d.id().equals(amnesty.id())).findFirst().orElseThrow().date()));
        assertThat(stored(id)).hasSize(2);
        assertThat(this.<Button>node("#designation-add").getText()).isEqualTo("Add designation");
        waitUntil(() -> exists("#designation-row-" + amnesty.id()));
        assertThat(this.<Node>node("#designation-row-" + amnesty.id()).lookupAll(".designation-text"))
                .extracting(n -> ((Label) n).getText()).containsExactly( /* written like every other date on the page */ "Prisoner of conscience \u2014 Amnesty International, 5 Dec 2016");

        // a bad date is one sentence and changes nothing
        press("designation-edit-" + amnesty.id());
        type("designation-date", "December 2016");
        press("designation-add");
        assertThat(this.<Label>node("#designation-error").getText()).isEqualTo("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.");
        press("designation-cancel");
        assertThat(stored(id)).extracting(Designation::date).contains(PartialDate.parse("2016-12-05"));

        // delete the second
        Designation helsinki = stored(id).stream().filter(d -> d.designatedBy().equals("Testland Helsinki Group")).findFirst().orElseThrow();
        press("designation-remove-" + helsinki.id());
        waitUntil(() -> stored(id).size() == 1);
        waitUntil(() -> !exists("#designation-row-" + helsinki.id()));

        // the letter states the remaining designation, with its date in words
        ExportDialog[] opened = new ExportDialog[1];
        onFx(() -> opened[0] = ExportDialog.forPerson(ctx, id, "Maks Bokaev"));
        TextArea preview = from(opened[0].root()).lookup("#preview").query();
        waitUntil(() -> preview.getText().contains("Amnesty International"));
        assertThat(preview.getText()).contains("Amnesty International recognised Maks Bokaev as a prisoner of conscience")
                .doesNotContain("Testland Helsinki Group");
        onFx(opened[0]::close);
    }

    @Test
    void everyFieldOfTheFormHasItsWholeHintAboveIt() {
        showMain(TestDatabases.sample(dir, "db"), null);
        go(Route.person(new DossierService(db).resolvePerson("Maks Bokaev")));
        waitUntil(() -> exists("#person-designations"));
        for (String id : List.of("designation-by", "designation-list", "designation-date", "designation-url")) {
            TextField f = node("#" + id);
            // the hints were prompts inside 14-column fields, cut to "Date (YYYY, YYYY-MM or YY"
            Label label = this.<Node>node("#person-designations").lookupAll(".label").stream().map(n -> (Label) n)
                    .filter(l -> l.getLabelFor() == f).findFirst().orElseThrow(() -> new AssertionError("no label for " + id));
            double[] w = new double[2];
            onFx(() -> {
                w[0] = label.getWidth();
                w[1] = label.prefWidth(-1);
            });
            assertThat(label.getText()).isNotBlank();
            assertThat(w[0]).as(label.getText()).isGreaterThanOrEqualTo(w[1] - 0.5);
        }
    }
}
