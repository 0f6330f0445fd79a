package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.casetrack.dossier.DossierService;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.common.FormView;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The person Edit form really rendered (ControlsFX validation decorations and all), the way
 * the dialog shows it: no exception reaches the FX thread, so no "Something went wrong".
 * JavaFX is on the class path here; RunConfigurationTest checks that javafx:run, which puts it
 * on the module path, opens javafx.scene to ControlsFX.
 */
class EditFormOpensTest extends FxTest {

    @Test
    void theEditFormOfAPersonRendersWithItsValidationAndNoError() {
        Database d = TestDatabases.sample(dir, "editform");
        long id = new DossierService(d).resolvePerson("Maks Bokaev");
        var person = new PersonStore(d.dsl()).get(id).orElseThrow();
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            onFx(() -> {
                FormView form = new FormView(PersonForms.person(person, "form.person.edit").model());
                Stage s = new Stage();
                s.setScene(new Scene(new javafx.scene.layout.StackPane(form.root()), 640, 600));
                s.show();
                // clearing the required name makes the validation decoration appear
                TextField name = (TextField) form.root().lookup("#" + firstTextId(form));
                name.setText("");
                name.setText("Maks Bokaev");
                s.close();
            });
            onFx(() -> { }); // let the decorations' pulses run
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(thrown).isEmpty();
        assertThat(dialogs == null ? List.of() : dialogs.errors).isEmpty();
    }

    private static String firstTextId(FormView form) {
        return form.root().lookupAll(".text-field").stream().filter(n -> n.getId() != null).findFirst().orElseThrow().getId();
    }
}
