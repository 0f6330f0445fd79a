package org.casetrack.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a window which tables other users changed on the server, within about a second of
 * their commit (LISTEN/NOTIFY; the audit trigger notifies). One daemon thread holds its own
 * connection; a lost connection is retried every few seconds. The listener gets the set of
 * changed table names and decides itself what to reload: forms being edited are left alone.
 */
public final class ServerChanges implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;

    private ServerChanges(Database db, Consumer<Set<String>> listener) {
        this.thread = new Thread(() -> loop(db, listener), "casetrack-server-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts listening; returns null for a file database, which only this process changes. */
    public static ServerChanges watch(Database db, Consumer<Set<String>> listener) {
        return db.dialect() == Database.Dialect.POSTGRES ? new ServerChanges(db, listener) : null;
    }

    private void loop(Database db, Consumer<Set<String>> listener) {
        while (running && !db.isClosed()) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute("LISTEN casetrack_changes");
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running && !db.isClosed()) {
                    PGNotification[] got = pg.getNotifications(500);
                    if (got != null && got.length > 0) {
                        Set<String> tables = new LinkedHashSet<>();
                        for (PGNotification n : got) {
                            tables.add(n.getParameter());
                        }
                        listener.accept(tables);
                    }
                }
                st.execute("UNLISTEN casetrack_changes");
            } catch (SQLException | RuntimeException e) {
                sleep(3000);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
