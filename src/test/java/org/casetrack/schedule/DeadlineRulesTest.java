package org.casetrack.schedule;

import org.casetrack.model.DeadlineRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineRulesTest {

    @Test
    void everyShippedRowCitesItsLegalBasis() {
        List<DeadlineRule> all = DeadlineRules.shipped().all();
        assertThat(all).extracting(DeadlineRule::id)
                .contains("kz-criminal-appeal", "un-hrc-follow-up", "un-cat-follow-up", "un-cedaw-follow-up");
        assertThat(all).allSatisfy(r -> {
            assertThat(r.basis()).hasSizeGreaterThan(40);
            assertThat(r.citation()).isNotBlank();
            assertThat(r.jurisdiction()).isNotBlank();
        });
    }

    @Test
    void writtenRulesReadBackEqual() {
        List<DeadlineRule> all = DeadlineRules.shipped().all();
        assertThat(DeadlineRules.parse(DeadlineRules.toJson(all), "x")).isEqualTo(all);
    }

    @Test
    void aRowWithoutLegalBasisIsRefused() {
        String json = """
                {"format":"casetrack.deadline-rules/1","rules":[
                 {"id":"x","jurisdiction":"Kazakhstan","trigger":"verdict","period":"P10D","kind":"appeal_deadline"}]}""";
        assertThatThrownBy(() -> DeadlineRules.parse(json, "mine.json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Rule x in mine.json").hasMessageContaining("legal basis");
    }

    @Test
    void aFileOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> DeadlineRules.parse("{\"rules\":[]}", "other.json"))
                .hasMessageContaining("not a deadline rule file");
    }
}
