package org.casetrack.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;
import org.casetrack.store.ServerAddress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the database is and how to unlock it, shared by every command. The passphrase
 * comes from CASETRACK_PASSPHRASE, else --passphrase-file, else a console prompt.
 *
 * <p>Every command mixes this in, and so does the top-level {@code casetrack}: the options
 * work before and after the sub-command. A command without its own value takes the one
 * given to an enclosing command; an explicit {@code --db} anywhere beats CASETRACK_DB
 * (docs/decisions/0050-global-options.md). {@code --db} names a file or a server
 * (docs/server.md).
 */
public final class DatabaseOptions {

    /** Tests replace the environment; the real one otherwise. */
    static Map<String, String> environment = System.getenv();

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Database file, or postgresql://HOST[:PORT]/DATABASE?user=NAME for a server (default: CASETRACK_DB or the per-user data folder).")
    String db;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "CA certificate that signed the server's TLS certificate.")
    Path caFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase (or server password) from the first line of FILE.")
    Path passphraseFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The --db given on this command or an enclosing one; two different ones are refused. */
    private String explicitDb() {
        String found = db;
        for (DatabaseOptions o = enclosing(); o != null; o = o.enclosing()) {
            if (o.db != null) {
                if (found != null && !sameLocation(found, o.db)) {
                    throw new UserError("Two different --db values were given (" + o.db + " and " + found + "); give one.");
                }
                found = found == null ? o.db : found;
            }
        }
        return found;
    }

    private static boolean sameLocation(String a, String b) {
        if (ServerAddress.isServer(a) || ServerAddress.isServer(b)) {
            return a.equals(b);
        }
        return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
    }

    /** The nearest value of an option on this command or an enclosing one, or null. */
    private <T> T inherited(Function<DatabaseOptions, T> option) {
        for (DatabaseOptions o = this; o != null; o = o.enclosing()) {
            T value = option.apply(o);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The options of the nearest enclosing command that has them, or null. */
    private DatabaseOptions enclosing() {
        for (CommandSpec s = mixee == null ? null : mixee.parent(); s != null; s = s.parent()) {
            for (CommandSpec m : s.mixins().values()) {
                if (m.userObject() instanceof DatabaseOptions o) {
                    return o;
                }
            }
        }
        return null;
    }

    /** --db (here or on an enclosing command), else CASETRACK_DB, else null. */
    String locationOrNull() {
        String explicit = explicitDb();
        if (explicit != null) {
            return explicit;
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
        Path ca = inherited(o -> o.caFile);
        return ca == null ? a : a.withCaFile(ca);
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
        Path passphraseFile = inherited(o -> o.passphraseFile);
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
        PrintWriter err = mixee == null ? new PrintWriter(System.err, true) : mixee.commandLine().getErr();
        Database db;
        if (server != null) {
            warnIfPlain(server, err);
            db = Database.openServer(server, passphrase(false));
        } else {
            db = Database.open(dbPath(), passphrase(false));
        }
        // which backup an upgrade wrote first, and where: the user may want it one day
        db.upgradeNotice().ifPresent(sentence -> {
            err.println(sentence);
            err.flush();
        });
        return db;
    }

    /** A plain connection is allowed only when asked for, and then said out loud. */
    static void warnIfPlain(ServerAddress server, PrintWriter err) {
        if (server.plain()) {
            err.println("Warning: the connection to " + server.label() + " is not encrypted (sslmode=disable).");
        }
    }
}
