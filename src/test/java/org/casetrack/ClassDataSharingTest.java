package org.casetrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the jar starts a second JVM with its class archive, and with which arguments (decision 0117). */
class ClassDataSharingTest {

    @TempDir
    Path dir;

    private Path jarWithArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("casetrack.jar"), "jar");
        Path jsa = Files.writeString(dir.resolve("casetrack.jsa"), "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.parse("2026-12-01T10:00:05Z")));
        return jar;
    }

    private static Optional<List<String>> child(Path jar, List<String> javaArgs, String setting, String... app) {
        return ClassDataSharing.childCommand(jar.toString(), "/opt/jdk/bin/java", javaArgs, setting, app);
    }

    @Test
    void javaJarKeepsTheUsersOptionsAndArgumentsAndAddsTheArchive() throws Exception {
        Path jar = jarWithArchive();
        List<String> cmd = child(jar, List.of("-Xmx256m", "-Dx=a b", "--add-opens", "javafx.graphics/javafx.scene=ALL-UNNAMED",
                "-jar", jar.toString(), "persons", "--json"), null, "persons", "--json").orElseThrow();
        assertThat(cmd).containsExactly("/opt/jdk/bin/java", "-Xmx256m", "-Dx=a b", "--add-opens",
                "javafx.graphics/javafx.scene=ALL-UNNAMED", "-XX:SharedArchiveFile=" + dir.resolve("casetrack.jsa"), "-Xshare:auto",
                "-Xlog:cds=off,cds+dynamic=off,class+path=off", "-Dcasetrack.cds.child=true", "-cp", jar.toString(),
                "org.casetrack.Launcher", "persons", "--json");
    }

    @Test
    void classPathLaunchDropsTheOldClassPathAndMainClass() throws Exception {
        Path jar = jarWithArchive();
        List<String> cmd = child(jar, List.of("-cp", "casetrack.jar", "-Xss2m", "org.casetrack.Launcher", "--version"), null,
                "--version").orElseThrow();
        assertThat(cmd).containsSubsequence("/opt/jdk/bin/java", "-Xss2m", "-cp", jar.toString(), "org.casetrack.Launcher", "--version");
        assertThat(cmd).filteredOn("casetrack.jar"::equals).isEmpty();
        assertThat(cmd).filteredOn("org.casetrack.Launcher"::equals).hasSize(1);
    }

    @Test
    void noArchiveOrAnOlderOneMeansNoSecondJvm() throws Exception {
        Path jar = jarWithArchive();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-02T10:00:00Z"))); // rebuilt after the archive
        assertThat(child(jar, List.of("-jar", jar.toString()), null)).isEmpty();
        Files.delete(dir.resolve("casetrack.jsa"));
        assertThat(child(jar, List.of("-jar", jar.toString()), null)).isEmpty();
    }

    @Test
    void switchedOffOrChosenByTheUserMeansNoSecondJvm() throws Exception {
        Path jar = jarWithArchive();
        assertThat(child(jar, List.of("-jar", jar.toString()), "off")).isEmpty();
        assertThat(child(jar, List.of("-jar", jar.toString()), "OFF")).isEmpty();
        assertThat(child(jar, List.of("-XX:SharedArchiveFile=/tmp/mine.jsa", "-jar", jar.toString()), null)).isEmpty();
        assertThat(child(jar, List.of("-Xshare:off", "-jar", jar.toString()), null)).isEmpty();
        assertThat(child(jar, List.of("-XX:ArchiveClassesAtExit=/tmp/x.jsa", "-jar", jar.toString()), null)).isEmpty();
        assertThat(child(jar, List.of("-jar", jar.toString()), "on")).isPresent();
    }

    @Test
    void classFoldersOrSeveralEntriesOrAnUnknownCommandLineMeanNoSecondJvm() throws Exception {
        Path jar = jarWithArchive();
        assertThat(ClassDataSharing.childCommand(dir.toString(), "/opt/jdk/bin/java", List.of(), null, new String[0])).isEmpty();
        assertThat(ClassDataSharing.childCommand(jar + java.io.File.pathSeparator + dir, "/opt/jdk/bin/java", List.of(), null,
                new String[0])).isEmpty();
        assertThat(ClassDataSharing.childCommand(jar.toString(), null, List.of(), null, new String[0])).isEmpty();
        assertThat(ClassDataSharing.childCommand(jar.toString(), "/opt/jdk/bin/java", null, null, new String[0])).isEmpty();
    }

    @Test
    void thePackagedAppsOwnLauncherIsNeverAskedToStartASecondJvm() throws Exception {
        Path jar = jarWithArchive();
        assertThat(ClassDataSharing.childCommand(jar.toString(), "/opt/casetrack/bin/CaseTrack", List.of(), null, new String[0]))
                .isEmpty();
        assertThat(ClassDataSharing.childCommand(jar.toString(), "/c/jdk/bin/java.exe", List.of("-jar", "x"),
                null, new String[0])).isPresent();
    }

    @Test
    void otherMainClassesOfTheJarGetTheSameArchiveOptions() throws Exception {
        Path jar = jarWithArchive();
        assertThat(ClassDataSharing.archiveOptions(jar.toString())).containsExactly(
                "-XX:SharedArchiveFile=" + dir.resolve("casetrack.jsa"), "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off,class+path=off");
        assertThat(ClassDataSharing.archiveOptions(dir.toString())).isEmpty();
    }

    @Test
    void theArchiveSitsBesideTheJarUnderItsName() {
        assertThat(ClassDataSharing.archiveFor(Path.of("/opt/app/casetrack.jar"))).isEqualTo(Path.of("/opt/app/casetrack.jsa"));
    }
}
