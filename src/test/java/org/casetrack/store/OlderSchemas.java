package org.casetrack.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;

/** Databases one schema version behind this app, so opening them migrates after a backup, as an upgrade does. */
public final class OlderSchemas {

    private OlderSchemas() {
    }

    /** A new encrypted file at path, migrated to the second newest version; returns that version. */
    public static String h2File(Path path, char[] passphrase) {
        Path file = DatabaseLocation.dataFile(path);
        try {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + DatabaseLocation.urlBase(file) + ";CIPHER=AES" + Database.NO_TRACE);
        source.setUser(Database.USER);
        source.setPasswordChars(Database.h2Password(passphrase));
        String previous = migrateToAllButTheLast(source, Database.MIGRATIONS);
        PrivateFiles.restrict(file);
        return previous;
    }

    /** A new database on the test server, migrated to the second newest version of the server's migrations. */
    public static ServerAddress server() {
        ServerAddress a = TestServer.at(TestServer.emptyDatabase());
        ServerPool pool = new ServerPool(a.jdbcUrl(), a.jdbcProperties(TestServer.password()));
        try {
            migrateToAllButTheLast(pool, Database.SERVER_MIGRATIONS);
        } finally {
            pool.close();
        }
        return a;
    }

    /** Where opening the server writes its backups; tests point it into their own folder, never the home folder. */
    public static void serverBackupsIn(Path folder) {
        System.setProperty(ServerBackups.FOLDER_PROPERTY, folder.toString());
    }

    public static void serverBackupsDefault() {
        System.clearProperty(ServerBackups.FOLDER_PROPERTY);
    }

    private static String migrateToAllButTheLast(javax.sql.DataSource source, List<String> locations) {
        String[] where = locations.toArray(String[]::new);
        List<String> versions = Arrays.stream(Flyway.configure().dataSource(source).locations(where).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v != null).map(v -> v.getVersion()).distinct().toList();
        String previous = versions.get(versions.size() - 2);
        Flyway.configure().dataSource(source).locations(where).target(previous).load().migrate();
        return previous;
    }
}
