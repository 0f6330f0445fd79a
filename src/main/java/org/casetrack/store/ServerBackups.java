package org.casetrack.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.casetrack.store.generated.DefaultSchema;
import org.jooq.Table;

/**
 * Backups of a server database: {@code pg_dump} when it is on the PATH (custom format,
 * restorable with pg_restore), else a JSON file with every table's rows. Written before a
 * migration and by {@code casetrack backup}. The files are not encrypted: they are made
 * readable by their owner only (docs/server.md).
 */
final class ServerBackups {

    /** Tests point this elsewhere so nothing lands in the user's home. */
    static final String FOLDER_PROPERTY = "casetrack.server.backups";

    private ServerBackups() {
    }

    static Path folder() {
        String p = System.getProperty(FOLDER_PROPERTY);
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        return DatabaseLocation.defaultFolder(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", ".")).resolve("server-backups");
    }

    /** The backup written before a migration, and why it is the kind it is. */
    record Written(Path file, boolean pgDump, String whyNotPgDump) {
        String describe() {
            return pgDump ? "a pg_dump backup to " + file
                    : "a JSON copy of every table to " + file + " (" + whyNotPgDump + ")";
        }
    }

    /**
     * Writes base + ".dump" with pg_dump when it is on the PATH and not older than the server
     * (an older pg_dump refuses a newer server), else base + ".json".
     */
    static Written beforeMigration(Database db, char[] password, Path base) {
        ServerAddress a = db.server().orElseThrow();
        String why;
        OptionalInt dumpMajor = pgDumpAvailable() ? pgDumpMajor() : OptionalInt.empty();
        int serverMajor = serverMajor(db);
        if (dumpMajor.isEmpty()) {
            why = "pg_dump is not on the PATH";
        } else if (dumpMajor.getAsInt() < serverMajor) {
            why = "pg_dump " + dumpMajor.getAsInt() + " is older than the server's PostgreSQL " + serverMajor;
        } else {
            Path dump = base.resolveSibling(base.getFileName() + ".dump");
            if (pgDump(a, password, dump)) {
                return new Written(dump, true, null);
            }
            why = "pg_dump failed";
            try {
                Files.deleteIfExists(dump);
            } catch (IOException ignored) {
                // the JSON copy below is what counts
            }
        }
        Path json = base.resolveSibling(base.getFileName() + ".json");
        writeJson(db, json);
        return new Written(json, false, why);
    }

    /** The major version of pg_dump on the PATH ("pg_dump (PostgreSQL) 15.18 (Debian …)" gives 15). */
    static OptionalInt pgDumpMajor() {
        try {
            Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return OptionalInt.empty();
            }
            return majorOf(out);
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    static OptionalInt majorOf(String versionLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\)\\s*(\\d+)").matcher(versionLine);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static int serverMajor(Database db) {
        Integer num = db.dsl().fetchValue(org.jooq.impl.DSL.field("current_setting('server_version_num')::int", Integer.class));
        return num == null ? 0 : num / 10000;
    }

    /** {@code casetrack backup} on a server: a JSON copy of every table (the password is not kept for pg_dump). */
    static void write(Database db, Path file) {
        writeJson(db, file);
    }

    static boolean pgDumpAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pg_dump"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pgDump(ServerAddress a, char[] password, Path out) {
        if (!pgDumpAvailable()) {
            return false;
        }
        try {
            prepare(out);
            ProcessBuilder pb = new ProcessBuilder("pg_dump", "--format=custom", "--no-password",
                    "--host", a.host(), "--port", String.valueOf(a.port()), "--username", a.user(),
                    "--file", out.toString(), a.database());
            Map<String, String> env = pb.environment();
            env.put("PGPASSWORD", new String(password)); // the child's environment only: never on its command line
            env.remove("CASETRACK_PASSPHRASE");
            env.put("PGSSLMODE", a.sslMode());
            if (a.caFile() != null) {
                env.put("PGSSLROOTCERT", a.caFile().toAbsolutePath().toString());
            }
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && Files.size(out) > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {"table": [rows...], ...} in jOOQ's JSON format, one table after the other. */
    static void writeJson(Database db, Path out) {
        try {
            prepare(out);
            List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
            try (OutputStream os = Files.newOutputStream(out);
                 BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8))) {
                w.write("{\"format\":\"casetrack.server-backup/1\"");
                for (Table<?> t : tables) {
                    w.write(",\n\"" + t.getName().toLowerCase(java.util.Locale.ROOT) + "\":");
                    w.write(db.dsl().selectFrom(t).fetch().formatJSON());
                }
                w.write("}\n");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backup to " + out + " could not be written.", e);
        }
    }

    private static void prepare(Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            PrivateFiles.createDirectories(dir);
        }
        Files.deleteIfExists(out);
        try {
            Files.createFile(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(out);
        }
    }
}
