package org.casetrack.ui.app;

import java.util.prefs.Preferences;

/** Window size, last page and theme, remembered between runs (java.util.prefs). */
public final class UiPrefs {

    private static final String W = "window.width";
    private static final String H = "window.height";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String MAX = "window.maximized";
    private static final String PAGE = "lastPage";
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";

    private final Preferences node;

    public UiPrefs(Preferences node) {
        this.node = node;
    }

    /** Set (to anything) by tests and "casetrack screenshots": settings then live in memory only. */
    public static final String IN_MEMORY_PROPERTY = "casetrack.settings.inMemory";

    private static final Preferences MEMORY_ROOT = new MemoryPreferences();

    public static Preferences defaultNode() {
        return root().node("org/casetrack/ui");
    }

    /** The user's Java preferences, or an in-memory tree when {@link #IN_MEMORY_PROPERTY} is set. */
    public static Preferences root() {
        return System.getProperty(IN_MEMORY_PROPERTY) != null ? MEMORY_ROOT : Preferences.userRoot();
    }

    public double width() {
        return node.getDouble(W, 1280);
    }

    public double height() {
        return node.getDouble(H, 800);
    }

    public double x() {
        return node.getDouble(X, Double.NaN);
    }

    public double y() {
        return node.getDouble(Y, Double.NaN);
    }

    public boolean maximized() {
        return node.getBoolean(MAX, false);
    }

    public void saveWindow(double x, double y, double w, double h, boolean maximized) {
        node.putBoolean(MAX, maximized);
        if (!maximized) {
            node.putDouble(X, x);
            node.putDouble(Y, y);
            node.putDouble(W, w);
            node.putDouble(H, h);
        }
    }

    public String lastPage(String fallback) {
        return node.get(PAGE, fallback);
    }

    public void saveLastPage(String id) {
        node.put(PAGE, id);
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void saveTheme(Theme t) {
        node.put(THEME, t.name());
    }

    /** The chosen UI language ("en", "ru"), or null to follow the system. */
    public String language() {
        return node.get(LANGUAGE, null);
    }

    public void saveLanguage(String tag) {
        node.put(LANGUAGE, tag);
    }

    /** The database the user opened from the welcome screen, or null: later starts unlock it directly. */
    public java.nio.file.Path lastDatabase() {
        String p = node.get("lastDatabase", null);
        return p == null ? null : java.nio.file.Path.of(p);
    }

    public void saveLastDatabase(java.nio.file.Path path) {
        node.put("lastDatabase", path.toAbsolutePath().toString());
        node.putBoolean("lastWasServer", false);
    }

    /** The server address last connected to (never a password: ServerAddress holds none), or null. */
    public String lastServer() {
        return node.get("lastServer", null);
    }

    /** Remembers a server like a recent file; later starts offer to connect to it again. */
    public void saveLastServer(org.casetrack.store.ServerAddress address) {
        node.put("lastServer", address.toString());
        node.putBoolean("lastWasServer", true);
    }

    /** A file was opened: the next start goes to the file screens again (the server stays remembered). */
    public void markFileLast() {
        node.putBoolean("lastWasServer", false);
    }

    /** True when the last database opened was the remembered server rather than a file. */
    public boolean lastWasServer() {
        return node.getBoolean("lastWasServer", false) && lastServer() != null;
    }

    public void flush() {
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // Preferences are a convenience; losing them is not worth bothering the user.
        }
    }
}
