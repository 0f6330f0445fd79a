package org.casetrack.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Connecting to a CaseTrack database on a PostgreSQL server and bringing its schema up to
 * date (docs/decisions/0070-one-schema-two-dialects.md, 0071-server-connections.md). Every
 * failure becomes one plain sentence; nothing is written before the checks pass.
 */
final class ServerDatabases {

    private ServerDatabases() {
    }

    static Database connect(ServerAddress address, char[] password, boolean create, List<String> locations) {
        if (password == null || password.length == 0) {
            throw new StoreException(StoreException.Kind.INVALID, "The password for " + address.user() + " must not be empty.");
        }
        ServerPool pool = new ServerPool(address.jdbcUrl(), address.jdbcProperties(password));
        boolean hasSchema;
        try (Connection c = pool.getConnection()) {
            hasSchema = hasSchema(c);
        } catch (SQLException e) {
            pool.close();
            throw translate(e, address);
        }
        if (create && hasSchema) {
            pool.close();
            throw new StoreException(StoreException.Kind.ALREADY_EXISTS, "The database " + address.label()
                    + " already holds a CaseTrack schema; CaseTrack will not overwrite it.");
        }
        if (!create && !hasSchema) {
            pool.close();
            throw new StoreException(StoreException.Kind.NOT_FOUND, "The database " + address.label()
                    + " holds no CaseTrack schema yet; create it with 'casetrack init --db " + address + "'.");
        }
        Database db = Database.wrapServer(address, pool, locations);
        try {
            migrate(db, address, locations, password);
            NameIndex.runPendingTasks(db); // as on a file: word keys of spellings stored before V25
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static boolean hasSchema(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static void migrate(Database db, ServerAddress address, List<String> locations, char[] password) {
        if (locations.equals(Database.SERVER_MIGRATIONS)) {
            var available = MigrationScan.available(locations);
            if (available.isPresent()) {
                try (Connection c = db.connection()) {
                    if (MigrationScan.upToDate(c, available.get())) {
                        return;
                    }
                } catch (SQLException e) {
                    throw translate(e, address);
                }
            }
        }
        try {
            Flyway flyway = db.flyway();
            MigrationInfoService info = flyway.info();
            if (Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new StoreException(StoreException.Kind.TOO_NEW, "The database " + address.label()
                        + " was written by a newer version of CaseTrack; update CaseTrack to open it.");
            }
            if (info.applied().length > 0 && info.pending().length > 0) {
                MigrationInfo current = info.current();
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                Path dir = ServerBackups.folder();
                ServerBackups.Written backup = ServerBackups.beforeMigration(db, password, dir.resolve(address.database()
                        + ".before-v" + (current == null ? "0" : current.getVersion().getVersion()) + "-" + stamp));
                db.upgradeNotice("Before updating the schema of " + address.label() + ", CaseTrack wrote " + backup.describe() + ".", backup.file());
            }
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && "42501".equals(sql.getSQLState())) {
                throw new StoreException(StoreException.Kind.INVALID, "The database " + address.label()
                        + " needs an update that only its owner may make; ask them to open it with this CaseTrack first.", e);
            }
            throw new StoreException(StoreException.Kind.CORRUPT, "The database " + address.label()
                    + " could not be brought up to date: " + e.getMessage(), e);
        }
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** One plain sentence for each way a server connection fails (SQLSTATE codes). */
    static StoreException translate(SQLException e, ServerAddress a) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = a.host() + (a.port() != ServerAddress.DEFAULT_PORT ? ":" + a.port() : "");
        if (isTls(e)) {
            return new StoreException(StoreException.Kind.INVALID, "The connection to " + where
                    + " could not be secured: " + (a.caFile() == null
                    ? "give the server's CA certificate with --ca-file (or sslrootcert=FILE)." : "its certificate does not match " + a.caFile() + " and the host name."), e);
        }
        return switch (state) {
            case "28P01", "28000" -> new StoreException(StoreException.Kind.WRONG_PASSPHRASE,
                    "The server " + where + " refused user " + a.user() + ": the password is wrong or the user may not connect.", e);
            case "3D000" -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "The server " + where + " has no database named " + a.database() + ".", e);
            case "42501" -> new StoreException(StoreException.Kind.INVALID,
                    "User " + a.user() + " has no right to do this in " + a.label() + ".", e);
            case "08001", "08004", "08006", "08003", "57P01", "57P02", "57P03" -> new StoreException(StoreException.Kind.IO,
                    "Cannot reach the CaseTrack server at " + where + "; check that it is running and reachable.", e);
            default -> new StoreException(StoreException.Kind.IO,
                    "The server " + where + " answered with an error: " + firstLine(e.getMessage()), e);
        };
    }

    /**
     * The sentence for a connection that broke under a statement (server stopped, restarted or
     * unreachable), or null when t is another failure. The transaction is gone with the
     * connection, so nothing of it was written (docs/decisions/0076-forms-use-row-versions.md).
     */
    static StoreException lostConnection(Throwable t, ServerAddress a) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof StoreException se && se.kind() == StoreException.Kind.LOST_CONNECTION) {
                return se;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return new StoreException(StoreException.Kind.LOST_CONNECTION, "The connection to the server "
                        + a.host() + (a.port() != ServerAddress.DEFAULT_PORT ? ":" + a.port() : "")
                        + " was lost; nothing was saved, and CaseTrack reconnects when you try again.", s);
            }
        }
        return null;
    }

    /**
     * The sentence for a statement the server refused for lack of a right (SQLSTATE 42501: a
     * viewer writing, a caseworker touching a confidential row or the audit log), or null.
     * The server, not the app, enforces the roles; this only says so plainly.
     */
    static StoreException noRight(Throwable t, ServerAddress a) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof StoreException se && se.kind() == StoreException.Kind.NOT_ALLOWED) {
                return se;
            }
            if (c instanceof SQLException s && "42501".equals(s.getSQLState())) {
                return new StoreException(StoreException.Kind.NOT_ALLOWED, "User " + a.user() + " has no right to do this in "
                        + a.label() + " (the CaseTrack role decides: docs/server.md); nothing was changed.", s);
            }
        }
        return null;
    }

    private static boolean isTls(SQLException e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof javax.net.ssl.SSLException || c instanceof java.security.GeneralSecurityException) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("does not support SSL") || m.contains("SSL"))) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
