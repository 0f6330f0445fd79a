package org.casetrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void yearOnlyCoversTheWholeYearAndKeepsItsPrecision() {
        PartialDate d = PartialDate.parse("2012");
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(d.earliest()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(d.exactDay()).isNull();
        assertThat(d.toIso()).isEqualTo("2012");
    }

    @Test
    void monthOnlyEndsOnTheMonthsLastDayIncludingLeapFebruary() {
        assertThat(PartialDate.parse("2016-02").latest()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(PartialDate.parse("2017-02").latest()).isEqualTo(LocalDate.of(2017, 2, 28));
        assertThat(PartialDate.parse("2016-02").toIso()).isEqualTo("2016-02");
    }

    @Test
    void dayIsExact() {
        PartialDate d = PartialDate.parse("2016-05-21");
        assertThat(d.isExact()).isTrue();
        assertThat(d.exactDay()).isEqualTo(LocalDate.of(2016, 5, 21));
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatThrownBy(() -> PartialDate.parse("2017-02-29")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("2016-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("May 2016")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByEarliestDayWithTheWiderSpanFirst() {
        assertThat(PartialDate.parse("2016")).isLessThan(PartialDate.parse("2016-01"));
        assertThat(PartialDate.parse("2016-01")).isLessThan(PartialDate.parse("2016-01-01"));
        assertThat(PartialDate.parse("2016-03-31")).isLessThan(PartialDate.parse("2016-04"));
    }

    @Test
    void overlapsARangeWhenAnyOfItsDaysFallsInside() {
        PartialDate march = PartialDate.parse("2016-03");
        assertThat(march.overlaps(LocalDate.of(2016, 3, 31), null)).isTrue();
        assertThat(march.overlaps(LocalDate.of(2016, 4, 1), null)).isFalse();
        assertThat(march.overlaps(null, LocalDate.of(2016, 3, 1))).isTrue();
    }

    @Test
    void storedFormRoundTripsWithoutInventingADay() {
        PartialDate month = PartialDate.parse("2015-12");
        assertThat(PartialDate.fromStored(month.earliest(), month.precision())).isEqualTo(month);
    }

    @Property
    void isoFormRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 0, max = 12) int month,
                           @ForAll @IntRange(min = 0, max = 31) int day) {
        PartialDate d;
        try {
            d = new PartialDate(year, month == 0 ? null : month, month == 0 || day == 0 ? null : day);
        } catch (IllegalArgumentException e) {
            return; // an impossible day, rejected at construction
        }
        assertThat(PartialDate.parse(d.toIso())).isEqualTo(d);
        assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
        assertThat(PartialDate.fromStored(d.earliest(), d.precision())).isEqualTo(d);
    }
}
