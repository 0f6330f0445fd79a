package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming writer gives the object mapper's bytes (docs/bench-notes/i13cmd.md). */
class JsonTest {

    @Test
    void plainDocumentsAreWrittenAsTheMapperWritesThem() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("text", "slash / quote \" back \\ tab \t line\nend \u0001 Ünïcødé Алексей 😀 <&>");
        inner.put("none", null);
        inner.put("yes", true);
        inner.put("int", 42);
        inner.put("long", -9_000_000_000L);
        inner.put("money", new BigDecimal("1200.50"));
        inner.put("empty list", List.of());
        inner.put("empty map", Map.of());
        inner.put("nulls", Arrays.asList(null, "x", null));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "casetrack.test/1");
        doc.put("rows", new ArrayList<>(List.of(inner, List.of(List.of(1, 2), Map.of("a", "b")))));
        assertThat(Json.plain(doc)).isTrue();
        assertThat(Json.toText(doc)).isEqualTo(Json.viaMapper(doc)).contains("\"money\" : 1200.50");
    }

    @Test
    void anythingElseGoesThroughTheMapper() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("when", java.time.LocalDate.of(2020, 1, 2));
        doc.put("ratio", 0.25);
        assertThat(Json.plain(doc)).isFalse();
        assertThat(Json.toText(doc)).isEqualTo(Json.viaMapper(doc));
    }
}
