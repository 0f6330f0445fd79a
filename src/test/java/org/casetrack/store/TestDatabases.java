package org.casetrack.store;

import java.nio.file.Path;

/** Helpers for tests that need a real encrypted database file. */
public final class TestDatabases {

    public static final String PASSPHRASE = "correct horse battery staple";

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

    public static Database open(Path dir) {
        return Database.open(dir.resolve("test"), PASSPHRASE.toCharArray());
    }
}
