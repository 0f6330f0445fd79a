package org.casetrack.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.casetrack.model.PersonStatus;
import org.casetrack.ui.support.FxTest;
import org.junit.jupiter.api.Test;

class FormViewTest extends FxTest {

    @Test
    void rendersFieldsBoundBothWaysAndListsProblems() {
        FormModel m = new FormModel("form.person.new");
        FormModel.Text name = m.text("field.person.name", "", true);
        FormModel.Choice<PersonStatus> status = m.choice("field.person.status", PersonStatus.UNKNOWN,
                java.util.List.of(PersonStatus.values()), I18n::label, true);
        FormView[] view = new FormView[1];
        onFx(() -> {
            view[0] = new FormView(m);
            stage.setScene(new Scene((javafx.scene.Parent) view[0].root(), 1200, 800));
            stage.show();
        });
        boolean[] ok = new boolean[1];
        onFx(() -> ok[0] = view[0].showProblems());
        assertThat(ok[0]).isFalse();
        assertThat(lookup(".form-problems").queryLabeled().getText()).isEqualTo("Name is required.");

        clickOn("#field-person-name").write("Aset Mataev");
        assertThat(name.value().get()).isEqualTo("Aset Mataev");
        ComboBox<PersonStatus> box = node("#field-person-status");
        onFx(() -> box.setValue(PersonStatus.IMPRISONED));
        assertThat(status.value().get()).isEqualTo(PersonStatus.IMPRISONED);
        onFx(() -> ok[0] = view[0].showProblems());
        assertThat(ok[0]).isTrue();
        assertThat(this.<TextField>node("#field-person-name").getText()).isEqualTo("Aset Mataev");
    }
}
