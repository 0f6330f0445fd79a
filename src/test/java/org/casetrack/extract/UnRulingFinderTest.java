package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.casetrack.extract.read.ReportText;
import org.junit.jupiter.api.Test;

class UnRulingFinderTest {

    /** "name BODY date" of every UN ruling found. */
    private static java.util.List<String> rulings(String text) {
        Extraction x = ReportExtractor.extract(ReportText.ofText(text));
        Map<String, String> names = x.persons().stream().collect(Collectors.toMap(Extraction.Person::id, Extraction.Person::name));
        return x.unRulings().stream()
                .map(r -> names.get(r.person()) + " " + r.body() + " " + (r.date() == null ? "-" : r.date().toIso())).toList();
    }

    @Test
    void theHeaderBlockOfViewsNamesTheComplainantAndTheDate() {
        String text = "United Nations\n\nCCPR/C/140/D/9999/2020\n\nHuman Rights Committee\n\n"
                + "Views adopted by the Committee (article 5 (4), Optional Protocol) on communication No. 9999/2020\n\n"
                + "Communication submitted by: Dana Orlova (represented by counsel)\n\nAlleged victim: Ms. Orlova herself\n\n"
                + "State party: Testland\n\nDate of communication: 2 May 2019 (initial submission)\n\n"
                + "Date of adoption of Views: 14 March 2024\n\nSubject matter: Detention for a peaceful picket\n\n"
                + "1. The author of the communication is Dana Orlova, a national of Testland. She claims that the State party "
                + "violated her rights under article 19 of the Covenant. On 3 June 2018 she was detained by the police and fined.\n";
        assertThat(rulings(text)).containsExactly("Dana Orlova HRC 2024-03-14");
    }

    @Test
    void anOpinionConcerningSeveralPeopleIsARulingForEach() {
        String text = "Geneva rights group news.\n\nThe League urges Testland to implement the Working Group on Arbitrary "
                + "Detention Opinion No. 12/2023 concerning Ivo Lind, Marta Kessler and Otto Brandt, asking the government "
                + "to release them at once and to grant them compensation.\n\n"
                + "All three were arrested in 2021 and held without trial for two years in the capital.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD 2023", "Marta Kessler WGAD 2023", "Otto Brandt WGAD 2023");
    }

    @Test
    void aGroupRulingContinuedByAListAndNoOneOutsideTheList() {
        String text = "PARIS, 7 September 2015 - The UN Working Group on Arbitrary Detention has found that several "
                + "Testland dissidents are detained in violation of international law. They include blogger Ivo Lind, "
                + "writer Marta Kessler and Otto Brandt. The UN Human Rights Committee found that Dana Orlova's right to "
                + "assembly had been violated when she protested against the prosecution of lawyer Pavel Sokol.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD 2015-09-07", "Marta Kessler WGAD 2015-09-07",
                "Otto Brandt WGAD 2015-09-07", "Dana Orlova HRC -"); // its own sentence gives no date
    }

    @Test
    void anOpinionNumberHeadingAPressReleaseIsReadSentenceBySentence() {
        String text = "Opinion No. 41/2019 (Testland)\n\nThe Testland Rights League welcomed the decision of the UN Working "
                + "Group on Arbitrary Detention concerning Ivo Lind and Marta Kessler, which found their detention arbitrary.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD 2019", "Marta Kessler WGAD 2019");
    }

    @Test
    void aRulingParagraphAfterTheParagraphNamingThePeople() {
        String text = "Campaign news.\n\nThe two editors, Ivo Lind and Otto Brandt, were detained in 2020 in the capital.\n\n"
                + "The UN Working Group on Arbitrary Detention found in its Opinion No. 7/2022 that their detention was arbitrary.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD 2022", "Otto Brandt WGAD 2022");
    }

    @Test
    void aGroupNamedInTheNextSentenceAndAReleaseUrgedByTheGroup() {
        String text = "Campaign news.\n\nThe UN Working Group on Arbitrary Detention concluded that the detention of three "
                + "farmers was arbitrary. The three farmers are Ivo Lind, Marta Kessler and Otto Brandt.\n\n"
                + "Dana Orlova was jailed in 2019. The UN working group later urged Testland to release her.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD -", "Marta Kessler WGAD -", "Otto Brandt WGAD -",
                "Dana Orlova WGAD -"); // "jailed in 2019" dates the jailing, not the ruling
    }

    @Test
    void appositionsInTheListOfPeopleAndTheAdoptionDateOfTheOpinion() {
        String text = "Campaign news.\n\nIn its Opinion No. 19/2014, adopted on 30 April 2014, the UN Working Group on "
                + "Arbitrary Detention found that the detention of Ivo Lind, a lawyer of the city bar, Marta Kessler, an engineer, "
                + "Otto Brandt, a farmer who ran a cooperative, and Dana Orlova was arbitrary.\n";
        assertThat(rulings(text)).containsExactlyInAnyOrder("Ivo Lind WGAD 2014-04-30", "Marta Kessler WGAD 2014-04-30",
                "Otto Brandt WGAD 2014-04-30", "Dana Orlova WGAD 2014-04-30");
    }

    @Test
    void theLawyerWhoRepresentsTheComplainantIsNoComplainant() {
        String text = "United Nations\n\nHuman Rights Committee\n\n"
                + "Views adopted by the Committee (Optional Protocol, art. 5 (4)) on communication No. 9998/2019\n\n"
                + "Communication submitted by: Dana Orlova (represented by counsel, Pavel Sokol)\n\nAlleged victim: Ms. Orlova herself\n\n"
                + "State party: Testland\n\nDate of adoption of Views: 22 July 2021\n\n"
                + "1. The author of the communication is Dana Orlova, a national of Testland born in 1975.\n\n"
                + "8. The Committee is of the view that the facts before it disclose a violation of article 19 of the Covenant.\n";
        assertThat(rulings(text)).containsExactly("Dana Orlova HRC 2021-07-22");
    }

    @Test
    void aWorkingGroupOpinionIsDatedByItsAdoptedFooter() {
        String text = "Working Group on Arbitrary Detention\n\nOpinions adopted by the Working Group on Arbitrary Detention "
                + "at its ninety-first session\n\nOpinion No. 33/2021 concerning Ivo Lind (Testland)\n\n"
                + "1. The Working Group transmitted a communication concerning Ivo Lind to the Government of Testland.\n\n"
                + "4. The Working Group renders the following opinion: the deprivation of liberty of Ivo Lind, being in contravention of article 9 of the Universal Declaration "
                + "of Human Rights, is arbitrary.\n\n[Adopted on 8 September 2021]\n";
        assertThat(rulings(text)).containsExactly("Ivo Lind WGAD 2021-09-08");
    }
}
