package org.casetrack.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casetrack.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Restores a backup over the database, keeping the replaced file beside it. */
@Command(name = "restore", description = "Restore a backup zip; the current database is kept beside it.")
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "FILE", description = "A backup zip written by 'casetrack backup'.")
    Path zip;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path kept = Backups.restore(zip, db.dbPath(), db.passphrase(false));
        spec.commandLine().getOut().println("Restored " + zip + " into " + db.dbPath()
                + (kept == null ? "." : "; the previous database was kept as " + kept + "."));
        return 0;
    }
}
