package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** `casetrack` without a command, where there is no display: one sentence, exit 1, nothing written. */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {

    @TempDir
    Path home;

    @Test
    void theWindowWithoutADisplayIsOneSentenceNotAnUnexpectedError() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djava.util.prefs.userRoot=" + home.resolve("prefs"),
                "-cp", System.getProperty("java.class.path"), "org.casetrack.Launcher");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).isEqualTo(1);
        // before: "Unexpected error; nothing was changed. Please report what you did…"
        assertThat(out.lines().toList()).isEqualTo(List.of(
                "The window needs a graphical desktop, and none was found (no display); every command works without one: see casetrack --help."));
        assertThat(home.resolve("data")).doesNotExist();
    }
}
