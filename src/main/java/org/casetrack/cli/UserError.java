package org.casetrack.cli;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.store.StoreException;

/**
 * A failure the user caused or can fix, reported as one plain sentence with exit code 2.
 * Anything else is a bug: still one sentence, exit code 1, and no stack trace. No message
 * names a Java class or quotes SQL: a database error is reported by what it means, never
 * by H2's text, which echoes the values of the statement (docs/decisions/0053-error-sentences.md).
 */
public final class UserError extends RuntimeException {

    private static final Pattern COLUMN = Pattern.compile("column \"?\"?([A-Za-z_]+)\"?[ \"]");

    public UserError(String message) {
        super(message);
    }

    static String messageFor(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UserError || c instanceof StoreException) {
                return oneLine(c.getMessage());
            }
        }
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql) {
                String m = database(sql);
                if (m != null) {
                    return m;
                }
            }
        }
        if ((ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) && plain(ex.getMessage())) {
            return ex.getMessage();
        }
        return "Unexpected error; nothing was changed. Please report what you did (the command, not your data).";
    }

    /** A service's own sentence may be shown; anything that looks like a library's text is not. */
    static boolean plain(String m) {
        return m != null && !m.isBlank() && m.length() <= 300 && !m.contains("\n") && !m.contains("\r")
                && !m.matches("(?s).*(java\\.|javax\\.|org\\.|com\\.|Exception|SQL|\\[\\d{5}-\\d+]).*")
                && Character.isUpperCase(m.charAt(0));
    }

    /** A sentence for the SQL errors bad input can cause, or null. */
    static String database(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String field = field(e.getMessage());
        if (state.equals("22001")) {
            return "A value is too long" + (field == null ? "" : " for the " + field) + "; nothing was changed.";
        }
        if (state.equals("22003")) {
            return "A number is out of range" + (field == null ? "" : " for the " + field) + "; nothing was changed.";
        }
        if (state.equals("22007") || state.equals("22008")) {
            return "A date is out of range or not a real date; nothing was changed.";
        }
        if (state.startsWith("23")) {
            return "The data contradicts what the database already holds (a duplicate or a missing link); nothing was changed.";
        }
        if (state.startsWith("22")) {
            return "A value is not valid for the database; nothing was changed.";
        }
        return null;
    }

    /** The column's name from H2's message, as plain words ("place of detention"); only the name, never the value. */
    static String field(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = COLUMN.matcher(message);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replace('_', ' ') : null;
    }

    private static String oneLine(String s) {
        return s == null ? "Unexpected error; nothing was changed." : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static int exitCodeFor(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StoreException || c instanceof UserError) {
                return 2;
            }
        }
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && database(sql) != null) {
                return 2;
            }
        }
        return 1;
    }
}
