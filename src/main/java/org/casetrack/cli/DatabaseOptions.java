package org.casetrack.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;
import org.casetrack.store.ServerAddress;
import picocli.CommandLine.Option;

/**
 * Where the database is and how to unlock it, shared by every command. The passphrase
 * comes from CASETRACK_PASSPHRASE, else --passphrase-file, else a console prompt.
 */
public final class DatabaseOptions {

    /** Tests replace the environment; the real one otherwise. */
    static Map<String, String> environment = System.getenv();

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Database file, or postgresql://HOST[:PORT]/DATABASE?user=NAME for a server (default: CASETRACK_DB or the per-user data folder).")
    String db;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "CA certificate that signed the server's TLS certificate.")
    Path caFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.")
    Path passphraseFile;

    /** --db or CASETRACK_DB as given, or null. */
    String locationOrNull() {
        if (db != null) {
            return db;
        }
        String env = environment.get("CASETRACK_DB");
        return env == null || env.isBlank() ? null : env;
    }

    /** The server named by --db or CASETRACK_DB, or null when they name a file (docs/server.md). */
    public ServerAddress serverOrNull() {
        String location = locationOrNull();
        if (!ServerAddress.isServer(location)) {
            return null;
        }
        ServerAddress a = ServerAddress.parse(location);
        return caFile == null ? a : a.withCaFile(caFile);
    }

    public Path dbPathOrNull() {
        String location = locationOrNull();
        if (ServerAddress.isServer(location)) {
            throw new UserError("This command works on a database file, not on a server (" + location + ").");
        }
        return location == null ? null : Path.of(location);
    }

    public Path dbPath() {
        Path explicit = dbPathOrNull();
        return explicit != null ? explicit.toAbsolutePath() : DatabaseLocation.resolve(null);
    }

    public char[] passphrase(boolean confirm) {
        String env = environment.get("CASETRACK_PASSPHRASE");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (passphraseFile != null) {
            try {
                String first = Files.readAllLines(passphraseFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new UserError("The passphrase file " + passphraseFile + " is empty.");
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new UserError("Cannot read the passphrase file " + passphraseFile + ".");
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("No passphrase given: set CASETRACK_PASSPHRASE or use --passphrase-file.");
        }
        ServerAddress server = serverOrNull();
        char[] first = server != null ? console.readPassword("Password of %s for %s: ", server.user(), server.label())
                : console.readPassword("Passphrase for %s: ", dbPath());
        if (first == null || first.length == 0) {
            throw new UserError("No passphrase given.");
        }
        if (confirm) {
            char[] again = console.readPassword("Repeat the passphrase: ");
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserError("The two passphrases differ; nothing was created.");
            }
        }
        return first;
    }

    /** Opens the existing database, file or server, migrating it if needed. */
    public Database open() {
        ServerAddress server = serverOrNull();
        if (server != null) {
            warnIfPlain(server, mixee == null ? new java.io.PrintWriter(System.err, true) : mixee.commandLine().getErr());
            return Database.openServer(server, passphrase(false));
        }
        return Database.open(dbPath(), passphrase(false));
    }

    /** The password of a server user comes from the same places as a passphrase; confirm is for new files only. */
    static void warnIfPlain(ServerAddress server, java.io.PrintWriter err) {
        if (server.plain()) {
            err.println("Warning: the connection to " + server.label() + " is not encrypted (sslmode=disable).");
        }
    }
}
