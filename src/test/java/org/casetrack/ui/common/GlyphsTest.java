package org.casetrack.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlyphsTest {

    /** SVG path commands this file uses, with numbers between them. */
    private static final Pattern PATH = Pattern.compile("([MVHAZL](\\s*-?[0-9.]+)*\\s*)+");

    @Test
    void theUnlockScreensIconsAreDrawnAndEveryPathIsWellFormed() {
        Map<String, String> paths = Glyphs.load();
        for (String name : new String[] {"lock", "database-plus", "alert-circle"}) {
            assertTrue(Glyphs.has(name), name);
        }
        paths.forEach((name, data) -> assertTrue(PATH.matcher(data).matches(), name + ": " + data));
    }
}
