package org.casetrack.cli;

import java.util.concurrent.Callable;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Creates a new encrypted database; never overwrites an existing one. */
@Command(name = "init", description = "Create a new encrypted database, or the schema in an empty database on a server.")
public final class InitCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerAddress server = db.serverOrNull();
        if (server != null) {
            DatabaseOptions.warnIfPlain(server, spec.commandLine().getErr());
            try (Database d = Database.createOnServer(server, db.passphrase(false))) {
                spec.commandLine().getOut().println("Created the CaseTrack schema (version " + d.schemaVersion() + ") in " + server.label() + ".");
                spec.commandLine().getOut().println("Give users a role with 'casetrack server grant USER ROLE' (docs/server.md).");
            }
            return 0;
        }
        if (Database.exists(db.dbPath())) {
            throw new UserError("A database already exists at " + db.dbPath() + "; CaseTrack will not overwrite it.");
        }
        try (Database d = Database.create(db.dbPath(), db.passphrase(true))) {
            spec.commandLine().getOut().println("Created an encrypted database at " + d.dataFile());
            spec.commandLine().getOut().println("Keep the passphrase safe: without it the data cannot be recovered.");
        }
        return 0;
    }
}
