package org.casetrack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Restoring backups written by {@link Database#backupTo}. Nothing is written until the whole
 * zip has been checked (entry names, sizes); the database is unpacked into a private
 * staging folder, opened with the passphrase, and only then swapped in with one atomic
 * rename. The replaced database is kept beside it as {@code NAME.replaced-TIMESTAMP}
 * (docs/decisions/0052-restore.md).
 */
public final class Backups {

    /** Staging folders are named so; a leftover one from an interrupted restore is removed on the next start. */
    static final String STAGING_PREFIX = ".restore-";
    private static final String LOCK = ".lock";
    /** An encrypted database barely compresses; a much higher ratio means a zip bomb. */
    static final long MAX_RATIO = 50;
    static final long SLACK = 64L << 20;

    private Backups() {
    }

    /** What a checked backup holds: its one database entry and that entry's size. */
    record Checked(String entry, long size) {
    }

    /**
     * Restores a backup over the database at {@code target}. Returns where the replaced
     * database was kept, or null if there was none. Any failure leaves the live database
     * and its folder as they were.
     */
    public static Path restore(Path zip, Path target, char[] passphrase) {
        if (!Files.isRegularFile(zip)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No backup file at " + zip + ".");
        }
        Path dataFile = DatabaseLocation.dataFile(target).toAbsolutePath();
        Checked checked = check(zip);
        requireNotInUse(dataFile);
        Path folder = dataFile.getParent();
        Path staging;
        try {
            PrivateFiles.createDirectories(folder);
            staging = Files.createTempDirectory(folder, STAGING_PREFIX);
            PrivateFiles.restrict(staging);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "Cannot prepare the restore next to " + dataFile + ".", e);
        }
        try (FileChannel lockFile = FileChannel.open(staging.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            Path restored = staging.resolve(dataFile.getFileName());
            unpack(zip, checked, restored);
            try (Database check = Database.open(restored, passphrase)) {
                check.schemaVersion();
            }
            return swap(restored, dataFile);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup could not be restored to " + dataFile + "; nothing was changed.", e);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Reads only the zip's central directory: every entry must be a plain file name (no
     * folders, no "..", no absolute or drive paths), exactly one must be a database, and
     * the expanded size must fit the zip's own size.
     */
    static Checked check(Path zip) {
        String name = zip.getFileName().toString();
        long zipSize;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            zipSize = Files.size(zip);
            Checked found = null;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!plainName(e.getName())) {
                    throw new StoreException(StoreException.Kind.INVALID, "The file " + name
                            + " is not a CaseTrack backup: it holds an entry that points outside its folder; nothing was restored.");
                }
                long size = e.getSize();
                if (size < 0) {
                    throw notABackup(name);
                }
                total += size;
                if (e.getName().endsWith(DatabaseLocation.H2_SUFFIX)) {
                    if (found != null) {
                        throw new StoreException(StoreException.Kind.INVALID, "The file " + name
                                + " holds more than one database, so it is not a CaseTrack backup; nothing was restored.");
                    }
                    found = new Checked(e.getName(), size);
                }
            }
            if (found == null) {
                throw new StoreException(StoreException.Kind.INVALID, "The file " + name + " holds no CaseTrack database; nothing was restored.");
            }
            if (total > limit(zipSize) || total > usableSpace(zip)) {
                throw tooBig(name);
            }
            return found;
        } catch (ZipException e) {
            throw notABackup(name);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The file " + name + " cannot be read.", e);
        }
    }

    static long limit(long zipSize) {
        return zipSize * MAX_RATIO + SLACK;
    }

    private static long usableSpace(Path zip) {
        try {
            return Files.getFileStore(zip.toAbsolutePath()).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    static boolean plainName(String n) {
        return !n.isEmpty() && n.length() <= 255 && !n.contains("/") && !n.contains("\\") && !n.contains(":")
                && !n.equals(".") && !n.equals("..") && n.chars().noneMatch(c -> c < 0x20);
    }

    private static StoreException notABackup(String name) {
        return new StoreException(StoreException.Kind.INVALID, "The file " + name + " is not a readable CaseTrack backup; nothing was restored.");
    }

    private static StoreException tooBig(String name) {
        return new StoreException(StoreException.Kind.INVALID, "The file " + name
                + " would expand far beyond its own size, so it is not a CaseTrack backup; nothing was restored.");
    }

    /** Copies the one database entry, counting bytes: a zip that lies about sizes stops at the declared size. */
    private static void unpack(Path zip, Checked checked, Path to) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(checked.entry());
            PrivateFiles.createFile(to);
            try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(to)) {
                byte[] buf = new byte[64 * 1024];
                long written = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    written += n;
                    if (written > checked.size()) {
                        throw tooBig(zip.getFileName().toString());
                    }
                    out.write(buf, 0, n);
                }
            }
        } catch (ZipException ex) {
            throw notABackup(zip.getFileName().toString());
        }
    }

    /**
     * Swaps the checked copy in while holding the live file's lock, so no other process can
     * open it meanwhile and one that has it open makes the restore stop. The previous file
     * is kept under a new name (a hard link where possible, else a copy), then the restored
     * file replaces it in one rename: at every moment the database is either old or new.
     */
    private static Path swap(Path restored, Path dataFile) throws IOException {
        if (!Files.exists(dataFile)) {
            Files.move(restored, dataFile, StandardCopyOption.ATOMIC_MOVE);
            return null;
        }
        try (FileChannel live = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = live.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw inUse(dataFile);
            }
            try {
                Path kept = keptName(dataFile);
                try {
                    Files.createLink(kept, dataFile);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(dataFile, kept, StandardCopyOption.COPY_ATTRIBUTES);
                }
                PrivateFiles.restrict(kept);
                Files.move(restored, dataFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return kept;
            } finally {
                lock.release();
            }
        }
    }

    /** Refuses early, before unpacking anything, when another process has the database open. */
    static void requireNotInUse(Path dataFile) {
        if (!Files.exists(dataFile)) {
            return;
        }
        try (FileChannel live = FileChannel.open(dataFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = live.tryLock();
            if (lock == null) {
                throw inUse(dataFile);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataFile);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The database " + dataFile.getFileName() + " cannot be opened for the restore.", e);
        }
    }

    static StoreException inUse(Path dataFile) {
        return new StoreException(StoreException.Kind.IN_USE, "The database " + dataFile.getFileName()
                + " is open in another CaseTrack window or process; close it, then restore again (nothing was changed).");
    }

    private static Path keptName(Path dataFile) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path kept = dataFile.resolveSibling(dataFile.getFileName() + ".replaced-" + stamp);
        for (int i = 2; Files.exists(kept); i++) {
            kept = dataFile.resolveSibling(dataFile.getFileName() + ".replaced-" + stamp + "-" + i);
        }
        return kept;
    }

    /**
     * Removes staging folders that an interrupted restore left beside the database. A
     * folder whose lock another process still holds is a restore in progress and stays.
     */
    static void removeLeftovers(Path dataFile) {
        Path folder = dataFile.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(folder, STAGING_PREFIX + "*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && !locked(dir.resolve(LOCK))) {
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            // best effort: a leftover folder holds only encrypted data
        }
    }

    private static boolean locked(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return true;
            }
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temp folder holds only encrypted data
        }
    }
}
