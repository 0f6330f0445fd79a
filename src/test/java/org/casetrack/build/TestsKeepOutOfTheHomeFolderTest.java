package org.casetrack.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's home folder and Java preferences are under target/, so that nothing a test
 * runs (JavaFX's native-library cache, PDFBox's font cache, server backups, preferences)
 * lands in the real user's home (pom.xml, surefire argLine).
 */
class TestsKeepOutOfTheHomeFolderTest {

    @Test
    void theHomeFolderAndPreferencesOfTheTestsAreUnderTarget() {
        Path target = Path.of("target").toAbsolutePath().normalize();
        assertThat(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize()).startsWith(target);
        assertThat(Path.of(System.getProperty("java.util.prefs.userRoot")).toAbsolutePath().normalize()).startsWith(target);
    }
}
