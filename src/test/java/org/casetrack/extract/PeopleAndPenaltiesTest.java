package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casetrack.extract.TestReports.extract;
import static org.casetrack.extract.TestReports.nameOf;
import static org.casetrack.extract.TestReports.person;

import java.util.List;
import org.casetrack.model.AppealOutcome;
import org.junit.jupiter.api.Test;

/** Names, penalties and appeals in phrasings of many publishers; every sentence is written for the test. */
class PeopleAndPenaltiesTest {

    private static List<String> penalties(Extraction x) {
        return x.sentences().stream().map(s -> nameOf(x, s.person()) + " " + s.kind().code() + " "
                + (s.term() == null ? "-" : s.term().toIso())).toList();
    }

    private static List<String> subjects(Extraction x) {
        return x.persons().stream().filter(Extraction.Person::subject).map(Extraction.Person::name).toList();
    }

    @Test
    void jailTermsWordedAsNewsReportsWordThem() {
        Extraction x = extract(2019, "On 3 May, a court handed blogger Ilya Farin a six-month jail term. "
                + "In June, activist Lena Voss was jailed for three years. "
                + "Poet Anwar Sabri received an eight-year prison sentence in March.");
        assertThat(penalties(x)).containsExactly("Ilya Farin imprisonment P6M", "Lena Voss imprisonment P3Y",
                "Anwar Sabri imprisonment P8Y");
    }

    @Test
    void houseArrestAndTravelBansRestrictFreedomAndBansOnAnActivityAreOther() {
        Extraction x = extract(2019, "In April, a court placed journalist Kemal Oz under house arrest for two months. "
                + "In October, a court sentenced Tran Van Minh to three years in prison, followed by two years of house arrest. "
                + "In May, a court banned Rita Lom from leaving the country for two years. "
                + "The court sentenced Ivo Petek to 2 years in a penal colony and banned him from journalism for three years.");
        assertThat(penalties(x)).containsExactly("Kemal Oz restricted_freedom P2M", "Tran Van Minh imprisonment P3Y",
                "Tran Van Minh restricted_freedom P2Y", "Rita Lom restricted_freedom P2Y", "Ivo Petek imprisonment P2Y",
                "Ivo Petek other P3Y");
    }

    @Test
    void respectivelyOverSeparateTermsAndEachReachesBack() {
        Extraction x = extract(2019, "In June, rights advocate Li Mei and labour activist Zhou Bin were later sentenced to "
                + "five years and 3.5 years in jail, respectively. "
                + "Each also received a deprivation of political rights of four years and three years, respectively.");
        assertThat(penalties(x)).containsExactly("Li Mei imprisonment P5Y", "Zhou Bin imprisonment P3Y6M",
                "Li Mei other P4Y", "Zhou Bin other P3Y");
    }

    @Test
    void aFineInAnotherCurrencyAndANamedListAfterTheTerm() {
        Extraction x = extract(2019, "On 2 March, the court sentenced Ali Nour to one year in prison and a fine of 5,000 pounds. "
                + "The court upheld the 12-year sentences for three more defendants \u2014 Sami Adel; Hana Wafi; and Omar Zaki.");
        assertThat(penalties(x)).contains("Ali Nour imprisonment P1Y", "Ali Nour fine -", "Sami Adel imprisonment P12Y",
                "Hana Wafi imprisonment P12Y", "Omar Zaki imprisonment P12Y");
    }

    @Test
    void termsForAnUnnamedGroupOrOnlyAskedForGoToNobody() {
        Extraction x = extract(2019, "In May, a court gave Pavel Rudin a two-year suspended sentence and "
                + "one-year suspended sentences to four students. Prosecutors had requested seven years for Pavel Rudin.");
        assertThat(penalties(x)).containsExactly("Pavel Rudin suspended_sentence P2Y");
    }

    @Test
    void arabicBurmeseAndVietnameseNamesStayWhole() {
        Extraction x = extract(2019, "Ahmed al-Masri and Yusuf bin Said were each sentenced to 10 years in prison in January. "
                + "U Win Htein was sentenced to 20 years in prison on 4 May. "
                + "Activists Nguyen Van Hai and Nguyen Hoang Hai remain in prison.");
        assertThat(subjects(x)).containsExactly("Ahmed al-Masri", "Yusuf bin Said", "U Win Htein", "Nguyen Van Hai",
                "Nguyen Hoang Hai");
    }

    @Test
    void aListOfPrisonersMakesEachOfThemASubject() {
        Extraction x = extract(2019, "Several critics remain in prison, including Ivan Petrov, Oleg Sidorov and Maria Kuznetsova.");
        assertThat(subjects(x)).containsExactly("Ivan Petrov", "Oleg Sidorov", "Maria Kuznetsova");
    }

    @Test
    void aliasesDoubleSurnamesAndOfficialNameOrderAreOnePerson() {
        Extraction x = extract(2019, "Artist Jorge Luis Ramos Vidal (Pintor) was sentenced to five years in prison. "
                + "Ramos Vidal began a hunger strike; Pintor's friends protested. "
                + "Defendant Ruslan Ismailov was sentenced in May. The verdict sentenced Ismailov Ruslan Kamilevich to 9 years.");
        assertThat(x.persons()).extracting(Extraction.Person::name).containsExactly("Jorge Luis Ramos Vidal", "Ruslan Ismailov");
        assertThat(penalties(x)).contains("Jorge Luis Ramos Vidal imprisonment P5Y", "Ruslan Ismailov imprisonment P9Y");
    }

    @Test
    void placesBodiesAndSlogansAreNoPeople() {
        Extraction x = extract(2019, "Protesters chanting \u201CFree Sagar\u201D were detained in the municipality of "
                + "Santa Rosa de Lima. The broadcaster Radio Horizonte was fined. The Ministry of Digital Development "
                + "fined Ivan Petrov.");
        assertThat(x.persons()).extracting(Extraction.Person::name).containsExactly("Ivan Petrov");
    }

    @Test
    void relativesLawyersAndAuthorsGetNoFindingAndAreNoSubjects() {
        Extraction x = extract(2019, "On 4 May, the court sentenced Dmitry Sokol to four years in prison. "
                + "Sokol's mother, Irina Sokol, said her son was innocent. "
                + "The appeal court rejected his appeal on 9 July, said Boris Lenz, the defence lawyer. "
                + "Sokol had read the works of Said Nursi.");
        assertThat(subjects(x)).containsExactly("Dmitry Sokol");
        assertThat(person(x, "Irina Sokol").subject()).isFalse();
        assertThat(x.sentences()).allSatisfy(s -> assertThat(nameOf(x, s.person())).isEqualTo("Dmitry Sokol"));
    }

    @Test
    void appealOutcomesWordedInOtherWays() {
        Extraction x = extract(2019, "On 12 July, the appeal court reduced Ivan Petrov's sentence to three years.\n\n"
                + "On 3 August, the Supreme Court affirmed the verdict against Oleg Sidorov.\n\n"
                + "On 4 September, the cassation court upheld the sentence of Maria Kuznetsova but lifted the ban on travel.\n\n"
                + "Lev Orlov said he will appeal to the Supreme Court.");
        assertThat(x.appeals()).extracting(a -> nameOf(x, a.persons().get(0)) + " " + a.outcome())
                .containsExactly("Ivan Petrov " + AppealOutcome.PARTLY_GRANTED, "Oleg Sidorov " + AppealOutcome.DISMISSED,
                        "Maria Kuznetsova " + AppealOutcome.PARTLY_GRANTED);
    }

    @Test
    void aSentenceReducedFromOneLengthToAnotherIsTheNewLengthAndAPartlyGrantedAppeal() {
        Extraction x = extract(2019, "On 2 March, the Supreme Court cut the sentence of reporter Adil Nurov from eight to five years.\n\n"
                + "On 9 April, the appeal court lowered Sara Bekova's term from six years to three years and six months.\n\n"
                + "On 5 May, Emil Dorn's seven-year term was reduced to four years by the regional appeal court.");
        assertThat(penalties(x)).contains("Adil Nurov imprisonment P5Y", "Sara Bekova imprisonment P3Y6M",
                "Emil Dorn imprisonment P4Y");
        assertThat(penalties(x)).doesNotContain("Adil Nurov imprisonment P8Y", "Sara Bekova imprisonment P6Y");
        assertThat(x.appeals()).extracting(a -> nameOf(x, a.persons().get(0)) + " " + a.outcome())
                .containsExactly("Adil Nurov " + AppealOutcome.PARTLY_GRANTED, "Sara Bekova " + AppealOutcome.PARTLY_GRANTED,
                        "Emil Dorn " + AppealOutcome.PARTLY_GRANTED);
    }

    @Test
    void eachFindingCarriesItsRuleAndAPronounLowersTheConfidence() {
        Extraction x = extract(2019, "Blogger Nina Lee was detained in May.\n\n"
                + "In June, a court sentenced journalist Omar Dale to three years in prison. "
                + "In July, he was also fined.\n\n"
                + "Teacher Anna Kim attended. Ruth Bell was detained at a rally.");
        Extraction.Penalty prison = x.sentences().get(0);
        Extraction.Penalty fine = x.sentences().get(1);
        assertThat(prison.basis().rule()).isEqualTo("penalty.imprisonment.term/named");
        assertThat(prison.basis().proposed()).isTrue();
        assertThat(fine.basis().rule()).endsWith("/pronoun");
        assertThat(fine.basis().confidence()).isLessThan(prison.basis().confidence());
        assertThat(person(x, "Omar Dale").basis().rule()).isEqualTo("subject.named-in-finding");
        assertThat(person(x, "Nina Lee").basis().proposed()).as("a role and case words").isTrue();
        assertThat(person(x, "Ruth Bell").basis().proposed()).as("case words alone: half of them were right").isFalse();
        assertThat(person(x, "Ruth Bell").subject()).isTrue();
    }

    @Test
    void aShortFormBeforeTheFullNameIsTheSamePersonInEitherOrder() {
        Extraction x = extract(2021, "Police detained Garcia Lopez at his home on 2 May. "
                + "On 9 June, a court sentenced Juan Carlos Garcia Lopez to four years in prison. "
                + "Relatives of Pablo Ruiz said the hearing was closed. "
                + "On 10 June, the same court sentenced Pablo Ruiz Diaz to two years in prison. "
                + "Ruiz Diaz denied the charge.");
        assertThat(x.persons()).extracting(Extraction.Person::name)
                .containsExactly("Juan Carlos Garcia Lopez", "Pablo Ruiz Diaz");
        assertThat(person(x, "Pablo Ruiz Diaz").variants()).contains("Pablo Ruiz");
        assertThat(penalties(x)).containsExactly("Juan Carlos Garcia Lopez imprisonment P4Y",
                "Pablo Ruiz Diaz imprisonment P2Y");
    }

    @Test
    void aShortFormAfterTheFullNameIsTheSamePerson() {
        Extraction x = extract(2021, "On 9 June, a court sentenced Ana Maria Torres Vega to three years in prison. "
                + "Ana Maria Torres appealed the verdict on 20 June.");
        assertThat(x.persons()).extracting(Extraction.Person::name).containsExactly("Ana Maria Torres Vega");
    }

    @Test
    void twoLongerNamesThatShareAShortFormStayTwoPeople() {
        Extraction x = extract(2021, "Police detained Luis Mora at dawn. "
                + "On 9 June, a court sentenced Luis Mora Pinto to one year in prison "
                + "and Luis Mora Soto to two years in prison.");
        assertThat(penalties(x)).containsExactly("Luis Mora Pinto imprisonment P1Y", "Luis Mora Soto imprisonment P2Y");
    }

    @Test
    void aRoleWordThatIsAlsoAGivenNameNamesThePerson() {
        Extraction x = extract(2020, "On 4 March, a military court sentenced Muslim Daudov to twelve years in prison. "
                + "The court also sentenced Kadyrov Muslim Rasulovich to 11 years in a strict-regime colony. "
                + "Officers searched the home of devout Muslim Aziz Karimov in May.");
        assertThat(x.persons()).extracting(Extraction.Person::name)
                .contains("Muslim Daudov", "Muslim Kadyrov", "Aziz Karimov")
                .doesNotContain("Muslim Rasulovich", "Muslim Aziz Karimov");
        assertThat(penalties(x)).contains("Muslim Daudov imprisonment P12Y", "Muslim Kadyrov imprisonment P11Y");
    }

    @Test
    void aBelieverNamedByRoleAndSurnameKeepsTheRole() {
        Extraction x = extract(2020, "On 2 May, a court fined Baptist Igor Petrenko for holding a service. "
                + "Baptist Petrenko said he would appeal.");
        assertThat(x.persons()).extracting(Extraction.Person::name).containsExactly("Igor Petrenko");
    }

    @Test
    void aLifeSentenceUpheldForTheOneNamedAfterItKeepsTheDateItWasImposed() {
        String confirmed = "On 5 December, the Court of Cassation confirmed the life sentence of publisher Ali Jaber.";
        String imposed = "A criminal court had sentenced Jaber to life in prison in May 2021.";
        Extraction x = extract(2023, confirmed + " " + imposed);
        assertThat(penalties(x)).containsExactly("Ali Jaber imprisonment -");
        Extraction.Penalty life = x.sentences().get(0);
        assertThat(life.date()).hasToString("2021-05");
        // shown with the sentence its date comes from, the second one (the two differ in length)
        assertThat(life.evidence().end() - life.evidence().start()).isEqualTo(imposed.length());
        assertThat(x.appeals()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AppealOutcome.DISMISSED);
            assertThat(a.date()).hasToString("2023-12-05");
        });
    }

    private static List<String> dated(Extraction x) {
        return x.sentences().stream().map(s -> nameOf(x, s.person()) + " " + s.kind().code() + " "
                + (s.term() == null ? "-" : s.term().toIso()) + " " + s.date()).toList();
    }

    @Test
    void aSentenceServedOrCompletedIsNotDatedByTheRelease() {
        Extraction x = extract(2022, "Guards released Nina Shaw on 2 August after she completed her three-year sentence.\n\n"
                + "On 4 May, Olaf Brun walked free after serving his full four-year term.");
        assertThat(dated(x)).containsExactly("Nina Shaw imprisonment P3Y null", "Olaf Brun imprisonment P4Y null");
    }

    @Test
    void aBanOnTravelAndProbationAfterATermWithoutThePrisonWord() {
        Extraction x = extract(2022, "On 30 June, the court found Sami Rahal guilty and gave him a year in prison "
                + "and a ban on travel for five years.\n\n"
                + "In September, dissident Tran Thi Lan received a sentence of nine years, to be followed by five years of probation.");
        assertThat(penalties(x)).containsExactly("Sami Rahal imprisonment P1Y", "Sami Rahal restricted_freedom P5Y",
                "Tran Thi Lan imprisonment P9Y", "Tran Thi Lan restricted_freedom P5Y");
    }

    @Test
    void anObjectPronounAfterASemicolonStandsForThePersonBeforeIt() {
        Extraction x = extract(2022, "Police detained Huong Le in 2020; in October a court sentenced her to six years.");
        assertThat(penalties(x)).containsExactly("Huong Le imprisonment P6Y");
        assertThat(x.sentences().get(0).date().month()).isEqualTo(10);
    }

    @Test
    void aBirthYearInBracketsNeitherEndsTheSentenceNorDatesThePenalty() {
        Extraction x = extract(2022, "1. Pham Van Do (b. 1971), a land rights activist, sentenced to 9 years in prison "
                + "and 5 years of house arrest in March 2021.");
        assertThat(dated(x)).containsExactly("Pham Van Do imprisonment P9Y 2021-03", "Pham Van Do restricted_freedom P5Y 2021-03");
    }

    @Test
    void occupationsAndClergyBeforeANameAreRolesNotPartOfTheNameOrAnOffice() {
        Extraction x = extract(2022, "Rapper Tomas Vera got eight months in prison for insulting the police.\n\n"
                + "In May, a court sentenced Sheikh Idris Nasser, a cleric, to ten years in prison.\n\n"
                + "Authorities closed the radio station Zvon Gorodka and the daily Novy Kray.");
        assertThat(subjects(x)).containsExactly("Tomas Vera", "Idris Nasser");
        assertThat(x.persons()).extracting(Extraction.Person::name).doesNotContain("Zvon Gorodka", "Novy Kray");
        assertThat(penalties(x)).containsExactly("Tomas Vera imprisonment P8M", "Idris Nasser imprisonment P10Y");
    }

    @Test
    void theCourtThatUpheldASentenceIsTheAppealsCourtNotTheSentencingCourt() {
        Extraction x = extract(2023, "On 3 May, the Supreme Court upheld the ten-year prison term of journalist Olga Wren.\n\n"
                + "On 5 December, the Court of Cassation confirmed the life sentence of publisher Ali Jaber.");
        assertThat(penalties(x)).containsExactly("Olga Wren imprisonment P10Y", "Ali Jaber imprisonment -");
        assertThat(x.sentences()).extracting(Extraction.Penalty::court).containsOnlyNulls();
        assertThat(x.appeals()).extracting(Extraction.Appeal::court).containsExactly("Supreme Court", "Court of Cassation");
    }
}
