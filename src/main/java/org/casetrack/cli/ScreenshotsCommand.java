package org.casetrack.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casetrack.store.Database;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.UserFacingException;
import org.casetrack.ui.screenshots.ScreenshotRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Renders every main view into PNGs; headless when there is no display. The rendering lives in ui. */
@Command(name = "screenshots", description = "Render each main view with the database's data into PNG files.")
public final class ScreenshotsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "Window size (default ${DEFAULT-VALUE}).")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String[] wh = size.toLowerCase().split("x");
        if (wh.length != 2 || !wh[0].matches("\\d{3,4}") || !wh[1].matches("\\d{3,4}")) {
            throw new UserError("The size must look like 1280x800.");
        }
        try (Database d = db.open()) {
            ScreenshotRenderer.configureHeadlessIfNeeded();
            ScreenshotRenderer.startToolkit();
            List<Path> files = ScreenshotRenderer.render(d, out, dark ? Theme.DARK : Theme.LIGHT,
                    Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
            spec.commandLine().getOut().println("Wrote " + files.size() + " screenshots to " + out.toAbsolutePath() + ":");
            files.forEach(f -> spec.commandLine().getOut().println("  " + f.getFileName()));
        } catch (UserFacingException e) {
            throw new UserError(e.getMessage());
        } finally {
            ScreenshotRenderer.stopToolkit();
        }
        return 0;
    }
}
