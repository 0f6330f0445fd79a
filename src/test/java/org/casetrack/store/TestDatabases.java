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

    public static Database open(Path dir) {
        return Database.open(dir.resolve("test"), PASSPHRASE.toCharArray());
    }
}
