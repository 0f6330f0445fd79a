package org.casetrack.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.Restore;

/** Restoring backups written by {@link Database#backupTo}. */
public final class Backups {

    private Backups() {
    }

    /**
     * Restores a backup over the database at {@code target}. The backup is first unpacked
     * aside and opened with the passphrase, so a wrong passphrase or a damaged zip changes
     * nothing. Returns where the replaced database was kept, or null if there was none.
     */
    public static Path restore(Path zip, Path target, char[] passphrase) {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No backup file at " + zip + ".");
        }
        Path dataFile = DatabaseLocation.dataFile(target).toAbsolutePath();
        Path staging;
        try {
            staging = Files.createTempDirectory(dataFile.getParent() == null ? Path.of(".") : ensureDir(dataFile.getParent()), ".restore-");
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot prepare the restore next to " + dataFile + ".", e);
        }
        try {
            try {
                Restore.execute(zip.toAbsolutePath().toString(), staging.toString(), null);
            } catch (RuntimeException e) {
                throw new StoreException(StoreException.Kind.CORRUPT, "The file " + zip.getFileName() + " is not a readable CaseTrack backup.", e);
            }
            Path restored;
            try (Stream<Path> files = Files.list(staging)) {
                restored = files.filter(p -> p.getFileName().toString().endsWith(DatabaseLocation.H2_SUFFIX)).findFirst()
                        .orElseThrow(() -> new StoreException(StoreException.Kind.CORRUPT,
                                "The file " + zip.getFileName() + " holds no CaseTrack database."));
            }
            try (Database check = Database.open(restored, passphrase)) {
                check.schemaVersion();
            }
            Path kept = null;
            if (Files.exists(dataFile)) { // copied, not moved: a crash before the swap must leave the live file in place
                kept = dataFile.resolveSibling(dataFile.getFileName() + ".replaced-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.copy(dataFile, kept, StandardCopyOption.COPY_ATTRIBUTES);
            }
            // one rename replaces the live file: a kill leaves the old database or the restored one, never none
            Files.move(restored, dataFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup could not be restored to " + dataFile + ".", e);
        } finally {
            deleteTree(staging);
        }
    }

    private static Path ensureDir(Path dir) throws IOException {
        Files.createDirectories(dir);
        return dir;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temp folder holds only encrypted data
        }
    }
}
