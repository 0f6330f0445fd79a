package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small pieces behind the fault suite: error sentences and key renumbering. */
class UnitSafetyTest {

    @Test
    void databaseErrorsNameTheColumnNeverTheValue() {
        var e = new SQLException("Value too long for column \"PLACE_OF_DETENTION CHARACTER VARYING(500)\": \"'secret value' (3000)\"; SQL statement: INSERT ...",
                "22001", 22001);
        String m = UserError.messageFor(new RuntimeException(e));
        assertThat(m).isEqualTo("A value is too long for the place of detention; nothing was changed.");
        assertThat(UserError.exitCodeFor(new RuntimeException(e))).isEqualTo(2);
    }

    @Test
    void unexpectedErrorsShowNoLibraryText() {
        assertThat(UserError.messageFor(new NullPointerException("Cannot invoke \"org.casetrack.dataset.DataSet.format()\"")))
                .startsWith("Unexpected error; nothing was changed.");
        assertThat(UserError.messageFor(new IllegalArgumentException("A rule needs a period."))).isEqualTo("A rule needs a period.");
        assertThat(UserError.messageFor(new IllegalArgumentException("java.lang.Foo failed"))).startsWith("Unexpected error");
    }

    @Test
    void scheduleKeysFollowTheirFactsOrAreDropped() {
        Map<String, Map<Integer, Integer>> moves = Map.of("sentence", Map.of(0, 0, 2, 1), "event", Map.of());
        assertThat(ConfidentialFilter.renumber("sentence:#2:appeal_deadline", moves, Set.of())).isEqualTo("sentence:#1:appeal_deadline");
        assertThat(ConfidentialFilter.renumber("sentence:#1", moves, Set.of())).isNull();
        assertThat(ConfidentialFilter.renumber("person:@hidden:release", moves, Set.of("hidden"))).isNull();
        assertThat(ConfidentialFilter.renumber("person:@open:release", moves, Set.of("hidden"))).isEqualTo("person:@open:release");
    }
}
