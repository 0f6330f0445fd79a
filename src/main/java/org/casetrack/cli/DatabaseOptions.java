package org.casetrack.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;
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
 * (docs/decisions/0050-global-options.md).
 */
public final class DatabaseOptions {

    /** Tests replace the environment; the real one otherwise. */
    static Map<String, String> environment = System.getenv();

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: CASETRACK_DB or the per-user data folder).")
    Path db;

    @Option(names = "--passphrase-file", paramLabel = "FILE", description = "Read the passphrase from the first line of FILE.")
    Path passphraseFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The --db given on this command or an enclosing one; two different ones are refused. */
    private Path explicitDb() {
        Path found = db;
        for (DatabaseOptions o = enclosing(); o != null; o = o.enclosing()) {
            if (o.db != null) {
                if (found != null && !found.toAbsolutePath().normalize().equals(o.db.toAbsolutePath().normalize())) {
                    throw new UserError("Two different --db values were given (" + o.db + " and " + found + "); give one.");
                }
                found = found == null ? o.db : found;
            }
        }
        return found;
    }

    private Path explicitPassphraseFile() {
        for (DatabaseOptions o = this; o != null; o = o.enclosing()) {
            if (o.passphraseFile != null) {
                return o.passphraseFile;
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

    public Path dbPathOrNull() {
        Path explicit = explicitDb();
        if (explicit != null) {
            return explicit;
        }
        String env = environment.get("CASETRACK_DB");
        return env == null || env.isBlank() ? null : Path.of(env);
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
        Path passphraseFile = explicitPassphraseFile();
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
        char[] first = console.readPassword("Passphrase for %s: ", dbPath());
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

    /** Opens the existing database, migrating it if needed. */
    public Database open() {
        return Database.open(dbPath(), passphrase(false));
    }
}
