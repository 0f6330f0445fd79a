package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private static List<String> dates(String text, Integer year) {
        return DateFinder.find(text, 0, text.length(), year).stream().map(d -> d.date().toIso()).toList();
    }

    @Test
    void dayMonthWithoutYearTakesTheCoveredYear() {
        assertThat(dates("On 4 January, the court ruled.", 2019)).containsExactly("2019-01-04");
    }

    @Test
    void americanStyleDatesWithAndWithoutYear() {
        assertThat(dates("On January 4, 2016, and again on May 21, police came.", 2016))
                .containsExactly("2016-01-04", "2016-05-21");
    }

    @Test
    void monthOnlyHasMonthPrecision() {
        assertThat(dates("In March the editor left; since February he had hidden; at the end of June he returned.", 2020))
                .containsExactly("2020-03", "2020-02", "2020-06");
    }

    @Test
    void monthAndYearAndBareYears() {
        assertThat(dates("The law of December 2015 was first used in 2009 and in 2011.", 2016))
                .containsExactly("2015-12", "2009", "2011");
    }

    @Test
    void dottedDayMonthYearAndNoDateInVersionNumbersOrAmounts() {
        assertThat(dates("He was tried on 10.9.2008 and again on 26.09.2022; the fine was 1.500.000 and the app 2.10.2019.1.", 2022))
                .containsExactly("2008-09-10", "2022-09-26");
    }

    @Test
    void aYearNamingAThingDatesNothing() {
        assertThat(dates("He criticised the violence after the 2020 elections and the 2019 protests, and was jailed in 2021.", 2022))
                .containsExactly("2021");
    }

    @Test
    void aDayRangeGivesTheMonth() {
        assertThat(dates("In the period 19-24 March, dozens were fined.", 2017)).containsExactly("2017-03");
    }

    @Test
    void aMonthAfterAFullDateInTheSentenceTakesItsYear() {
        assertThat(dates("He was beaten in August 2011 and charged in September.", 2017))
                .containsExactly("2011-08", "2011-09");
    }

    @Test
    void lastYearStaysUnknownWithoutADateline() {
        // "last year" of a text with no dateline: the covered year is a guess, and a year is never invented
        assertThat(dates("The decree adopted last year remained in force.", 2018)).isEmpty();
    }

    @Test
    void somethingAheadOfADayIsDatedToItsMonthOnly() {
        assertThat(dates("Ahead of a rally planned for May 21, police detained organisers.", 2016)).containsExactly("2016-05");
    }

    @Test
    void mayAsAVerbIsNoDate() {
        assertThat(dates("Prisoners May be moved. Critics say they may be harmed.", 2016)).isEmpty();
    }

    @Test
    void numbersThatAreNotYearsAreIgnored() {
        assertThat(dates("They paid 2,000 units for 1,500km of road and 35,201 forms.", 2016)).isEmpty();
    }

    @Test
    void withoutACoveredYearAYearlessDateIsDropped() {
        assertThat(dates("On 4 January, the court ruled.", null)).isEmpty();
    }
}
