package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.junit.jupiter.api.Test;

/** Golden texts: what the letters say for partial dates, several people and missing facts, in English and Russian. */
class ProseTest {

    private final Prose en = new Prose(Lang.EN);
    private final Prose ru = new Prose(Lang.RU);

    private static Sentence sentence(SentenceKind kind, String term, String imposed, String court) {
        return new Sentence(1L, 1, 1L, kind, Term.parseNullable(term), null, null, PartialDate.parseNullable(imposed), court, null, null, null, false);
    }

    @Test
    void datesArePhrasedAtTheirPrecision() {
        assertThat(en.on(PartialDate.parse("2017-04-07"))).isEqualTo("on 7 April 2017");
        assertThat(en.on(PartialDate.parse("2016-05"))).isEqualTo("in May 2016");
        assertThat(en.on(PartialDate.parse("2016"))).isEqualTo("in 2016");
        assertThat(en.bare(PartialDate.parse("2016-05"))).isEqualTo("May 2016");
        assertThat(ru.on(PartialDate.parse("2017-04-07"))).isEqualTo("7 апреля 2017 года");
        assertThat(ru.on(PartialDate.parse("2016-05"))).isEqualTo("в мае 2016 года");
        assertThat(ru.on(PartialDate.parse("2016"))).isEqualTo("в 2016 году");
        assertThat(ru.from(PartialDate.parse("2016-05"))).isEqualTo("с мая 2016 года");
        assertThat(ru.bare(PartialDate.parse("2016-05"))).isEqualTo("май 2016 г.");
    }

    @Test
    void termsAreInWordsWithRussianPlurals() {
        assertThat(en.term(Term.parse("P5Y"))).isEqualTo("five years");
        assertThat(en.term(Term.parse("P1Y6M"))).isEqualTo("one year and six months");
        assertThat(en.term(Term.parse("P25Y"))).isEqualTo("25 years");
        assertThat(ru.term(Term.parse("P1Y"))).isEqualTo("один год");
        assertThat(ru.term(Term.parse("P2Y6M"))).isEqualTo("два года и шесть месяцев");
        assertThat(ru.term(Term.parse("P5Y"))).isEqualTo("пять лет");
        assertThat(ru.term(Term.parse("P21Y"))).isEqualTo("21 год");
        assertThat(ru.term(Term.parse("P15D"))).isEqualTo("пятнадцать дней");
    }

    @Test
    void aSentenceSaysWhatIsNotRecorded() {
        assertThat(en.sentence(sentence(SentenceKind.IMPRISONMENT, "P5Y", "2016-11", "Atyrau City Court"), "Maks Bokaev", Sex.MALE))
                .isEqualTo("In November 2016, the Atyrau City Court sentenced Maks Bokaev to five years of imprisonment.");
        assertThat(en.sentence(sentence(SentenceKind.IMPRISONMENT, "P5Y", null, null), "Maks Bokaev", Sex.MALE))
                .isEqualTo("Maks Bokaev was sentenced to five years of imprisonment; the date and the court are not recorded.");
        assertThat(en.sentence(sentence(SentenceKind.IMPRISONMENT, null, "2016", null), "Maks Bokaev", Sex.MALE))
                .isEqualTo("In 2016, Maks Bokaev was sentenced to imprisonment (the length of the term is not recorded); the court is not recorded.");
        assertThat(ru.sentence(sentence(SentenceKind.IMPRISONMENT, "P5Y", "2016-11-28", "Атырауский городской суд"), "Макс Бокаев", Sex.MALE))
                .isEqualTo("28 ноября 2016 года Макс Бокаев приговорён к лишению свободы сроком на пять лет (Атырауский городской суд).");
        assertThat(ru.sentence(sentence(SentenceKind.RESTRICTED_FREEDOM, "P2Y", null, null), "Жанна Серикбаева", Sex.FEMALE))
                .isEqualTo("Жанна Серикбаева приговорена к ограничению свободы сроком на два года; дата приговора и суд не указаны.");
        Sentence fine = new Sentence(1L, 1, 1L, SentenceKind.FINE, null, new BigDecimal("100000"), "KZT", null, null, null, null, null, false);
        assertThat(en.penalty(fine)).isEqualTo("a fine of 100,000 KZT");
    }

    @Test
    void appealsNameEveryAppellantWithPluralWording() {
        Appeal a = new Appeal(1L, List.of(1L, 2L), 1L, null, AppealLevel.CASSATION, "Supreme Court", PartialDate.parse("2017-02"), null,
                PartialDate.parse("2017-04-13"), AppealOutcome.DISMISSED, null, false);
        assertThat(en.appeal(a, List.of("Maks Bokaev", "Talgat Ayan")))
                .isEqualTo("On 13 April 2017, the Supreme Court dismissed the cassation appeal of Maks Bokaev and Talgat Ayan. It had been filed in February 2017.");
        assertThat(ru.appeal(a, List.of("Макс Бокаев", "Талгат Аян")))
                .isEqualTo("13 апреля 2017 года кассационная жалоба (заявители — Макс Бокаев и Талгат Аян) оставлена без удовлетворения (Supreme Court). Жалоба подана в феврале 2017 года.");
        Appeal pending = new Appeal(2L, List.of(1L), 1L, null, AppealLevel.APPEAL, null, PartialDate.parse("2018"), null, null,
                AppealOutcome.PENDING, null, false);
        assertThat(en.appeal(pending, List.of("Maks Bokaev"))).isEqualTo("Maks Bokaev lodged an appeal in 2018; it is pending.");
        assertThat(en.join(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }

    @Test
    void unDecisionsUseTheBodysNameAndSayWhenFollowUpIsUnknown() {
        UnRuling r = new UnRuling(1L, 1, 1L, UnBody.HRC, "2345/2014", PartialDate.parse("2019-07"), Finding.VIOLATION, "9, 19", null, null, false);
        assertThat(en.ruling(r)).isEqualTo("In July 2019, the Human Rights Committee adopted Views on communication No. 2345/2014 and found a violation"
                + " of article(s) 9, 19. No information on the follow-up by the State is recorded.");
        assertThat(ru.ruling(r)).startsWith("В июле 2019 года Комитет по правам человека: соображения по сообщению № 2345/2014");
    }

    @Test
    void gapsAreMarked() {
        assertThat(en.gap("date of arrest")).isEqualTo("[TO BE COMPLETED: date of arrest]");
        assertThat(LetterDocument.segments("Date: " + ru.gap("дата")).get(1).gap()).isTrue();
    }
}
