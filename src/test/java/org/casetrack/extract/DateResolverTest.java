package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    /** Every date of the text, sentence by sentence, as the extractor resolves them. */
    private static List<String> dates(String text, Integer periodYear) {
        DateResolver r = new DateResolver(text, periodYear);
        List<String> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text, 0, text.length())) {
            String lower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
            r.find(s, new Words(lower)).forEach(d -> out.add(d.date().toIso()));
        }
        return out;
    }

    @Test
    void aWeekdayIsDatedByTheDatelineOnly() {
        assertThat(dates("Minsk, 18 November 2025 - On Wednesday, activist Ivo Lind was detained at home.", null))
                .containsExactly("2025-11-18", "2025-11-12");
        assertThat(dates("On Wednesday, activist Ivo Lind was detained at home.", 2025)).isEmpty();
    }

    @Test
    void lastYearAgainstADateline() {
        assertThat(dates("Posted 3 March 2019. The law passed last year was used against Dana Orlova.", null))
                .containsExactly("2019-03-03", "2018");
    }

    @Test
    void aYearlessDateTakesTheNearestFullDateBeforeIt() {
        String text = "Dana Orlova was arrested on 20 June 2016 at her school. She disappeared until 11 July, "
                + "when she was charged. In March 2019 she was moved.";
        assertThat(dates(text, 2024)).containsExactly("2016-06-20", "2016-07-11", "2019-03");
    }

    @Test
    void aChapterDatingByDayAndMonthKeepsItsYearForLaterSentences() {
        String text = "He had been convicted in January 2023. On June 3, the court sentenced Dana Orlova. "
                + "On July 9 and on August 1 the court fined others. On May 2 it met again.";
        assertThat(dates(text, 2024)).containsExactly("2023-01", "2024-06-03", "2024-07-09", "2024-08-01", "2024-05-02");
    }

    @Test
    void theSameYearAndIsoDatesAndTitleYears() {
        assertThat(dates("She was detained in March 2021, and in December of the same year she was tried.", 2023))
                .containsExactly("2021-03", "2021-12"); // "December of the same year" is one date (decision 0108)
        assertThat(dates(" date 2025-11-18 The court met.", null)).containsExactly("2025-11-18");
        assertThat(dates("He was charged under the country's 1999 Penal Code on 5 May 2018.", 2018))
                .containsExactly("2018-05-05");
    }
}
