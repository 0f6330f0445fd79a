package org.casetrack.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CaseTrack database: the encrypted H2 file (docs/decisions/0002-encryption.md), or a
 * database on a PostgreSQL server (docs/decisions/0070-one-schema-two-dialects.md). The
 * passphrase or server password is used to connect and is never stored. Opening migrates
 * an older database forward, after writing a backup copy.
 */
public final class Database implements AutoCloseable {

    static final String USER = "casetrack";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's own trace file would hold the values of failed statements in plain text. */
    static final String NO_TRACE = ";TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";

    /** Which database engine holds the data; the SQL jOOQ renders follows it. */
    public enum Dialect { H2, POSTGRES }

    /** Migrations both engines run, then each engine's own (see docs/decisions/0070). */
    static final List<String> MIGRATIONS = List.of("classpath:db/migration");
    static final List<String> SERVER_MIGRATIONS = List.of("classpath:db/migration", "classpath:db/migration-postgresql");

    private final Path dataFile;
    private final ServerAddress server;
    private final DataSource pool;
    private final Runnable closer;
    private final DSLContext dsl;
    private final List<String> migrationLocations;
    private volatile boolean closed;
    private volatile String upgradeNotice;
    private volatile Path upgradeBackup;

    private Database(Path dataFile, JdbcConnectionPool pool, List<String> migrationLocations) {
        this.dataFile = dataFile;
        this.server = null;
        this.pool = pool;
        this.closer = pool::dispose;
        this.migrationLocations = migrationLocations;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withRenderSchema(false));
    }

    /** The generated code carries H2's upper-case names; PostgreSQL folds unquoted names to lower case. */
    private Database(ServerAddress server, ServerPool pool, List<String> migrationLocations) {
        this.dataFile = null;
        this.server = server;
        this.pool = pool;
        this.closer = pool::close;
        this.migrationLocations = migrationLocations;
        org.jooq.Configuration cfg = new org.jooq.impl.DefaultConfiguration()
                .set(pool).set(SQLDialect.POSTGRES)
                .set(new Settings().withRenderSchema(false).withRenderNameCase(RenderNameCase.LOWER))
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(new org.jooq.ExecuteListener() {
                    @Override
                    public void exception(org.jooq.ExecuteContext ctx) {
                        // a broken connection says so in one sentence, on reads as on writes
                        StoreException lost = ServerDatabases.lostConnection(ctx.sqlException(), server);
                        StoreException plain = lost != null ? lost : ServerDatabases.noRight(ctx.sqlException(), server);
                        if (plain != null) {
                            ctx.exception(plain);
                        }
                    }
                }));
        this.dsl = DSL.using(cfg);
    }

    /** Creates the schema in an empty database on a server; refuses one that holds CaseTrack data already. */
    public static Database createOnServer(ServerAddress address, char[] password) {
        return ServerDatabases.connect(address, password, true, SERVER_MIGRATIONS);
    }

    /** Opens a CaseTrack database on a server, migrating it forward (after a backup) when older than this app. */
    public static Database openServer(ServerAddress address, char[] password) {
        return ServerDatabases.connect(address, password, false, SERVER_MIGRATIONS);
    }

    /** With extra migration locations; tests use it to simulate an upgrade. */
    static Database openServer(ServerAddress address, char[] password, List<String> migrationLocations) {
        return ServerDatabases.connect(address, password, false, migrationLocations);
    }

    static Database wrapServer(ServerAddress address, ServerPool pool, List<String> migrationLocations) {
        return new Database(address, pool, migrationLocations);
    }

    /** Opens a file path or a {@code postgresql://} address, whichever the text is. */
    public static Database open(String location, char[] secret) {
        return ServerAddress.isServer(location) ? openServer(ServerAddress.parse(location), secret)
                : open(Path.of(location), secret);
    }

    /** Who saves: the server login, or the OS user for a file. Used for changed_by. */
    public String userName() {
        return server != null ? server.user() : System.getProperty("user.name", "");
    }

    public Dialect dialect() {
        return server == null ? Dialect.H2 : Dialect.POSTGRES;
    }

    /** The server this database lives on, or empty for a file. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** For titles and messages: the file name, or "DATABASE on HOST". */
    public String label() {
        return server != null ? server.label() : dataFile.getFileName().toString();
    }

    /** Creates a new encrypted database; refuses to touch an existing file. */
    public static Database create(Path path, char[] passphrase) {
        Path file = DatabaseLocation.dataFile(path);
        if (Files.exists(file)) {
            throw new StoreException(StoreException.Kind.ALREADY_EXISTS,
                    "A database already exists at " + file + "; CaseTrack will not overwrite it.");
        }
        checkPassphrase(passphrase);
        try {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot create the folder for " + file + ".", e);
        }
        Backups.removeLeftovers(file.toAbsolutePath());
        Database db = connect(file, passphrase, false, MIGRATIONS);
        PrivateFiles.restrict(file);
        return db;
    }

    /** Opens an existing database, migrating it forward when it is older than this app. */
    public static Database open(Path path, char[] passphrase) {
        return open(path, passphrase, MIGRATIONS);
    }

    /** Opens with extra migration locations; tests use it to simulate an upgrade. */
    static Database open(Path path, char[] passphrase, List<String> migrationLocations) {
        Path file = DatabaseLocation.dataFile(path);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND,
                    "No CaseTrack database at " + file + "; create one with 'casetrack init'.");
        }
        checkPassphrase(passphrase);
        Backups.removeLeftovers(file.toAbsolutePath());
        removeTraceFiles(file);
        DatabaseFileCheck.requireIntact(file);
        probeReadOnly(file, passphrase);
        Database db = connect(file, passphrase, true, migrationLocations);
        PrivateFiles.restrict(file);
        return db;
    }

    /**
     * Opens the file read-only first: H2 silently rebuilds a store whose chunks are missing,
     * and read-only it cannot, so a truncated file fails here untouched instead of being
     * replaced by an empty database.
     */
    private static void probeReadOnly(Path file, char[] passphrase) {
        String url = "jdbc:h2:file:" + DatabaseLocation.urlBase(file) + ";CIPHER=AES;IFEXISTS=TRUE;ACCESS_MODE_DATA=r" + NO_TRACE;
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", USER);
        props.setProperty("password", new String(h2Password(passphrase)));
        try (Connection c = new org.h2.Driver().connect(url, props);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                     + " AND LOWER(TABLE_NAME) = 'flyway_schema_history'")) {
            if (!rs.next() || rs.getInt(1) == 0 || DatabaseFileCheck.lostChunks(c)) {
                throw DatabaseFileCheck.damaged(file, null);
            }
        } catch (SQLException e) {
            throw e.getErrorCode() == 90097 ? DatabaseFileCheck.damaged(file, e) : translate(e, file);
        }
    }

    /** Old H2 trace files beside the database may hold plain-text values; tracing is off now. */
    static void removeTraceFiles(Path file) {
        String base = DatabaseLocation.urlBase(file);
        for (String suffix : List.of(".trace.db", ".trace.db.old")) {
            try {
                Files.deleteIfExists(Path.of(base + suffix));
            } catch (java.io.IOException e) {
                LOG.warn("An old trace file beside the database could not be deleted.");
            }
        }
    }

    public static boolean exists(Path path) {
        return DatabaseLocation.exists(path);
    }

    private static void checkPassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length == 0) {
            throw new StoreException(StoreException.Kind.INVALID, "The passphrase must not be empty.");
        }
    }

    private static Database connect(Path file, char[] passphrase, boolean mustExist, List<String> migrationLocations) {
        String url = "jdbc:h2:file:" + DatabaseLocation.urlBase(file) + ";CIPHER=AES"
                + (mustExist ? ";IFEXISTS=TRUE" : "") + NO_TRACE;
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPasswordChars(h2Password(passphrase));
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        }
        Database db = new Database(file, pool, migrationLocations);
        try {
            db.migrate();
            AuditTrigger.install(db);
            NameIndex.runPendingTasks(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * H2 wants "filePassword userPassword" and splits at the first space, so a passphrase
     * with spaces cannot go in as it is: both halves are derived from it instead.
     */
    static char[] h2Password(char[] passphrase) {
        String file = digest("casetrack-file", passphrase);
        String user = digest("casetrack-user", passphrase);
        return (file + " " + user).toCharArray();
    }

    private static String digest(String purpose, char[] passphrase) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(purpose.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            byte[] bytes = new String(passphrase).getBytes(StandardCharsets.UTF_8);
            md.update(bytes);
            Arrays.fill(bytes, (byte) 0);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static StoreException translate(SQLException e, Path file) {
        int code = e.getErrorCode();
        // the code only: H2's message can quote the values of the failed statement
        LOG.debug("Database error {} (SQL state {})", code, e.getSQLState());
        return switch (code) {
            case 90049, 28000 -> new StoreException(StoreException.Kind.WRONG_PASSPHRASE,
                    "The passphrase is wrong for " + file.getFileName() + ".", e);
            case 90020 -> new StoreException(StoreException.Kind.IN_USE,
                    "The database " + file.getFileName() + " is already open in another CaseTrack window or process; close it first.", e);
            case 90146, 90013 -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "No CaseTrack database at " + file + ".", e);
            case 90048 -> new StoreException(StoreException.Kind.TOO_NEW,
                    "The database " + file.getFileName() + " was written by a newer version of the database engine; update CaseTrack.", e);
            default -> DatabaseFileCheck.damaged(file, e);
        };
    }

    Flyway flyway() {
        return Flyway.configure()
                .dataSource(pool)
                .locations(migrationLocations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:future")
                .load();
    }

    private void migrate() {
        if (migrationLocations.equals(MIGRATIONS)) {
            var available = MigrationScan.available(MIGRATIONS);
            if (available.isPresent()) {
                try (Connection c = pool.getConnection()) {
                    if (MigrationScan.upToDate(c, available.get())) {
                        return;
                    }
                } catch (SQLException e) {
                    throw translate(e, dataFile);
                }
            }
        }
        try {
            Flyway flyway = flyway();
            MigrationInfoService info = flyway.info();
            if (Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new StoreException(StoreException.Kind.TOO_NEW,
                        "The database " + dataFile.getFileName() + " was written by a newer version of CaseTrack; update CaseTrack to open it.");
            }
            if (info.applied().length > 0 && info.pending().length > 0) {
                MigrationInfo current = info.current();
                Path zip = dataFile.resolveSibling(dataFile.getFileName() + ".before-v"
                        + (current == null ? "0" : current.getVersion().getVersion()) + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                backupTo(zip);
                upgradeNotice("Before updating " + dataFile.getFileName() + " to this CaseTrack, a copy was saved in " + zip + ".", zip);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException(StoreException.Kind.CORRUPT,
                    "The database " + dataFile.getFileName() + " could not be brought up to date; restore a backup or report the problem.", e);
        }
    }

    /** The version of the newest migration applied, e.g. "1". */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** The H2 file; for a server database, a name-only path (its label) so titles still read well. */
    public Path dataFile() {
        return dataFile != null ? dataFile : Path.of(server.label());
    }

    /** jOOQ over the pool; each statement auto-commits unless run inside {@link #write}. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Runs a unit of work as one transaction: all of it lands, or none of it. */
    public <T> T write(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (DataAccessException e) {
            if (e.getCause() instanceof StoreException se) {
                throw se;
            }
            StoreException lost = server == null ? null : ServerDatabases.lostConnection(e, server);
            StoreException refused = server == null || lost != null ? null : ServerDatabases.noRight(e, server);
            throw lost != null ? lost : refused != null ? refused : e;
        }
    }

    public void writeVoid(Consumer<DSLContext> work) {
        write(ctx -> {
            work.accept(ctx);
            return null;
        });
    }

    /** Writes an online backup: a zip of the (still encrypted) database file. */
    public void backupTo(Path zip) {
        if (server != null) {
            ServerBackups.write(this, zip);
            return;
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            Path abs = zip.toAbsolutePath();
            if (abs.getParent() != null) {
                PrivateFiles.createDirectories(abs.getParent());
            }
            if (!Files.exists(abs)) {
                PrivateFiles.createFile(abs);
            }
            st.execute("BACKUP TO '" + abs.toString().replace("'", "''") + "'");
            PrivateFiles.restrict(abs);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup to " + zip + " could not be written.", e);
        }
    }

    /** Names of the application's tables, upper case as H2 reports them. */
    List<String> tableNames() {
        List<String> names = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw translate(e, dataFile);
        }
        return names;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * When opening migrated the schema: one sentence saying which backup was written first and
     * where (a pg_dump file or a JSON copy on a server, a zip of the file otherwise).
     */
    public java.util.Optional<String> upgradeNotice() {
        return java.util.Optional.ofNullable(upgradeNotice);
    }

    /**
     * The backup file written before migrating, when opening migrated: a {@code .zip} of the
     * encrypted file, a {@code .dump} (pg_dump) or a {@code .json} copy of a server. The window
     * words its own notice from it (docs/decisions/0086-upgrade-notice-in-the-window.md).
     */
    public java.util.Optional<Path> upgradeBackup() {
        return java.util.Optional.ofNullable(upgradeBackup);
    }

    void upgradeNotice(String sentence, Path backup) {
        LOG.info("{}", sentence);
        this.upgradeBackup = backup;
        this.upgradeNotice = sentence;
    }

    /** True once {@link #close} ran; background watchers stop then. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        closer.run();
    }

    /**
     * Closes a file database rewritten without its free space (H2's SHUTDOWN COMPACT). For
     * the benchmark's bulk load (docs/decisions/0097): the load leaves most of the file as old
     * chunks, which H2 otherwise compacts in the background of every later command, reading
     * and decrypting the file again each time. A server database is simply closed.
     */
    public void closeCompacted() {
        if (dataFile != null) {
            try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                close();
                throw translate(e, dataFile);
            }
        }
        close();
        if (dataFile != null) {
            PrivateFiles.restrict(dataFile); // the rewritten file is a new file
        }
    }
}
