package org.casetrack.ui.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.casetrack.store.DatabaseLocation;

/**
 * Keeps the technical trace of an unexpected error, which the dialog does not show, in
 * {@code casetrack-errors.log} in the user's data folder, for a bug report. Only exception
 * classes and code locations are written, never messages: a message can quote case data
 * (a name in a failed statement).
 */
public final class ErrorLog {

    /** Tests point the log elsewhere so that they leave the home folder alone. */
    public static final String DIR_PROPERTY = "casetrack.logDir";
    static final String FILE_NAME = "casetrack-errors.log";
    private static final long MAX_BYTES = 1_000_000;

    private ErrorLog() {
    }

    public static Path file() {
        String dir = System.getProperty(DIR_PROPERTY);
        return (dir != null ? Path.of(dir) : DatabaseLocation.defaultFolder()).resolve(FILE_NAME);
    }

    /** Appends the trace; never throws (logging must not turn one error into two). */
    public static void record(Throwable t) {
        try {
            Path f = file();
            Files.createDirectories(f.getParent());
            if (Files.exists(f) && Files.size(f) > MAX_BYTES) {
                Files.delete(f); // keep it small: the newest errors are the useful ones
            }
            Files.writeString(f, Instant.now() + " " + trace(t), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            try {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions apply
            }
        } catch (IOException | RuntimeException e) {
            // nothing more we can do
        }
    }

    /** The stack trace with every message left out. */
    static String trace(Throwable t) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        String prefix = "";
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            out.println(prefix + c.getClass().getName());
            for (StackTraceElement e : c.getStackTrace()) {
                out.println("\tat " + e);
            }
            prefix = "Caused by: ";
        }
        out.flush();
        return sw.toString();
    }
}
