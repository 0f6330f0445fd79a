package org.casetrack.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.casetrack.model.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5y|P5Y", "5y 6m|P5Y6M", "2 years 6 months|P2Y6M", "15 days|P15D", "15d|P15D", "P7Y6M|P7Y6M",
        "2 weeks|P14D", "5 лет|P5Y", "3 года 6 месяцев|P3Y6M", "1 год|P1Y", "10 дней|P10D", "1 year, 2 months and 3 days|P1Y2M3D"})
    void readsTermsAsPeopleTypeThem(String text, String iso) {
        assertThat(TermText.parse(text)).isEqualTo(Term.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"five years", "5", "5x", "years 5", "P", "5y banana"})
    void rejectsWhatIsNotATerm(String text) {
        assertThat(TermText.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5Y", "P5Y6M", "P15D", "P1Y2M3D"})
    void shortFormReadsBack(String iso) {
        Term t = Term.parse(iso);
        assertThat(TermText.parse(TermText.format(t))).isEqualTo(t);
    }
}
