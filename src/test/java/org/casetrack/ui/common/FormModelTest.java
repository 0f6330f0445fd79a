package org.casetrack.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormModelTest {

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void requiredTextMustBeFilled() {
        FormModel f = new FormModel("form.person.new");
        FormModel.Text name = f.text("field.person.name", "", true);
        assertThat(f.validate()).containsExactly("Name is required.");
        name.value().set("Maks Bokaev");
        assertThat(f.validate()).isEmpty();
    }

    @Test
    void numbersAreCheckedInPlainWords() {
        FormModel f = new FormModel("form.person.new");
        FormModel.Number year = f.number("field.person.birthYear", null, 1850, 2100);
        year.value().set("nineteen");
        assertThat(f.validate()).containsExactly("Year of birth must be a whole number.");
        year.value().set("1700");
        assertThat(f.validate()).containsExactly("Year of birth must be between 1850 and 2100.");
        year.value().set("1985");
        assertThat(f.validate()).isEmpty();
        assertThat(year.parsed()).isEqualTo(1985);
    }

    @Test
    void anInvalidDateTextIsReportedWithTheFieldName() {
        FormModel f = new FormModel("form.event.new");
        FormModel.Date d = f.date("field.event.date", null, false);
        d.error().set("There is no such month.");
        assertThat(f.validate()).isEqualTo(List.of("Date: There is no such month."));
    }

    @Test
    void termsAreValidated() {
        FormModel f = new FormModel("form.sentence.new");
        FormModel.TermField t = f.term("field.sentence.term", null);
        t.value().set("five years");
        assertThat(f.validate()).hasSize(1);
        t.value().set("5y");
        assertThat(f.validate()).isEmpty();
        assertThat(t.parsed().years()).isEqualTo(5);
    }

    @Test
    void amountsAcceptSpacesAndCommasAndRejectWords() {
        FormModel f = new FormModel("form.sentence.new");
        FormModel.Decimal fine = f.decimal("field.sentence.fine", null);
        fine.value().set("1 500,50");
        assertThat(f.validate()).isEmpty();
        assertThat(fine.parsed()).isEqualByComparingTo("1500.50");
        fine.value().set("a lot");
        assertThat(f.validate()).containsExactly("Fine amount must be an amount such as 1500 or 1500.50.");
        assertThat(fine.parsed()).isNull();
    }
}
