package org.casetrack.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;

/**
 * The few icons of the unlock and welcome screens as shapes, read from {@code glyphs.txt}.
 * The icon font (ikonli) is loaded only once the main window opens: discovering its handlers
 * and loading the font took about a fifth of a second of the time to the unlock screen.
 * Style classes: {@code glyph} and {@code glyph-NAME}; CSS sets the fill.
 */
public final class Glyphs {

    private static final Map<String, String> PATHS = load();

    private Glyphs() {
    }

    /** A new node drawing the icon called name, 16 px square (the size of the text beside it). */
    public static Node of(String name) {
        return of(name, 16);
    }

    /** A new node drawing the icon called name, size px square; layout sees the scaled size. */
    public static Node of(String name, double size) {
        String data = PATHS.get(name);
        if (data == null) {
            throw new IllegalArgumentException("no glyph called " + name);
        }
        SVGPath path = new SVGPath();
        path.setContent(data);
        path.setFillRule(FillRule.EVEN_ODD);
        path.getStyleClass().addAll("glyph", "glyph-" + name);
        path.setScaleX(size / 24);
        path.setScaleY(size / 24);
        return new Group(path); // a Group's bounds include the scale, so the layout leaves room
    }

    /** Whether an icon called name is drawn here. */
    public static boolean has(String name) {
        return PATHS.containsKey(name);
    }

    static Map<String, String> load() {
        Map<String, String> paths = new HashMap<>();
        try (InputStream in = Glyphs.class.getResourceAsStream("/org/casetrack/ui/glyphs/glyphs.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+", 2);
                paths.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }
}
