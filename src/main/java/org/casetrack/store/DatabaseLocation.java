package org.casetrack.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives: {@code --db PATH}, else {@code CASETRACK_DB}, else the
 * operating system's per-user data folder (XDG on Linux, Application Support on macOS,
 * %APPDATA% on Windows).
 */
public final class DatabaseLocation {

    /** H2 appends this to the base name it is given. */
    public static final String H2_SUFFIX = ".mv.db";
    static final String BASE_NAME = "casetrack";

    private DatabaseLocation() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath();
        }
        String fromEnv = env.get("CASETRACK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultFolder(env, osName, home).resolve(BASE_NAME + H2_SUFFIX);
    }

    /** The per-user data folder for this system (where the default database and the error log live). */
    public static Path defaultFolder() {
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path defaultFolder(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("CaseTrack");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "CaseTrack");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("casetrack");
    }

    /** The file H2 writes for a user-given path, which may or may not end in ".mv.db". */
    /** Whether the database file for path exists (without loading the database classes). */
    public static boolean exists(Path path) {
        return java.nio.file.Files.isRegularFile(dataFile(path));
    }

    public static Path dataFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? path : path.resolveSibling(name + H2_SUFFIX);
    }

    /** The base name H2's URL wants: the path without ".mv.db". */
    static String urlBase(Path path) {
        String s = dataFile(path).toAbsolutePath().toString();
        return s.substring(0, s.length() - H2_SUFFIX.length());
    }
}
