package org.casetrack.ui.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.casetrack.dataset.SampleData;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;

/**
 * Real encrypted H2 files for UI tests. The sample database is built once per test run
 * and copied (still encrypted) for each test, which is much faster than loading it again.
 */
public final class TestDatabases {

    public static final String PASSPHRASE = "test passphrase for casetrack";

    private static Path template;

    private TestDatabases() {
    }

    public static char[] passphrase() {
        return PASSPHRASE.toCharArray();
    }

    /** An empty new database at dir/name. */
    public static Database empty(Path dir, String name) {
        return Database.create(dir.resolve(name), passphrase());
    }

    /** A copy of the sample database at dir/name, open. */
    public static Database sample(Path dir, String name) {
        return Database.open(sampleFile(dir, name), passphrase());
    }

    /** A copy of the sample database at dir/name, closed; returns the path to open. */
    public static synchronized Path sampleFile(Path dir, String name) {
        try {
            if (template == null) {
                Path t = Files.createTempDirectory("casetrack-ui-template").resolve("sample");
                try (Database db = Database.create(t, passphrase())) {
                    SampleData.load(db);
                }
                template = DatabaseLocation.dataFile(t);
                template.toFile().deleteOnExit();
            }
            Path target = dir.resolve(name);
            Files.copy(template, DatabaseLocation.dataFile(target), StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
