package org.casetrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void keepsYearsAndMonthsApart() {
        Term t = Term.parse("P2Y6M");
        assertThat(t.years()).isEqualTo(2);
        assertThat(t.months()).isEqualTo(6);
        assertThat(t.toIso()).isEqualTo("P2Y6M");
        assertThat(t.toEnglish()).isEqualTo("2 years 6 months");
        assertThat(t.totalMonths()).isEqualTo(30);
    }

    @Test
    void weeksBecomeDays() {
        assertThat(Term.parse("P2W").toIso()).isEqualTo("P14D");
    }

    @Test
    void rejectsNonPeriods() {
        assertThatThrownBy(() -> Term.parse("5 years")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse("P")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofNullsIsNoTerm() {
        assertThat(Term.of(null, null, null)).isNull();
        assertThat(Term.of(null, 18, null).toIso()).isEqualTo("P18M");
    }
}
