package org.casetrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casetrack.store.Backups;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Restores a backup over the database, keeping the replaced file beside it. Replacing an
 * existing database is confirmed first ({@code --yes} for scripts); the zip is checked and
 * opened aside before anything changes (see {@link Backups#restore}).
 */
@Command(name = "restore", description = "Restore a backup zip; asks first, and the current database is kept beside it.")
public final class RestoreCommand implements Callable<Integer> {

    /** Tests answer the confirmation question through this. */
    static java.io.InputStream confirmationInput = System.in;

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "FILE", description = "A backup zip written by 'casetrack backup'.")
    Path zip;

    @Option(names = "--yes", description = "Replace the existing database without asking.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path target = db.dbPath();
        char[] passphrase = db.passphrase(false);
        if (Database.exists(target) && !yes && !confirm(spec.commandLine().getOut(), target)) {
            throw new UserError("Nothing was restored: the database was not replaced (use --yes to replace it without asking).");
        }
        Path kept = Backups.restore(zip, target, passphrase);
        spec.commandLine().getOut().println("Restored " + zip + " into " + target
                + (kept == null ? "." : "; the previous database was kept as " + kept + "."));
        return 0;
    }

    private static boolean confirm(PrintWriter out, Path target) {
        return YesNoPrompt.ask(out, confirmationInput, "Replace the database " + target + " with this backup?");
    }
}
