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
        assertThat(ClassDataTraining.train(parent)).as("failed training commands").isZero();
        try (Stream<Path> left = Files.list(parent)) {
            assertThat(left).isEmpty();
        }
    }
}
