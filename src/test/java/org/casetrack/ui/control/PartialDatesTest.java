package org.casetrack.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Term;
import org.junit.jupiter.api.Test;

class PartialDatesTest {

    @Test
    void showsDatesAsTheSourceWroteThem() {
        assertThat(PartialDates.format(PartialDate.ofYear(2012), Locale.ENGLISH)).isEqualTo("2012");
        assertThat(PartialDates.format(PartialDate.ofMonth(2016, 3), Locale.ENGLISH)).isEqualTo("Mar 2016");
        assertThat(PartialDates.format(PartialDate.ofDay(2016, 5, 21), Locale.ENGLISH)).isEqualTo("21 May 2016");
    }

    @Test
    void showsRussianMonthsInTheRightCase() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(PartialDates.format(PartialDate.ofMonth(2016, 3), ru)).isEqualToIgnoringCase("март 2016");
        assertThat(PartialDates.format(PartialDate.ofDay(2016, 5, 21), ru)).isEqualTo("21 мая 2016");
    }

    @Test
    void sentenceEndIsOneDayWhenTheStartDayIsKnown() {
        PartialDates.EndWindow end = PartialDates.sentenceEnd(PartialDate.ofDay(2016, 11, 28), new Term(5, 0, 0), null);
        assertThat(end.exact()).isTrue();
        assertThat(end.from()).isEqualTo(LocalDate.of(2021, 11, 28));
    }

    @Test
    void sentenceEndIsAWindowWhenOnlyTheMonthIsKnown() {
        PartialDates.EndWindow end = PartialDates.sentenceEnd(PartialDate.ofMonth(2017, 2), new Term(2, 6, 0), null);
        assertThat(end.exact()).isFalse();
        assertThat(end.from()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(end.to()).isEqualTo(LocalDate.of(2019, 8, 28));
        assertThat(end.format(Locale.ENGLISH)).isEqualTo("1 Aug 2019 – 28 Aug 2019");
    }

    @Test
    void pretrialDaysAreCreditedAgainstTheTerm() {
        PartialDates.EndWindow end = PartialDates.sentenceEnd(PartialDate.ofDay(2020, 1, 10), new Term(1, 0, 0), 9);
        assertThat(end.from()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void noEndWithoutAStartOrATerm() {
        assertThat(PartialDates.sentenceEnd(null, new Term(1, 0, 0), null)).isNull();
        assertThat(PartialDates.sentenceEnd(PartialDate.ofYear(2016), null, null)).isNull();
    }
}
