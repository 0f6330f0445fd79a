package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentMetadataTest {

    @Test
    void hrwWorldReportCoversThePreviousYear() {
        ReportText r = ReportText.ofText("World Report 2020: Testland | Human Rights Watch\n\n"
                + "The government arrested many critics and closed several newspapers during the year under review.");
        assertThat(r.publisher()).isEqualTo("Human Rights Watch");
        assertThat(r.periodYear()).isEqualTo(2019);
        assertThat(r.country()).isEqualTo("Testland");
        assertThat(r.title()).isEqualTo("World Report 2020: Testland");
    }

    @Test
    void amnestySplitYearReportCoversItsFirstYear() {
        ReportText r = ReportText.ofText("Amnesty International Report 2019/20\n\nRepublic of Moldova\n"
                + "Head of state: Anna Test\n\nIn March, the authorities detained protesters in the capital city.");
        assertThat(r.publisher()).isEqualTo("Amnesty International");
        assertThat(r.periodYear()).isEqualTo(2019);
    }

    @Test
    void amnestyChapterWithoutTitleCountsTheYearAfterTheLatestPastYear() {
        ReportText r = ReportText.ofText("Republic of Testland\nHead of state: Otto Kessler\n\n"
                + "On 4 January, a court closed the union, which had been registered in 2014 under a law of 2015.\n\n"
                + "The ombudsman received 300 complaints in 2015, and the police opened two cases in the spring of the year.");
        assertThat(r.publisher()).isEqualTo("Amnesty International");
        assertThat(r.country()).isEqualTo("Testland");
        assertThat(r.periodYear()).isEqualTo(2016);
    }

    @Test
    void otherwiseTheMostFrequentYear() {
        ReportText r = ReportText.ofText("Annual review of Testland.\n\nIn 2018 the courts were busy with protest cases, "
                + "and in 2018 parliament changed the law again. Some trials begun in 2016 also ended in 2018.");
        assertThat(r.publisher()).isNull();
        assertThat(r.periodYear()).isEqualTo(2018);
    }
}
