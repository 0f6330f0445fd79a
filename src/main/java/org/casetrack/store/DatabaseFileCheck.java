package org.casetrack.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at an encrypted H2 file before H2 does, so that an empty, truncated or overwritten
 * file is reported as damaged instead of being re-created by H2 or called a wrong
 * passphrase. An encrypted H2 file starts with a 4096-byte block: "H2encrypt\n", an 8-byte
 * salt and zeros; the store behind it is made of whole 4096-byte blocks, at least two
 * header blocks and a chunk (docs/decisions/0051-damaged-database-files.md).
 */
final class DatabaseFileCheck {

    static final int BLOCK = 4096;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT = 8;
    /** The encryption block plus the store's two header blocks and one chunk block. */
    static final long MIN_SIZE = 4L * BLOCK;

    private DatabaseFileCheck() {
    }

    /** Throws a CORRUPT StoreException when the file cannot be an encrypted CaseTrack database. */
    static void requireIntact(Path file) {
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(BLOCK);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The database file " + file.getFileName() + " cannot be read.", e);
        }
        if (size < MIN_SIZE || size % BLOCK != 0 || !looksEncrypted(head)) {
            throw damaged(file, null);
        }
    }

    private static boolean looksEncrypted(byte[] head) {
        if (head.length < BLOCK || !Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return false;
        }
        boolean saltIsZero = true;
        for (int i = MAGIC.length; i < MAGIC.length + SALT; i++) {
            saltIsZero &= head[i] == 0;
        }
        if (saltIsZero) {
            return false;
        }
        for (int i = MAGIC.length + SALT; i < BLOCK; i++) {
            if (head[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when H2, opened read-only, fell back to an older chunk than the one the store
     * header names: the newest data was cut off (a truncated file). H2 would otherwise
     * carry on with the older state and overwrite the rest. Uses H2's internals, which is
     * why H2 is pinned; if they are not as expected the check is skipped.
     */
    static boolean lostChunks(java.sql.Connection c) {
        try {
            var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            var store = session.getDatabase().getStore().getMvStore().getFileStore();
            Object version = store.getStoreHeader().get("version");
            Object block = store.getStoreHeader().get("block");
            long headerVersion = version == null ? -1 : Long.parseLong(version.toString(), 16);
            long headerBlock = block == null ? -1 : Long.parseLong(block.toString(), 16);
            return store.lastChunkVersion() < headerVersion || headerBlock * BLOCK >= store.size();
        } catch (RuntimeException | java.sql.SQLException | LinkageError e) {
            return false;
        }
    }

    static StoreException damaged(Path file, Throwable cause) {
        return new StoreException(StoreException.Kind.CORRUPT, "The database file " + file.getFileName()
                + " is damaged (truncated or overwritten); CaseTrack left it untouched, so restore a backup with 'casetrack restore'.", cause);
    }
}
