package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.ui.common.I18n;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sentence card says what is known of where and when it was imposed, never "date unknown by —". */
class ImposedLineTest {

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private static Sentence sentence(PartialDate imposed, String court) {
        return new Sentence(1L, 1L, null, SentenceKind.IMPRISONMENT, new Term(5, 0, 0), null, null, imposed, court, null, null, null, false);
    }

    @Test
    void onlyWhatIsKnownIsSaid() {
        assertThat(PersonView.imposedLine(sentence(null, null))).isNull();
        assertThat(PersonView.imposedLine(sentence(null, "Almaty City Court"))).isEqualTo("Imposed by Almaty City Court");
        assertThat(PersonView.imposedLine(sentence(PartialDate.ofYear(2016), null))).startsWith("Imposed ").doesNotContain("—")
                .doesNotContain(" by");
        assertThat(PersonView.imposedLine(sentence(PartialDate.ofYear(2016), "Almaty City Court")))
                .contains("2016").endsWith("by Almaty City Court");
    }
}
