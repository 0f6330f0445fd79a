package org.casetrack.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The server's CaseTrack roles (docs/decisions/0073-server-roles.md): what a login may do is
 * decided by PostgreSQL, not by the window. {@link #grant} makes one role a user's only
 * CaseTrack role; creating the login itself is left to the administrator (docs/server.md).
 */
public final class ServerRoles {

    public static final Map<String, String> ROLES = Map.of(
            "casetrack_viewer", "read only, without rows marked confidential",
            "casetrack_caseworker", "read and write, without rows marked confidential",
            "casetrack_confidential", "read and write, including rows marked confidential and the audit log");

    private ServerRoles() {
    }

    /** Accepts "viewer" as well as "casetrack_viewer". */
    public static String roleName(String given) {
        String r = given.startsWith("casetrack_") ? given : "casetrack_" + given;
        if (!ROLES.containsKey(r)) {
            throw new StoreException(StoreException.Kind.INVALID, "There is no CaseTrack role '" + given
                    + "'; the roles are viewer, caseworker and confidential.");
        }
        return r;
    }

    /** Gives user exactly this CaseTrack role; returns a sentence saying what the user may now do. */
    public static String grant(ServerAddress admin, char[] password, String user, String role) {
        String r = roleName(role);
        try (Connection c = java.sql.DriverManager.getConnection(admin.jdbcUrl(), admin.jdbcProperties(password))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(StoreException.Kind.NOT_FOUND, "The server has no user " + user
                                + "; create it first (docs/server.md: CREATE ROLE " + user + " LOGIN PASSWORD ...).");
                    }
                }
            }
            String quoted = quote(c, user);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String other : List.of("casetrack_viewer", "casetrack_caseworker", "casetrack_confidential")) {
                    if (!other.equals(r)) {
                        st.execute("REVOKE " + other + " FROM " + quoted);
                    }
                }
                st.execute("GRANT " + r + " TO " + quoted);
            }
            c.commit();
            return user + " is now " + r + ": " + ROLES.get(r) + ".";
        } catch (SQLException e) {
            throw ServerDatabases.translate(e, admin);
        }
    }

    private static String quote(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
