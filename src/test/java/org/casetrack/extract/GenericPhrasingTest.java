package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casetrack.extract.TestReports.extract;
import static org.casetrack.extract.TestReports.nameOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Penalty phrasings of the genre that no single report owns (docs/decisions/0100); every
 * sentence is written for the test and names invented people.
 */
class GenericPhrasingTest {

    /** "name kind term date" of every penalty. */
    private static List<String> penalties(Extraction x) {
        return x.sentences().stream().map(s -> nameOf(x, s.person()) + " " + s.kind().code() + " "
                + (s.term() == null ? "-" : s.term().toIso()) + " " + (s.date() == null ? "-" : s.date().toIso())).toList();
    }

    @Test
    void aMonthOfTheSameYearKeepsTheMonthAndTheEarlierYear() {
        Extraction x = extract(2021, "Police searched the home of Ivo Lind in June 2019. Two months later he was detained, "
                + "and in December of the same year a district court sentenced Lind to five years in prison.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P5Y 2019-12");
    }

    @Test
    void anUpheldSentenceKeepsADateToldWithTheSentencingVerb() {
        Extraction x = extract(2023, "On 3 May 2023 the supreme court rejected the appeal of teacher Marta Kessler, "
                + "sentenced in 2021 to six years in prison for her online posts.");
        assertThat(penalties(x)).containsExactly("Marta Kessler imprisonment P6Y 2021");
    }

    @Test
    void aDateRightAfterTheTermIsNoUnnamedGroup() {
        Extraction x = extract(2020, "Blogger Ivo Lind was jailed for seven years on 9 May 2020 after a one-day trial. "
                + "Marta Kessler received a four-year prison term on 3 June 2020.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P7Y 2020-05-09",
                "Marta Kessler imprisonment P4Y 2020-06-03");
    }

    @Test
    void termsForOthersInTheSameSentenceRepeatThePenaltyBeforeThem() {
        Extraction x = extract(2022, "On 14 December 2022 the regional court sentenced Ivo Lind to six years of imprisonment, "
                + "Marta Kessler to four years and Otto Brandt to three years.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P6Y 2022-12-14",
                "Marta Kessler imprisonment P4Y 2022-12-14", "Otto Brandt imprisonment P3Y 2022-12-14");
    }

    @Test
    void aListOfDefendantsAfterTheSentencingVerbGetsPrisonTerms() {
        Extraction x = extract(2021, "On 20 October 2021 the court sentenced the three farmers: Ivo Lind to nine years, "
                + "Marta Kessler to seven years and Otto Brandt to five years.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P9Y 2021-10-20",
                "Marta Kessler imprisonment P7Y 2021-10-20", "Otto Brandt imprisonment P5Y 2021-10-20");
    }

    @Test
    void aLengthThatIsNotAfterNameToStaysNoPenalty() {
        Extraction x = extract(2021, "Ivo Lind was sentenced on Monday, two years to the day after his arrest.");
        assertThat(penalties(x)).isEmpty();
    }

    @Test
    void probationAndHouseArrestAfterAPrisonTermRestrictFreedomButProbationAloneIsSuspended() {
        Extraction x = extract(2015, "In September 2015 Ivo Lind was sentenced to seven years' imprisonment and three years' probation. "
                + "In May 2015 Marta Kessler was sentenced to nine years in prison, to be followed by four years under house arrest. "
                + "In June 2015 Otto Brandt was sentenced to two years of probation.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P7Y 2015-09", "Ivo Lind restricted_freedom P3Y 2015-09",
                "Marta Kessler imprisonment P9Y 2015-05", "Marta Kessler restricted_freedom P4Y 2015-05",
                "Otto Brandt suspended_sentence P2Y 2015-06");
    }

    @Test
    void penaltiesAfterADatedVerdictTakeItsDate() {
        Extraction x = extract(2020, "On 8 October 2020 a district court delivered its verdict in the case of four farmers.\n\n"
                + "Ivo Lind was sentenced to 3 years of suspended imprisonment. Marta Kessler was given two years in prison.");
        assertThat(penalties(x)).containsExactly("Ivo Lind suspended_sentence P3Y 2020-10-08",
                "Marta Kessler imprisonment P2Y 2020-10-08");
    }

    @Test
    void aVerdictDateDoesNotReachASentenceBeingServedOrAFarParagraph() {
        Extraction x = extract(2020, "On 8 October 2020 a district court delivered its verdict on Ivo Lind.\n\n"
                + "Marta Kessler is serving a five-year prison sentence.\n\nAn unrelated paragraph about the weather.\n\n"
                + "Otto Brandt was sentenced to four years in prison.");
        assertThat(penalties(x)).containsExactly("Marta Kessler imprisonment P5Y -", "Otto Brandt imprisonment P4Y -");
    }

    @Test
    void lengthsAfterNameForAndInBracketsAfterANameArePrisonTerms() {
        Extraction x = extract(2015, "A city court jailed three farmers on 12 March 2015: Ivo Lind for four years, "
                + "Marta Kessler for three years and Otto Brandt for two years.\n\n"
                + "Those in prison include Dana Orlova (five years) and Pavel Sokol (six years), both sentenced in 2014.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P4Y 2015-03-12", "Marta Kessler imprisonment P3Y 2015-03-12",
                "Otto Brandt imprisonment P2Y 2015-03-12", "Dana Orlova imprisonment P5Y 2014", "Pavel Sokol imprisonment P6Y 2014");
    }

    @Test
    void aDetentionOfDaysAfterNameForIsNoSentenceWithoutASentencingVerb() {
        Extraction x = extract(2015, "Police held Ivo Lind for two days and questioned him about the rally.");
        assertThat(penalties(x)).isEmpty();
    }

    /** "names date outcome" of every appeal ruling. */
    private static List<String> appeals(Extraction x) {
        return x.appeals().stream().map(a -> a.persons().stream().map(p -> nameOf(x, p)).toList() + " "
                + (a.date() == null ? "-" : a.date().toIso()) + " " + a.outcome().name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    @Test
    void lostAndWonAppealsAndAnAcquittalByTheCourtOfAppeal() {
        Extraction x = extract(2018, "Ivo Lind lost his appeal at the regional court on 15 October 2018.\n\n"
                + "On 12 September 2018 the Court of Appeal acquitted Marta Kessler.\n\n"
                + "Otto Brandt won his appeal in the Supreme Court on 3 May 2018.");
        assertThat(appeals(x)).containsExactly("[Ivo Lind] 2018-10-15 dismissed", "[Marta Kessler] 2018-09-12 granted",
                "[Otto Brandt] 2018-05-03 granted");
    }

    @Test
    void anAppealRulingInALaterClauseIsDatedInItsOwnClause() {
        Extraction x = extract(2019, "On 13 June 2019 the city court sentenced Ivo Lind to four years' imprisonment, "
                + "and the Court of Appeals upheld the verdict on 2 October 2019.");
        assertThat(appeals(x)).containsExactly("[Ivo Lind] 2019-10-02 dismissed");
    }

    @Test
    void theBelieverAndTheDefendantsPointBackToThePeopleNamedLast() {
        Extraction x = extract(2021, "Ivo Lind was charged with extremism in May 2020. In December 2021 the court sentenced "
                + "the 61-year-old believer to two and a half years of imprisonment.\n\n"
                + "Marta Kessler and Otto Brandt were tried together. In June 2021 a judge sentenced the defendants to three years each.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P2Y6M 2021-12", "Marta Kessler imprisonment P3Y 2021-06",
                "Otto Brandt imprisonment P3Y 2021-06");
    }

    @Test
    void aLawyerOrAJudgeIsNoAnaphor() {
        Extraction x = extract(2021, "Ivo Lind was charged with fraud. In June 2021 the court fined the lawyer of the company.");
        assertThat(x.sentences()).isEmpty();
    }

    @Test
    void aParagraphOpeningOnEachContinuesThePeopleOfTheParagraphBefore() {
        Extraction x = extract(2024, "On 14 June 2024 Ivo Lind and Marta Kessler were sentenced to five and three years "
                + "in prison respectively.\n\nEach also received a deprivation of political rights sentence of 4 years "
                + "and 3 years, respectively.");
        assertThat(penalties(x)).contains("Ivo Lind other P4Y 2024-06-14", "Marta Kessler other P3Y 2024-06-14");
    }

    @Test
    void twoCourtsRejectingTheSameAppealAreTwoRulingsOneCourtToldTwiceIsOne() {
        Extraction x = extract(2022, "The highest appeals court affirmed the sentence of Ivo Lind. The Constitutional Court "
                + "had earlier rejected Lind's appeal as well.\n\nThe Supreme Court upheld the sentence of Marta Kessler. "
                + "The Supreme Court upheld the sentence of Marta Kessler, her lawyer repeated.");
        assertThat(appeals(x)).containsExactly("[Ivo Lind] 2022 dismissed", "[Ivo Lind] 2022 dismissed",
                "[Marta Kessler] 2022 dismissed");
    }

    @Test
    void yearsAndMonthsWithoutAndAReprieveAStartSinceAndTheSentenceReducedLater() {
        Extraction x = extract(2022, "On 6 July 2022 Ivo Lind was sentenced to 1 year 6 months in a penal colony and Marta Kessler "
                + "to 4 years, 6 months.\n\nOn 2 September 2022 Otto Brandt was sentenced to death with a two-year reprieve.\n\n"
                + "On 10 October 2022 the court sentenced Dana Orlova, who had been held since 2019 on charges of rioting, to six years "
                + "in prison. The sentence was later reduced to five years.\n\n"
                + "On 4 April 2022 Pavel Sokol was sentenced to two years in prison and an exit ban of three years.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P1Y6M 2022-07-06", "Marta Kessler imprisonment P4Y6M 2022-07-06",
                "Otto Brandt other - 2022-09-02", "Dana Orlova imprisonment P6Y 2022-10-10", "Dana Orlova imprisonment P5Y -",
                "Pavel Sokol imprisonment P2Y 2022-04-04", "Pavel Sokol restricted_freedom P3Y 2022-04-04");
    }

    /** docs/decisions/0102: an amount written before "fine" is a fine when the sentence gives a penalty. */
    @Test
    void anAmountBeforeFineIsAFineGivenWithThePrisonTerm() {
        Extraction x = extract(2024, "On 3 June 2024 a district court sentenced reporter Ivo Lind to four years in prison and a 20,000-ruble fine. "
                + "Marta Kessler was sentenced to two years in prison and a 5,000 Egyptian pound fine in May 2024.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P4Y 2024-06-03", "Ivo Lind fine - 2024-06-03",
                "Marta Kessler imprisonment P2Y 2024-05", "Marta Kessler fine - 2024-05");
    }

    @Test
    void anAmountBeforeFineInALawIsNoFine() {
        Extraction x = extract(2024, "Under the new law, insulting an official is punishable by a 10,000-ruble fine. Ivo Lind said so on 3 June 2024.");
        assertThat(penalties(x)).isEmpty();
    }

    @Test
    void pluralPrisonTermsOfALengthEachGoToEveryoneNamed() {
        Extraction x = extract(2019, "Ivo Lind and Marta Kessler received prison terms of six years each in March 2019. "
                + "Otto Brand and Lena Vogt were handed sentences of four years on 2 April 2019.");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P6Y 2019-03", "Marta Kessler imprisonment P6Y 2019-03",
                "Otto Brand imprisonment P4Y 2019-04-02", "Lena Vogt imprisonment P4Y 2019-04-02");
    }

    @Test
    void bracketedLengthsAfterConvictedArePrisonTerms() {
        Extraction x = extract(2022, "The following were convicted on 14 October 2022: Ivo Lind (6 years), "
                + "Marta Kessler (8 years) and Otto Brand (13 years and 1 month).");
        assertThat(penalties(x)).containsExactly("Ivo Lind imprisonment P6Y 2022-10-14",
                "Marta Kessler imprisonment P8Y 2022-10-14", "Otto Brand imprisonment P13Y1M 2022-10-14");
    }

    @Test
    void theBurmeseHonorificDawIsNotPartOfTheName() {
        Extraction x = extract(2021, "Daw Khin Myo Thant was sentenced to four years in prison on 6 December 2021.");
        assertThat(penalties(x)).containsExactly("Khin Myo Thant imprisonment P4Y 2021-12-06");
    }

    @Test
    void aCourtThatLeftTheSentenceUnchangedOrInForceDismissedTheAppeal() {
        Extraction x = extract(2021, "On 3 February 2021 the city court left the sentence of believer Ivo Lind unchanged.\n\n"
                + "On 9 March 2021 the regional court left the verdict against Marta Kessler in force.");
        assertThat(appeals(x)).containsExactly("[Ivo Lind] 2021-02-03 dismissed", "[Marta Kessler] 2021-03-09 dismissed");
    }

    @Test
    void aRunInHeadingOrANewspaperNamedInItsLanguageIsNoPerson() {
        Extraction x = extract(2023, "Physical Attacks, Imprisonment, and Pressure Authorities detained the reporter Ivo Lind on 2 May 2023. "
                + "Novaya Pravda reported that Marta Kessler was beaten in custody.");
        assertThat(x.persons()).extracting(Extraction.Person::name).containsExactlyInAnyOrder("Ivo Lind", "Marta Kessler");
    }

    @Test
    void aDefenceLawyerAndAQuotedObserverAreNoSubjects() {
        Extraction x = extract(2021, "On 3 May 2021 the city court sentenced Ivo Lind to five years in prison. "
                + "Defence lawyer Pavel Sokol asked the court to acquit his client. "
                + "Dana Orlova, a researcher at a rights group, called the verdict a travesty of justice in court.");
        assertThat(x.persons()).filteredOn(Extraction.Person::subject).extracting(Extraction.Person::name).containsExactly("Ivo Lind");
    }

    @Test
    void theNextDayMovesTheDateAndTwoWeeksLaterLeavesNoneButKeepsThePerson() {
        Extraction x = extract(2021, "Police detained Ivo Lind on 2 February 2021, and the next day a court sentenced him to "
                + "15 days of administrative arrest.\n\n"
                + "On 14 June 2021 Marta Kessler was arrested; two weeks later she was sentenced to 10 days in jail.");
        assertThat(penalties(x)).containsExactly("Ivo Lind administrative_detention P15D 2021-02-03",
                "Marta Kessler administrative_detention P10D -");
    }
}
