package org.casetrack.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    @Test
    void everyListedClassExistsSoTheListDoesNotRotUnnoticed() throws IOException {
        long listed;
        try (InputStream in = StartupWarmup.class.getResourceAsStream("/org/casetrack/ui/startup-classes.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        }
        assertEquals(listed, StartupWarmup.loadListedClasses());
    }
}
