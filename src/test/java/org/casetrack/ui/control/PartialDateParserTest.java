package org.casetrack.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.casetrack.model.DatePrecision;
import org.casetrack.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016|2016",
        "2016-03|2016-03",
        "2016-3|2016-03",
        "2016-03-21|2016-03-21",
        "21 May 2016|2016-05-21",
        "May 21, 2016|2016-05-21",
        "March 2016|2016-03",
        "Mar 2016|2016-03",
        "mar. 2016|2016-03",
        "  march   2016 |2016-03",
        "21.05.2016|2016-05-21",
        "05.2016|2016-05",
        "21 мая 2016|2016-05-21",
        "21 мая 2016 г.|2016-05-21",
        "март 2016|2016-03",
        "в марте 2016 года|2016-03",
        "Сентябрь 2017|2017-09",
        "2016 г.|2016",
        "29 February 2016|2016-02-29",
    })
    void readsTheWaysPeopleWriteDates(String input, String iso) {
        PartialDateParser.Result r = PartialDateParser.parse(input);
        assertThat(r.ok()).as(input).isTrue();
        assertThat(r.date()).isEqualTo(PartialDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2016|YEAR", "March 2016|MONTH", "21 May 2016|DAY"})
    void keepsThePrecisionTheSourceGave(String input, DatePrecision precision) {
        assertThat(PartialDateParser.parse(input).date().precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31 February 2016|date.error.day",
        "29 February 2017|date.error.day",
        "2016-13|date.error.month",
        "Smarch 2016|date.error.month",
        "yesterday|date.error.format",
        "16|date.error.format",
        "0000|date.error.year",
        "'   '|date.error.empty",
    })
    void rejectsWhatIsNotADateWithAPlainReason(String input, String key) {
        PartialDateParser.Result r = PartialDateParser.parse(input);
        assertThat(r.ok()).isFalse();
        assertThat(r.errorKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-21T10:00", "2016/2017", "March", "12 2016 May"})
    void rejectsAmbiguousOrIncompleteText(String input) {
        assertThat(PartialDateParser.parse(input).ok()).isFalse();
    }
}
