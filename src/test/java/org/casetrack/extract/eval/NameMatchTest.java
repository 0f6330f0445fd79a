package org.casetrack.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The same decisions as the shared Python scorer (values checked against difflib and the script). */
class NameMatchTest {

    @Test
    void transliterationsFoldTogether() {
        assertThat(NameMatch.samePerson("Aliaksandr Bialiatski", "Alyaksandr Byalyatski")).isTrue();
        assertThat(NameMatch.samePerson("Maks Bokaev", "Bokayev")).isTrue();
        assertThat(NameMatch.samePerson("M. Bokaev", "Maks Bokaev")).isTrue();
        assertThat(NameMatch.samePerson("Selahattin Demirtaş", "Selahattin Demirtas")).isTrue();
        assertThat(NameMatch.samePerson("Dana Orlova", "Ivo Lind")).isFalse();
        assertThat(NameMatch.samePerson("", "Ivo Lind")).isFalse();
    }

    @Test
    void ratioIsDifflibs() {
        assertThat(NameMatch.ratio("abcd", "bcde")).isCloseTo(0.75, within(1e-9));
        assertThat(NameMatch.ratio("nguien van hai", "nguien van tuc")).isCloseTo(2.0 * 11 / 28, within(1e-9));
    }
}
