package org.casetrack.ui.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.casetrack.store.Database;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

class ScreenshotRendererTest extends FxTest {

    @Test
    void writesOneNamedPngPerView() throws Exception {
        Path out = dir.resolve("shots");
        try (Database d = TestDatabases.sample(dir, "shots")) {
            List<Path> files = ScreenshotRenderer.render(d, out, Theme.LIGHT, 1024, 700);
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                    "people.png", "person.png", "cases.png", "case.png", "timeline.png", "upcoming.png", "sources.png", "import.png", "settings.png",
                    "unlock.png", "person-form.png", "search.png");
            for (Path f : files) {
                BufferedImage img = ImageIO.read(f.toFile());
                assertThat(img.getWidth()).isEqualTo(1024);
                assertThat(img.getHeight()).isEqualTo(700);
                assertThat(Files.size(f)).isGreaterThan(5_000);
            }
        }
    }
}
