package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.casetrack.model.Term;
import org.junit.jupiter.api.Test;

class TermFinderTest {

    private static List<String> terms(String text) {
        return TermFinder.find(text, 0, text.length()).stream()
                .flatMap(t -> t.values().stream()).map(Term::toIso).toList();
    }

    @Test
    void numberWordsAndDigits() {
        assertThat(terms("six years, 18 months, 15 days, twenty-two years, a year")).containsExactly("P6Y", "P18M", "P15D", "P22Y", "P1Y");
    }

    @Test
    void halvesInEveryForm() {
        assertThat(terms("two and a half years' imprisonment")).containsExactly("P2Y6M");
        assertThat(terms("a seven-and-a-half-year prison sentence")).containsExactly("P7Y6M");
        assertThat(terms("a year and a half in jail")).containsExactly("P1Y6M");
        assertThat(terms("1.5 years")).containsExactly("P1Y6M");
        assertThat(terms("half a year")).containsExactly("P6M");
    }

    @Test
    void compoundYearsAndMonths() {
        assertThat(terms("three years and six months in prison")).containsExactly("P3Y6M");
    }

    @Test
    void listsForRespectively() {
        assertThat(terms("five and three days' detention")).containsExactly("P5D", "P3D");
        assertThat(terms("to 10, 8, and 6 years")).containsExactly("P10Y", "P8Y", "P6Y");
    }

    @Test
    void agesAreNoTerms() {
        assertThat(terms("a 45-year-old teacher")).isEmpty();
    }

    @Test
    void numberWordsParse() {
        assertThat(NumberWords.parse("twenty-five")).isEqualTo(25);
        assertThat(NumberWords.parse("Seven")).isEqualTo(7);
        assertThat(NumberWords.parse("12")).isEqualTo(12);
        assertThat(NumberWords.parse("lots")).isNull();
    }
}
