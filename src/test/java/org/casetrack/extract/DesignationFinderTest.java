package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casetrack.extract.read.ReportText;
import org.junit.jupiter.api.Test;

/** Designations read from sentences written for this test (invented people and places). */
class DesignationFinderTest {

    /** "name | kind | by | list | date" of every designation found. */
    private static List<String> designations(Extraction x) {
        Map<String, String> names = x.persons().stream().collect(Collectors.toMap(Extraction.Person::id, Extraction.Person::name));
        return x.designations().stream().map(d -> names.get(d.person()) + " | " + d.kind().code() + " | " + d.designatedBy()
                + " | " + (d.listName() == null ? "-" : d.listName()) + " | " + (d.date() == null ? "-" : d.date().toIso())).toList();
    }

    private static List<String> read(String body) {
        return designations(TestReports.extract(2030, body));
    }

    /** A report whose publisher is not a designating body and is not named in it. */
    private static List<String> readFrom(String publisher, String body) {
        String text = "Testland news digest\n\n" + body;
        return designations(ReportExtractor.extract(new ReportText(text, "text", List.of(), 0, text.length(), "Digest",
                publisher, "Testland", 2030)));
    }

    @Test
    void passiveWithTheBodyAfterBy() {
        assertThat(read("In May 2030 the journalist Arman Tulegenov was recognised as a prisoner of conscience by "
                + "Amnesty International after his second arrest in Northtown."))
                .containsExactly("Arman Tulegenov | prisoner_of_conscience | Amnesty International | - | 2030-05");
    }

    @Test
    void activeWithAPronounAndADayGiven() {
        List<String> found = read("Blogger Dilnoza Rakhimova was detained in Riverside on 3 March 2030. On 12 April 2030, "
                + "the Viasna Human Rights Centre declared her a political prisoner.");
        assertThat(found).containsExactly("Dilnoza Rakhimova | political_prisoner | Viasna Human Rights Centre | - | 2030-04-12");
    }

    @Test
    void twoPeopleNamedTogetherAreBothDesignated() {
        assertThat(read("Memorial named the activists Timur Sadykov and Olga Lebedeva political prisoners in 2029."))
                .containsExactlyInAnyOrder(
                        "Timur Sadykov | political_prisoner | Memorial Human Rights Centre | - | 2029",
                        "Olga Lebedeva | political_prisoner | Memorial Human Rights Centre | - | 2029");
    }

    @Test
    void aListKeepsItsNameAndTheSentenceWithoutADateGivesNone() {
        assertThat(read("Blogger Rustam Nurmatov, who was jailed for his posts, was added by Viasna to its list of "
                + "political prisoners."))
                .containsExactly("Rustam Nurmatov | political_prisoner | Viasna Human Rights Centre | the list of political prisoners | -");
    }

    @Test
    void aBodyNotOnTheListIsTakenAsWrittenAfterBy() {
        assertThat(read("Trade union leader Pavel Voronin was declared a prisoner of conscience by the Testland Helsinki "
                + "Committee in June 2030 while he was held in Eastport."))
                .containsExactly("Pavel Voronin | prisoner_of_conscience | Testland Helsinki Committee | - | 2030-06");
    }

    @Test
    void aDenialIsNoDesignation() {
        assertThat(read("Aigerim Iskakova, who was arrested at a picket, was not recognised as a political prisoner by "
                + "Memorial, which found that she had called for violence.")).isEmpty();
    }

    @Test
    void talkOfPoliticalPrisonersInGeneralNamesNoOne() {
        assertThat(read("Amnesty International considers all those held for the protests in Hillford prisoners of conscience. "
                + "Farid Aliyev was sentenced to five years in prison in July.")).isEmpty();
    }

    @Test
    void theLabelAsATitleIsThePublishersDesignationWithoutADate() {
        assertThat(read("Prisoner of conscience Zarina Zhumabaeva was transferred to a prison colony in Westgate in "
                + "August 2030."))
                .containsExactly("Zarina Zhumabaeva | prisoner_of_conscience | Amnesty International | - | -");
    }

    @Test
    void aTitleInAReportOfAnUnknownPublisherIsOfferedButNotProposed() {
        Extraction x = ReportExtractor.extract(new ReportText("Political prisoner Ilya Orlov went on hunger strike in May 2030.",
                "text", List.of(), 0, 60, "Digest", "Testland Weekly", "Testland", 2030));
        assertThat(x.designations()).hasSize(1);
        assertThat(x.designations().get(0).designatedBy()).isEqualTo("Testland Weekly");
        assertThat(x.designations().get(0).basis().proposed()).isFalse();
    }

    @Test
    void withoutAPublisherTheReportsTitleStandsForTheDesignatorAndNothingIsProposed() {
        assertThat(readFrom(null, "Political prisoner Ilya Orlov went on hunger strike in May 2030."))
                .containsExactly("Ilya Orlov | political_prisoner | Digest | - | -");
        String text = "Testland news digest\n\nPolitical prisoner Ilya Orlov went on hunger strike in May 2030.";
        Extraction x = ReportExtractor.extract(new ReportText(text, "text", List.of(), 0, text.length(), "Digest", null, "Testland", 2030));
        assertThat(x.designations()).singleElement().satisfies(d -> assertThat(d.basis().proposed()).isFalse());
        // a named body needs no publisher
        assertThat(readFrom(null, "Ilya Orlov was recognised as a prisoner of conscience by Amnesty International."))
                .containsExactly("Ilya Orlov | prisoner_of_conscience | Amnesty International | - | -");
        Extraction none = ReportExtractor.extract(new ReportText(text, "text", List.of(), 0, text.length(), null, null, "Testland", 2030));
        assertThat(none.designations()).isEmpty();
    }

    @Test
    void aRepeatedDesignationIsOneAndTakesTheDatedStatement() {
        Extraction x = TestReports.extract(2030, "Amnesty International recognised Sanjar Karimbekov as a prisoner of "
                + "conscience.\n\nIn its appeal of 9 October 2030, Amnesty International again declared Sanjar Karimbekov a "
                + "prisoner of conscience and called for his release.");
        assertThat(designations(x)).containsExactly(
                "Sanjar Karimbekov | prisoner_of_conscience | Amnesty International | - | 2030-10-09");
        Span e = x.designations().get(0).evidence();
        assertThat(x.document()).isNotNull();
        assertThat(e.length()).isPositive();
    }

    @Test
    void theJsonCarriesDesignationsAfterTheContractsKeys() {
        Extraction x = TestReports.extract(2030, "Gulnara Khodjaeva was named a political prisoner by Memorial in 2030.");
        String json = ExtractionJson.write(x);
        assertThat(json).contains("\"designations\": [")
                .contains("\"kind\": \"political_prisoner\", \"designated_by\": \"Memorial Human Rights Centre\", "
                        + "\"list\": null, \"date\": \"2030\"");
        assertThat(json.indexOf("\"designations\"")).isGreaterThan(json.indexOf("\"events\""));
    }
}
