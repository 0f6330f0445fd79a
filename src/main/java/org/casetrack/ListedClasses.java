package org.casetrack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initialising, the classes a resource file lists one a line ({@code #} starts a
 * comment). Used by the window's start-up warm-up (decision 0109) and by the build's class
 * archive training (decision 0117). A name that no longer exists is skipped: both only save time.
 */
public final class ListedClasses {

    private ListedClasses() {
    }

    /** Loads the classes of the resource (an absolute resource path); returns how many were found. */
    public static int load(String resource) {
        ClassLoader loader = ListedClasses.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ListedClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                return 0;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError gone) {
                    // renamed, removed or another JavaFX version: nothing to load
                }
            }
        } catch (IOException e) {
            // an optimisation only: what is needed is loaded when it is used
        }
        return loaded;
    }
}
