package org.casetrack.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.casetrack.model.PartialDate;
import org.casetrack.ui.support.FxTest;
import org.junit.jupiter.api.Test;

class PartialDateFieldTest extends FxTest {

    private PartialDateField field;

    private void show() {
        onFx(() -> {
            field = new PartialDateField();
            field.setId("date");
            stage.setScene(new Scene(new VBox(field), 1200, 800));
            stage.show();
        });
    }

    @Test
    void typedMonthShowsItsPrecision() {
        show();
        clickOn("#date .text-field").write("March 2016");
        assertThat(field.getValue()).isEqualTo(PartialDate.ofMonth(2016, 3));
        assertThat(field.precisionLabel().getText()).isEqualTo("month");
        assertThat(field.errorProperty().get()).isNull();
    }

    @Test
    void russianMonthNamesAreUnderstood() {
        show();
        clickOn("#date .text-field").write("21 мая 2016");
        assertThat(field.getValue()).isEqualTo(PartialDate.ofDay(2016, 5, 21));
        assertThat(field.precisionLabel().getText()).isEqualTo("day");
    }

    @Test
    void invalidTextGivesAPlainMessageAndNoValue() {
        show();
        clickOn("#date .text-field").write("31 February 2016");
        assertThat(field.getValue()).isNull();
        assertThat(field.errorProperty().get()).isEqualTo("There is no such day in that month.");
        assertThat(field.precisionLabel().getText()).isEqualTo("not a date");
    }

    @Test
    void aValueSetInCodeIsShownAsWritten() {
        show();
        onFx(() -> field.setValue(PartialDate.ofYear(2012)));
        assertThat(field.textField().getText()).isEqualTo("2012");
        assertThat(field.precisionLabel().getText()).isEqualTo("year");
    }
}
