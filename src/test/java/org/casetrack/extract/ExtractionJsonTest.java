package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ExtractionJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theShapeFollowsTheContract() {
        Extraction x = TestReports.extract(2017, "On 13 April, the Supreme Court rejected the appeal of journalist "
                + "Vera \"Quote\" Lind against her three-year prison sentence. In June, the UN Committee against Torture "
                + "decided Vera Lind had been ill-treated. On 2 May, police arrested Vera Lind.");
        JsonNode root = mapper.readTree(ExtractionJson.write(x));
        assertThat(names(root)).containsExactly("schema", "document", "persons", "sentences", "appeals", "un_rulings", "events", "designations");
        assertThat(root.get("schema").asString()).isEqualTo("casetrack.extract/1");
        assertThat(names(root.get("document"))).containsExactly("title", "publisher", "country", "period_year", "format", "chars");
        assertThat(root.get("document").get("period_year").asInt()).isEqualTo(2017);

        JsonNode person = root.get("persons").get(0);
        assertThat(names(person)).containsExactly("id", "name", "variants", "subject", "roles", "mentions");
        assertThat(person.get("id").asString()).isEqualTo("p1");
        assertThat(person.get("roles").get(0).asString()).isEqualTo("journalist");
        assertThat(names(person.get("mentions").get(0))).containsExactly("start", "end");

        JsonNode sentence = root.get("sentences").get(0);
        assertThat(names(sentence)).containsExactly("person", "kind", "term", "date", "court", "charges", "evidence");
        assertThat(sentence.get("term").asString()).isEqualTo("P3Y");
        assertThat(sentence.get("date").isNull()).isTrue();

        JsonNode appeal = root.get("appeals").get(0);
        assertThat(names(appeal)).containsExactly("persons", "date", "court", "outcome", "evidence");
        assertThat(appeal.get("outcome").asString()).isEqualTo("dismissed");
        assertThat(appeal.get("date").asString()).isEqualTo("2017-04-13");

        JsonNode ruling = root.get("un_rulings").get(0);
        assertThat(names(ruling)).containsExactly("person", "body", "date", "finding", "evidence");
        assertThat(ruling.get("body").asString()).isEqualTo("CAT");

        JsonNode event = root.get("events").get(0);
        assertThat(names(event)).containsExactly("persons", "type", "date", "summary", "evidence");
    }

    @Test
    void stringsAreEscaped() {
        Extraction.DocumentInfo d = new Extraction.DocumentInfo("A \"quoted\"\ttitle\\ with\nbreak \u0001", null, null, null, "text", 0);
        Extraction x = new Extraction(d, List.of(), List.of(), List.of(), List.of(), List.of());
        JsonNode root = mapper.readTree(ExtractionJson.write(x));
        assertThat(root.get("document").get("title").asString()).isEqualTo("A \"quoted\"\ttitle\\ with\nbreak \u0001");
        assertThat(root.get("document").get("publisher").isNull()).isTrue();
        assertThat(root.get("persons").isArray()).isTrue();
    }

    private static List<String> names(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
