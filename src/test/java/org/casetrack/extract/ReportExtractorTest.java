package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casetrack.extract.TestReports.extract;
import static org.casetrack.extract.TestReports.nameOf;
import static org.casetrack.extract.TestReports.person;

import java.util.List;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.UnBody;
import org.junit.jupiter.api.Test;

class ReportExtractorTest {

    private static List<String> penalties(Extraction x) {
        return x.sentences().stream().map(s -> nameOf(x, s.person()) + " " + s.kind().code() + " "
                + (s.term() == null ? "-" : s.term().toIso()) + " " + (s.date() == null ? "-" : s.date().toIso())).toList();
    }

    @Test
    void aSentenceWithDateTermAndCharge() {
        Extraction x = extract(2019, "On 7 April, a judge gave blogger Dana Orlova two and a half years' imprisonment "
                + "for \u201Cspreading false information.\u201D");
        assertThat(penalties(x)).containsExactly("Dana Orlova imprisonment P2Y6M 2019-04-07");
        assertThat(x.sentences().get(0).charges()).containsExactly("spreading false information");
        assertThat(person(x, "Dana Orlova").subject()).isTrue();
    }

    @Test
    void respectivelyGivesEachPersonTheirOwnTerm() {
        Extraction x = extract(2019, "On 1 August, a judge sentenced picketers Ivan Rudin and Marat Seitov "
                + "to five and three days' administrative detention respectively.");
        assertThat(penalties(x)).containsExactly(
                "Ivan Rudin administrative_detention P5D 2019-08-01", "Marat Seitov administrative_detention P3D 2019-08-01");
    }

    @Test
    void twoTermsInOneSentenceGoToTheNamesBeforeEach() {
        Extraction x = extract(2019, "On October 3, a court sentenced Rustam Aliev, a newspaper editor, to six years' "
                + "imprisonment for fraud, and his son, Timur, to five years in prison.");
        assertThat(penalties(x)).containsExactly("Rustam Aliev imprisonment P6Y 2019-10-03", "Timur Aliev imprisonment P5Y 2019-10-03");
    }

    @Test
    void bothNamedPeopleShareOneTerm() {
        Extraction x = extract(2018, "In May, activists Lena Markova and Oleg Ivanov were each sentenced to 15 days' detention.");
        assertThat(penalties(x)).containsExactly("Lena Markova administrative_detention P15D 2018-05",
                "Oleg Ivanov administrative_detention P15D 2018-05");
    }

    @Test
    void kindsOfPenalty() {
        Extraction x = extract(2018, "In June, a court gave poet Ali Karim a seven-year suspended sentence. "
                + "In July, teacher Rosa Lim was sentenced to four years of restricted freedom. "
                + "In August, a court restricted the freedom of movement of blogger Sami Noor for three years. "
                + "In September, journalist Pia Holm was fined 50,000 tenge. "
                + "In October, a court placed critic Mira Dole in forced psychiatric treatment. "
                + "In November, cleric Yusuf Dara was sentenced to life imprisonment.");
        assertThat(x.sentences()).extracting(Extraction.Penalty::kind).containsExactly(
                SentenceKind.SUSPENDED_SENTENCE, SentenceKind.RESTRICTED_FREEDOM, SentenceKind.RESTRICTED_FREEDOM,
                SentenceKind.FINE, SentenceKind.FORCED_PSYCHIATRIC_TREATMENT, SentenceKind.IMPRISONMENT);
        assertThat(x.sentences().get(0).term().toIso()).isEqualTo("P7Y");
        assertThat(x.sentences().get(3).term()).isNull();
    }

    @Test
    void timeServedStatutoryMaximumsAndDurationsAreNoPenalties() {
        Extraction x = extract(2018, "Lawyer Nina Berg served three years of her sentence. "
                + "Unauthorised protest is punishable by up to 75 days' detention. "
                + "Activist Karl Moss was beaten for two days in police custody.");
        assertThat(x.sentences()).isEmpty();
    }

    @Test
    void aPronounPointsToThePersonOfTheSentenceBefore() {
        Extraction x = extract(2018, "Opposition leader Ruslan Kask was released on parole in August. "
                + "He had served four years of a nine-year prison sentence imposed in 2014.");
        assertThat(penalties(x)).containsExactly("Ruslan Kask imprisonment P9Y 2014");
    }

    @Test
    void aGroupInTheSentenceKeepsThePronounToItself() {
        Extraction x = extract(2018, "On 3 May, union leader Aida Sarsen was arrested. "
                + "In June, 40 oil workers were fined for their part in a strike.");
        assertThat(x.sentences()).isEmpty();
    }

    @Test
    void appealOutcomesFromTheAppellantsSide() {
        Extraction x = extract(2017, "On 20 January, the Regional Court upheld the sentence of activists Rita Vahl and Sven Oja. "
                + "On 13 April, the Supreme Court rejected Tom Reed's appeal. "
                + "In March, an appeals court reduced the sentence of Lia Horn to two years. "
                + "In May, the Supreme Court overturned the conviction of Ben Fuchs. "
                + "In June, an appeals court conditionally released Eva Stark. "
                + "In July, Ken Adler appealed and his appeal was pending at the end of the year.");
        assertThat(x.appeals()).extracting(Extraction.Appeal::outcome).containsExactly(
                AppealOutcome.DISMISSED, AppealOutcome.DISMISSED, AppealOutcome.PARTLY_GRANTED, AppealOutcome.GRANTED,
                AppealOutcome.PARTLY_GRANTED, AppealOutcome.PENDING);
        assertThat(x.appeals().get(0).persons()).hasSize(2);
        assertThat(x.appeals().get(0).date().toIso()).isEqualTo("2017-01-20");
        assertThat(x.appeals().get(0).court()).isEqualTo("Regional Court");
        assertThat(x.appeals().get(1).court()).isEqualTo("Supreme Court");
    }

    @Test
    void aSentenceUpheldOnAppealHasNoDateOfItsOwn() {
        Extraction x = extract(2017, "On 20 January, the Regional Court upheld the sentence of activist Rita Vahl "
                + "to five years' imprisonment.");
        assertThat(penalties(x)).containsExactly("Rita Vahl imprisonment P5Y -");
    }

    @Test
    void unRulingsOnComplaintsButNotCountryReviews() {
        Extraction x = extract(2017, "In June, the Committee against Torture of the UN held that Ali Vand had been tortured. "
                + "On 13 July, the Human Rights Committee of the UN found that Eli Marsh's right to assembly had been violated. "
                + "In its concluding observations, the UN Human Rights Committee urged the government to end torture. "
                + "The Working Group on Arbitrary Detention declared the detention of lawyer Omar Fikri arbitrary. "
                + "Despite the CEDAW Committee ruling in 2015 in her favour, Ada Lamb received no compensation.");
        assertThat(x.unRulings()).extracting(Extraction.UnRuling::body)
                .containsExactly(UnBody.CAT, UnBody.HRC, UnBody.WGAD, UnBody.CEDAW);
        assertThat(x.unRulings().get(0).date().toIso()).isEqualTo("2017-06");
        assertThat(x.unRulings().get(3).date().toIso()).isEqualTo("2015");
        assertThat(nameOf(x, x.unRulings().get(1).person())).isEqualTo("Eli Marsh");
    }

    @Test
    void officialsAreNotSubjectsAndPlacesAreNotPeople() {
        Extraction x = extract(2017, "President Otto Kessler called for harsher measures after an attack in the capital. "
                + "Foreign Minister Ivan Novak met activists in Maple Grove Park. "
                + "The UN special rapporteur, Clara Benz, visited detained journalist Max Hale in prison.");
        assertThat(person(x, "Otto Kessler").subject()).isFalse();
        assertThat(person(x, "Ivan Novak").subject()).isFalse();
        assertThat(person(x, "Clara Benz").subject()).isFalse();
        assertThat(person(x, "Max Hale").subject()).isTrue();
        assertThat(x.persons()).noneMatch(p -> p.name().contains("Maple"));
    }

    @Test
    void laterMentionsMergeIntoOnePersonWithVariants() {
        Extraction x = extract(2016, "Police detained activist Maksim Orlov in May. Authorities charged Orlov with fraud. "
                + "In June, Maxim Orlov was sentenced to two years in prison. Orlov was sentenced to two years in prison.");
        assertThat(x.persons()).hasSize(1);
        assertThat(x.persons().get(0).variants()).contains("Orlov", "Maxim Orlov");
        assertThat(x.persons().get(0).mentions()).hasSize(4);
        assertThat(x.sentences()).hasSize(1);
    }

    @Test
    void eventsCarryTypeDateAndPersons() {
        Extraction x = extract(2016, "On 12 May, police arrested blogger Timur Vale in the capital. "
                + "On 20 August, Timur Vale was released on parole.");
        assertThat(x.events()).extracting(e -> e.type().code() + " " + e.date().toIso())
                .contains("arrest 2016-05-12", "parole 2016-08-20");
        assertThat(x.events()).allMatch(e -> e.summary() != null && !e.summary().isBlank());
    }

    @Test
    void anEventToldTwiceIsKeptOnceWithTheMorePreciseDate() {
        Extraction x = extract(2016, "Editor Lana Wirth was freed on parole in August.\n\n"
                + "Several critics remained in prison. On 20 August, editor Lana Wirth was released on parole.");
        assertThat(x.events()).extracting(e -> e.type().code() + " " + e.date().toIso()).containsExactly("parole 2016-08-20");
    }

    @Test
    void evidenceAndMentionsPointAtTheRightText() {
        Extraction x = extract(2016, "In May, a court sentenced journalist Nora Penn to 18 months in prison.");
        ReportTextHolder.check(x);
        Extraction.Person p = person(x, "Nora Penn");
        assertThat(p.mentions()).hasSize(1);
        assertThat(x.sentences().get(0).evidence().length()).isGreaterThan(p.mentions().get(0).length());
        assertThat(x.sentences().get(0).term().toIso()).isEqualTo("P18M");
    }

    /** Holder for a tiny check shared by tests: spans are well formed. */
    static final class ReportTextHolder {
        static void check(Extraction x) {
            x.persons().forEach(p -> p.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(x.document().chars())));
        }
    }

    @Test
    void aTermAfterASecondSentencingVerbGoesOnlyToThePersonNamedAfterIt() {
        Extraction x = extract(2020, "On 2 March a court in Osh fined shopkeeper Bakyt Orunov 20,000 soms and sentenced "
                + "his nephew, Emil Orunov, to ten days' administrative detention.");
        assertThat(penalties(x)).contains("Emil Orunov administrative_detention P10D 2020-03-02")
                .noneMatch(p -> p.startsWith("Bakyt Orunov administrative_detention"));
        assertThat(penalties(x)).anyMatch(p -> p.startsWith("Bakyt Orunov fine"));
    }

    @Test
    void reducingANamedTermIsAPartlyGrantedAppeal() {
        Extraction x = extract(2020, "On 9 July the regional court reduced the six-year prison sentence of editor "
                + "Lola Karimova to a four-year suspended sentence.");
        assertThat(x.appeals()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(org.casetrack.model.AppealOutcome.PARTLY_GRANTED);
            assertThat(a.date().toIso()).isEqualTo("2020-07-09");
            assertThat(a.persons()).extracting(id -> nameOf(x, id)).containsExactly("Lola Karimova");
        });
    }

    @Test
    void anOfficeHolderNamedAfterALongTitleIsNoSubject() {
        Extraction x = extract(2022, "In May, the EU special representative for Central Asia, Lena Sorensen, met detained "
                + "blogger Ravil Usmanov's family. Usmanov was sentenced in March to six years in prison.");
        assertThat(person(x, "Lena Sorensen").subject()).isFalse();
        assertThat(person(x, "Ravil Usmanov").subject()).isTrue();
    }

    @Test
    void aCoDefendantWhoReceivedABareTermGetsAPrisonSentence() {
        Extraction x = extract(2023, "On 4 May, a court sentenced journalist Nodira Azimova to nine years in prison. "
                + "Her co-defendant, lawyer Farhod Tursunov, received 12 years.");
        assertThat(penalties(x)).anyMatch(p -> p.startsWith("Farhod Tursunov imprisonment P12Y"));
    }

    @Test
    void theEuropeanUnionMakesNobodyATradeUnionist() {
        Extraction x = extract(2022, "In June, the interior minister, Aidar Kasenov, met European Union officials.");
        assertThat(person(x, "Aidar Kasenov").roles()).doesNotContain(org.casetrack.model.PersonRole.TRADE_UNIONIST);
        assertThat(person(x, "Aidar Kasenov").subject()).isFalse();
    }

    @Test
    void aYearlessMonthBeforeAnEarlierDatesMonthFallsInTheReportsYear() {
        Extraction x = extract(2021, "Editor Pavel Orlov, held in custody since November 2020, was convicted on March 3 "
                + "and sentenced to eight years in prison.");
        assertThat(penalties(x)).containsExactly("Pavel Orlov imprisonment P8Y 2021-03-03");
    }

    @Test
    void bothReachesBackToTheLastTwoPeopleOfTheParagraph() {
        Extraction x = extract(2021, "On 3 March a court sentenced pastor Gleb Sokolov to four years in prison. "
                + "His deacon, Ilya Frolov, was given a three-year suspended sentence. "
                + "On 20 May the appeal court upheld both verdicts.");
        assertThat(x.appeals()).singleElement().satisfies(a -> {
            assertThat(a.persons()).extracting(id -> nameOf(x, id)).containsExactlyInAnyOrder("Gleb Sokolov", "Ilya Frolov");
            assertThat(a.outcome()).isEqualTo(org.casetrack.model.AppealOutcome.DISMISSED);
        });
    }

    @Test
    void theArbitraryDetentionWorkingGroupsNameIsNoRuling() {
        Extraction x = extract(2021, "Blogger Timur Valiev was arrested in May. In December the UN Working Group on "
                + "Arbitrary Detention asked the authorities to explain the grounds for his detention.");
        assertThat(x.unRulings()).isEmpty();
    }

    @Test
    void acquittalByANamedCourtOnAppealIsGranted() {
        Extraction x = extract(2021, "Student Rita Osipova was acquitted by the regional court on appeal on 2 December.");
        assertThat(x.appeals()).singleElement().satisfies(a -> assertThat(a.outcome())
                .isEqualTo(org.casetrack.model.AppealOutcome.GRANTED));
    }

    @Test
    void aQuotedPenaltyNameIsNoCharge() {
        Extraction x = extract(2021, "In June activist Lev Markin was sentenced to two years of \"restricted freedom\".");
        assertThat(x.sentences()).singleElement().satisfies(p -> assertThat(p.charges()).isEmpty());
    }

    @Test
    void aPrisonTermOfNYearsIsImprisonment() {
        Extraction x = extract(2019, "Writer Galiya Serikbaeva, sentenced in 2017 to a prison term of seven years, remained in custody.");
        assertThat(penalties(x)).containsExactly("Galiya Serikbaeva imprisonment P7Y 2017");
    }

    @Test
    void aLawyerSpeakingOfAClientIsNoSubjectAndThePronounClauseGetsThePenalty() {
        Extraction x = extract(2019, "Lawyer Dina Abenova said the trial of her client, Arman Kuatov, was unfair; "
                + "he was sentenced in December to six years in a penal colony.");
        assertThat(penalties(x)).containsExactly("Arman Kuatov imprisonment P6Y 2019-12");
        assertThat(person(x, "Dina Abenova").subject()).isFalse();
        assertThat(person(x, "Arman Kuatov").subject()).isTrue();
    }

    @Test
    void aSpeakerTellingTheirOwnCaseStaysASubject() {
        Extraction x = extract(2021, "Farmer Ruslan Omarov told reporters that police beat him in custody in May.");
        assertThat(person(x, "Ruslan Omarov").subject()).isTrue();
    }

    @Test
    void someoneServingALifeSentenceHasALifeTermOfImprisonment() {
        Extraction x = extract(2023, "Opposition member Rauf Nabiev, serving a life sentence, was placed in solitary confinement in May.");
        assertThat(penalties(x)).containsExactly("Rauf Nabiev imprisonment - -");
    }
}
