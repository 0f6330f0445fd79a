package org.casetrack.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tells cheaply whether a database already has every migration this build carries, so
 * that opening an up-to-date database skips Flyway's start-up (about a second of class
 * loading on a small laptop). Any doubt answers "not known" and Flyway decides.
 */
final class MigrationScan {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private MigrationScan() {
    }

    static Optional<Set<String>> available() {
        return available(Database.MIGRATIONS);
    }

    /** The versions of the migrations in the given classpath: locations, or empty if they cannot be listed. */
    static Optional<Set<String>> available(java.util.List<String> locations) {
        Set<String> versions = new HashSet<>();
        for (String location : locations) {
            if (!location.startsWith("classpath:") || !addFolder(versions, location.substring("classpath:".length()))) {
                return Optional.empty();
            }
        }
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
    }

    private static boolean addFolder(Set<String> versions, String folder) {
        URL url = MigrationScan.class.getClassLoader().getResource(folder);
        if (url == null) {
            return false;
        }
        try {
            if ("file".equals(url.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(f -> add(versions, f.getFileName().toString()));
                }
            } else if ("jar".equals(url.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                            add(versions, name.substring(folder.length() + 1));
                        }
                    }
                }
            } else {
                return false;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return false;
        }
        return true;
    }

    private static void add(Set<String> versions, String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        if (m.matches()) {
            versions.add(m.group(1).replace('_', '.'));
        }
    }

    /** True only when the database has applied exactly the available migrations, all successfully. */
    static boolean upToDate(Connection c, Set<String> available) {
        Set<String> applied = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(available);
    }
}
