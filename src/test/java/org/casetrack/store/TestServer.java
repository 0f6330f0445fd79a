package org.casetrack.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The real PostgreSQL server tests run against when {@code CASETRACK_TEST_PG_URL} names one
 * (e.g. {@code postgresql://127.0.0.1/ct?user=ct&sslmode=disable}, password in
 * {@code CASETRACK_TEST_PG_PASSWORD}; .ci/run sets both). Its user needs CREATEDB and
 * CREATEROLE: every test gets a fresh database copied from a migrated template, and all of
 * them are dropped when the test JVM ends. Without the variable, server tests skip with one line.
 */
public final class TestServer {

    public static final String URL_VARIABLE = "CASETRACK_TEST_PG_URL";
    public static final String PASSWORD_VARIABLE = "CASETRACK_TEST_PG_PASSWORD";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new ArrayList<>();
    private static boolean told;
    private static String template;
    private static String sampleTemplate;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropAll));
    }

    private TestServer() {
    }

    public static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** The backends a test class runs on; says once per run why PostgreSQL is left out. */
    public static synchronized Stream<TestBackend> backends() {
        if (configured()) {
            return Stream.of(TestBackend.H2, TestBackend.POSTGRES);
        }
        if (!told) {
            told = true;
            System.out.println("PostgreSQL tests skipped: set " + URL_VARIABLE + " (and " + PASSWORD_VARIABLE
                    + ") to run them on a real server, as .ci/run does.");
        }
        return Stream.of(TestBackend.H2);
    }

    public static ServerAddress admin() {
        return ServerAddress.parse(System.getenv(URL_VARIABLE));
    }

    public static char[] password() {
        String p = System.getenv(PASSWORD_VARIABLE);
        return (p == null ? "" : p).toCharArray();
    }

    /** A new, migrated, empty CaseTrack database on the test server. */
    public static synchronized ServerAddress freshDatabase() {
        if (template == null) {
            String name = prefix() + "tmpl";
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            execute("CREATE DATABASE " + name);
            CREATED.add(name);
            try (Database db = Database.createOnServer(at(name), password())) {
                db.schemaVersion();
            }
            template = name;
        }
        String name = emptyDatabase();
        execute("DROP DATABASE " + name);
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return at(name);
    }

    /** A new database holding the sample data, copied from a template loaded once per run. */
    public static synchronized ServerAddress freshSampleDatabase() {
        if (sampleTemplate == null) {
            ServerAddress loaded = freshDatabase();
            try (Database db = Database.openServer(loaded, password())) {
                org.casetrack.dataset.SampleData.load(db);
            }
            sampleTemplate = loaded.database();
        }
        String name = emptyDatabase();
        execute("DROP DATABASE " + name);
        execute("CREATE DATABASE " + name + " TEMPLATE " + sampleTemplate);
        return at(name);
    }

    /** A fresh database whose schema a newer CaseTrack wrote (a migration this app does not know). */
    public static ServerAddress newerSchemaDatabase(java.nio.file.Path backups) {
        ServerAddress a = freshDatabase();
        System.setProperty(ServerBackups.FOLDER_PROPERTY, backups.toString());
        try {
            Database.openServer(a, password(), List.of("classpath:db/migration", "classpath:db/migration-postgresql",
                    "classpath:db/upgrade-test")).close();
        } finally {
            System.clearProperty(ServerBackups.FOLDER_PROPERTY);
        }
        return a;
    }

    /** Breaks every connection to database, as a server restart would (the test's own user may do this). */
    public static void dropConnections(String database) {
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.replace("'", "''")
                + "' AND pid <> pg_backend_pid()");
    }

    /** A new database on the test server with no schema at all; returns its name. */
    public static synchronized String emptyDatabase() {
        String name = prefix() + COUNTER.incrementAndGet();
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        return name;
    }

    public static ServerAddress at(String database) {
        ServerAddress a = admin();
        return new ServerAddress(a.host(), a.port(), database, a.user(), a.sslMode(), a.caFile());
    }

    /** Runs SQL as the test server's user in its own database. */
    public static void execute(String sql) {
        ServerAddress a = admin();
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.jdbcProperties(password()));
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String prefix() {
        return "ct_test_" + ProcessHandle.current().pid() + "_";
    }

    /** One connection for all drops: surefire gives the JVM 30 s to exit after the tests. */
    private static synchronized void dropAll() {
        if (CREATED.isEmpty()) {
            return;
        }
        ServerAddress a = admin();
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.jdbcProperties(password()));
             Statement st = c.createStatement()) {
            for (String name : CREATED) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException ignored) {
            // the server may already be gone at the end of a run; names carry the pid, so no clash later
        }
    }
}
