package org.casetrack.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleKeysTest {

    @Test
    void idsBecomePositionsAndKeysAndComeBackAsNewIds() {
        String db = "hearing:appeal:41:person:7";
        String file = ScheduleKeys.toFile(db, Map.of("appeal", Map.of(41L, 2)), Map.of(7L, "dana-orlova"));
        assertThat(file).isEqualTo("hearing:appeal:#2:person:@dana-orlova");
        String back = ScheduleKeys.fromFile(file, Map.of("appeal", List.of(100L, 101L, 102L)), Map.of("dana-orlova", 9L));
        assertThat(back).isEqualTo("hearing:appeal:102:person:9");
    }

    @Test
    void unknownIdsStayAndUnknownReferencesAreDropped() {
        assertThat(ScheduleKeys.toFile("release:sentence:5:rule-x", Map.of(), Map.of())).isEqualTo("release:sentence:5:rule-x");
        assertThat(ScheduleKeys.fromFile("release:sentence:#9:rule-x", Map.of("sentence", List.of(1L)), Map.of())).isNull();
        assertThat(ScheduleKeys.fromFile("user:#0", Map.of("user", List.of(12L)), Map.of())).isEqualTo("user:12");
    }
}
