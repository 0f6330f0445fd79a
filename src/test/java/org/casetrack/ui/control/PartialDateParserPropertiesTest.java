package org.casetrack.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casetrack.model.PartialDate;

/** Properties of the partial-date parser, over many generated dates and strings. */
class PartialDateParserPropertiesTest {

    @Provide
    Arbitrary<PartialDate> partialDates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1000, 2999);
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
        Arbitrary<Integer> precision = Arbitraries.integers().between(0, 2);
        return Combinators.combine(years, months, days, precision).as((y, m, d, p) -> {
            if (p == 0) {
                return PartialDate.ofYear(y);
            }
            if (p == 1) {
                return PartialDate.ofMonth(y, m);
            }
            int day = Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth());
            return PartialDate.ofDay(y, m, day);
        });
    }

    @Property
    void isoTextReadsBackTheSameDate(@ForAll("partialDates") PartialDate d) {
        assertThat(PartialDateParser.parse(d.toIso()).date()).isEqualTo(d);
    }

    @Property
    void englishDisplayReadsBackTheSameDate(@ForAll("partialDates") PartialDate d) {
        assertThat(PartialDateParser.parse(PartialDates.format(d, Locale.ENGLISH)).date()).isEqualTo(d);
    }

    @Property
    void russianDisplayReadsBackTheSameDate(@ForAll("partialDates") PartialDate d) {
        assertThat(PartialDateParser.parse(PartialDates.format(d, Locale.forLanguageTag("ru"))).date()).isEqualTo(d);
    }

    @Property
    void anyTextGivesADateOrAReasonAndNeverThrows(@ForAll String text) {
        PartialDateParser.Result r = PartialDateParser.parse(text);
        assertThat(r.ok() ? r.date() != null && r.errorKey() == null : r.date() == null && r.errorKey() != null).isTrue();
    }

    @Property
    void dayMonthYearTextOfAnyRealDayParses(@ForAll("partialDates") PartialDate d) {
        if (d.day() == null) {
            return;
        }
        String text = d.day() + "." + d.month() + "." + d.year();
        assertThat(PartialDateParser.parse(text).date()).isEqualTo(d);
    }
}
