package org.casetrack.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.casetrack.dataset.SampleData;

/** Helpers for tests that need a real database: an encrypted file, or a fresh database on the test server. */
public final class TestDatabases {

    public static final String PASSPHRASE = "correct horse battery staple";

    private static Path sampleTemplate;

    private TestDatabases() {
    }

    public static Database create(Path dir) {
        return Database.create(dir.resolve("test"), PASSPHRASE.toCharArray());
    }

    /** A new empty database: a file in dir for H2, a fresh database on the test server for POSTGRES. */
    public static Database create(TestBackend backend, Path dir) {
        if (backend == TestBackend.H2) {
            return create(dir);
        }
        return Database.openServer(TestServer.freshDatabase(), TestServer.password());
    }

    /**
     * A new database holding the sample data. Both backends copy a template loaded once per run
     * (the encrypted file, or {@code CREATE DATABASE … TEMPLATE}), which is much faster than loading it again.
     */
    public static Database sample(TestBackend backend, Path dir) {
        if (backend == TestBackend.POSTGRES) {
            return Database.openServer(TestServer.freshSampleDatabase(), TestServer.password());
        }
        return Database.open(sampleFile(dir), PASSPHRASE.toCharArray());
    }

    /** Where a database lives, so a test can close it and open it again: the file, or the server address. */
    public static String location(Database db, Path dir) {
        return db.server().map(ServerAddress::toString).orElse(dir.resolve("test").toString());
    }

    public static Database open(Path dir) {
        return Database.open(dir.resolve("test"), PASSPHRASE.toCharArray());
    }

    /** Opens again what {@link #create(TestBackend, Path)} or {@link #sample(TestBackend, Path)} made. */
    public static Database reopen(ServerAddress server, Path dir) {
        return server == null ? open(dir) : Database.openServer(server, TestServer.password());
    }

    /** The password a CLI run needs (in a --passphrase-file) to open what this class made. */
    public static String secret(TestBackend backend) {
        return backend == TestBackend.H2 ? PASSPHRASE : new String(TestServer.password());
    }

    private static synchronized Path sampleFile(Path dir) {
        try {
            if (sampleTemplate == null) {
                Path t = Files.createTempDirectory("casetrack-store-template").resolve("sample");
                try (Database db = Database.create(t, PASSPHRASE.toCharArray())) {
                    SampleData.load(db);
                }
                sampleTemplate = DatabaseLocation.dataFile(t);
                sampleTemplate.toFile().deleteOnExit();
                sampleTemplate.getParent().toFile().deleteOnExit();
            }
            Path target = dir.resolve("test");
            Files.createDirectories(dir);
            Files.copy(sampleTemplate, DatabaseLocation.dataFile(target), StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
