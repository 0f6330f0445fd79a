package org.casetrack.store;

import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.api.Trigger;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes one audit_log row for every insert, update and delete, in the same transaction
 * as the change, with the OS user and the row before and after as JSON. Installed on
 * every table at open time (not in a migration: code generation migrates a database
 * without this class on its classpath). Long texts are abbreviated in the log.
 */
public final class AuditTrigger implements Trigger {

    // derived tables (match keys, filter lists, the stored schedule) are rebuilt from audited rows: not audited themselves
    private static final Set<String> NOT_AUDITED = Set.of("AUDIT_LOG", "flyway_schema_history",
            "PERSON_NAME_TOKEN", "COUNTRY_IN_USE", "STORE_TASK",
            "SCHEDULE_CACHE_ITEM", "SCHEDULE_CACHE_META");
    private static final int MAX_VALUE_CHARS = 400;

    private String table;
    private List<String> columns;
    private int idIndex = -1;
    private boolean hasDbUser;

    static void install(Database db) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            for (String t : db.tableNames()) {
                if (NOT_AUDITED.contains(t)) {
                    continue;
                }
                st.execute("CREATE TRIGGER IF NOT EXISTS \"AUDIT_" + t + "\" AFTER INSERT, UPDATE, DELETE ON \"" + t
                        + "\" FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
            }
        } catch (SQLException e) {
            throw Database.translate(e, db.dataFile());
        }
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        this.table = tableName;
        this.columns = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        idIndex = columns.indexOf("ID");
        // DB_USER arrives with V30; migrations before it still fire this trigger on older files.
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, "AUDIT_LOG", "DB_USER")) {
            hasDbUser = rs.next();
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String action = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        Object[] row = newRow != null ? newRow : oldRow;
        Long id = idIndex >= 0 && row[idIndex] instanceof Number n ? n.longValue() : null;
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO AUDIT_LOG (OS_USER, TABLE_NAME, ROW_ID, ACTION, BEFORE_ROW, AFTER_ROW"
                + (hasDbUser ? ", DB_USER) VALUES (?, ?, ?, ?, ?, ?, ?)" : ") VALUES (?, ?, ?, ?, ?, ?)"))) {
            ps.setString(1, System.getProperty("user.name"));
            if (hasDbUser) {
                ps.setString(7, conn.getMetaData().getUserName());
            }
            ps.setString(2, table.toLowerCase(Locale.ROOT));
            ps.setObject(3, id);
            ps.setString(4, action);
            ps.setString(5, oldRow == null ? null : json(oldRow));
            ps.setString(6, newRow == null ? null : json(newRow));
            ps.executeUpdate();
        }
    }

    private String json(Object[] row) throws SQLException {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < row.length && i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, columns.get(i).toLowerCase(Locale.ROOT));
            sb.append(':');
            Object v = row[i];
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else {
                quote(sb, abbreviate(text(v)));
            }
        }
        return sb.append('}').toString();
    }

    private static String text(Object v) throws SQLException {
        if (v instanceof Clob clob) {
            long len = clob.length();
            String head = clob.getSubString(1, (int) Math.min(len, MAX_VALUE_CHARS + 1));
            return len > MAX_VALUE_CHARS ? head + "…" : head;
        }
        if (v instanceof Reader) {
            return "(text)";
        }
        return v.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "… (" + s.length() + " chars)";
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
