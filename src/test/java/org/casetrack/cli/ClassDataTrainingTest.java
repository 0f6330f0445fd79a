package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's training run must keep working as commands change, and leave nothing behind (decision 0117). */
class ClassDataTrainingTest {

    @Test
    void everyTrainingCommandSucceedsAndItsFolderIsRemoved(@TempDir Path parent) throws Exception {
        assertThat(ClassDataTraining.train(parent, false)).as("failed training commands").isEmpty();
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void mostOfTheListedWindowClassesStillExist() throws Exception {
        // a list far out of date would quietly leave the window's classes out of the archive
        long listed = new String(ClassDataTraining.class.getResourceAsStream("window-classes.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertThat(listed).isGreaterThan(1000);
        assertThat(ClassDataTraining.loadWindowClasses()).isGreaterThan((int) (listed * 0.9));
    }
}
