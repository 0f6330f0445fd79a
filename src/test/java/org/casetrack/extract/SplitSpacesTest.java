package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** NameFinder's hand-written split gives what Pattern "\s+" split gave, empty words included. */
class SplitSpacesTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void splitsLikeThePattern() {
        String[] fixed = {"", " ", "  ", "a", " a", "a ", " a b ", "the  judge,\tX\nY", "\u000Bx\fy\r", "a\u00A0b"};
        for (String s : fixed) {
            assertThat(NameFinder.splitSpaces(s)).as("[" + s + "]").containsExactly(SPACES.split(s));
        }
        Random r = new Random(49);
        String alphabet = "ab ,\t\n\u00A0-";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(NameFinder.splitSpaces(s)).as("[" + s + "]").containsExactly(SPACES.split(s));
        }
    }
}
