package org.casetrack.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a backup: a zip of the still-encrypted database file. */
@Command(name = "backup", description = "Write a backup copy (still encrypted) to a zip file.")
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The zip file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(out)) {
            throw new UserError("The file " + out + " already exists; choose another name.");
        }
        boolean server;
        try (Database d = db.open()) {
            server = d.server().isPresent();
            d.backupTo(out);
        }
        spec.commandLine().getOut().println("Backup written to " + out.toAbsolutePath() + (server
                ? " (a JSON copy of every table, NOT encrypted: keep it safe; for a full dump use pg_dump, docs/server.md)."
                : " (encrypted with the same passphrase)."));
        return 0;
    }
}
