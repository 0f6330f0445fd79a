package org.casetrack.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    record Inner(String text, int n) {
    }

    record Outer(String name, List<Inner> parts, List<String> lines) {
    }

    @Test
    void everyBidiControlBecomesAVisibleReplacement() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}) {
            assertThat(SafeText.neutralise("a" + (char) c + "b")).isEqualTo("a\uFFFDb");
        }
        assertThat(SafeText.neutralise("Айгерим Ospanova")).isEqualTo("Айгерим Ospanova");
        assertThat(SafeText.neutralise(null)).isNull();
    }

    @Test
    void jsonKeepsTheCharacterAsAnEscape() {
        assertThat(SafeText.escapeInJson("{\"n\":\"a\u202Eb\"}")).isEqualTo("{\"n\":\"a\\u202eb\"}");
    }

    @Test
    void deepCleansNestedRecordsAndLists() {
        Outer o = new Outer("x\u202Ey", List.of(new Inner("p\u2066q", 3)), List.of("l\u202Bm"));
        Outer c = SafeText.deep(o);
        assertThat(c.name()).isEqualTo("x\uFFFDy");
        assertThat(c.parts().get(0)).isEqualTo(new Inner("p\uFFFDq", 3));
        assertThat(c.lines()).containsExactly("l\uFFFDm");
    }
}
