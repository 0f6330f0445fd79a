package org.casetrack.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold case data are readable by their owner only (0600, folders 0700). Where
 * the file system has no POSIX permissions (Windows, FAT) the calls do nothing: there the
 * per-user folder's ACL is what protects the files.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** True where the file system of {@code path} knows POSIX permissions. */
    public static boolean posix(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

    /** Sets 0600 on an existing file (0700 on a folder); quietly nothing on non-POSIX systems. */
    public static void restrict(Path path) {
        if (!Files.exists(path) || !posix(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIR : FILE);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file stays as the system created it
        }
    }

    /** Creates a new empty file that only its owner can read; fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
            return Files.createFile(file, attr);
        }
        return Files.createFile(file);
    }

    /** Creates missing folders, the new ones readable by the owner only. */
    public static void createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return;
        }
        Path parent = abs.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (posix(abs)) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(DIR));
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) {
                throw e;
            }
        }
    }

    /**
     * Writes bytes to a file readable by its owner only. An existing file is replaced only
     * when {@code overwrite}; the caller has already asked.
     */
    public static void write(Path file, byte[] bytes, boolean overwrite) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            createDirectories(abs.getParent());
        }
        if (Files.exists(abs)) {
            if (!overwrite) {
                throw new FileAlreadyExistsException(abs.toString());
            }
            restrict(abs);
        } else {
            createFile(abs);
        }
        Files.write(abs, bytes);
    }
}
