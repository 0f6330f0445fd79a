package org.casetrack.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casetrack.export.DatabaseCopy;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Copies a whole case base between a file and a server, either way (docs/decisions/0074).
 * The target must be new or empty: this is a plain copy, not a merge of concurrent edits.
 * Each side's secret comes from CASETRACK_FROM_PASSPHRASE / CASETRACK_TO_PASSPHRASE, else
 * --from-passphrase-file / --to-passphrase-file, else CASETRACK_PASSPHRASE, else a prompt.
 */
@Command(name = "copy", description = "Copy all case data from one database (file or postgresql://…) into a new or empty one.")
public final class CopyCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The database to copy.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|URL", description = "The new or empty database to fill.")
    String to;

    @Option(names = "--from-passphrase-file", paramLabel = "FILE", description = "Passphrase or password of the source.")
    Path fromFile;

    @Option(names = "--to-passphrase-file", paramLabel = "FILE", description = "Passphrase or password of the target.")
    Path toFile;

    @Option(names = "--ca-file", paramLabel = "FILE", description = "CA certificate of the server's TLS certificate.")
    Path caFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (Database source = openSource(); Database target = openTarget()) {
            DatabaseCopy.Result r = DatabaseCopy.copy(source, target, line -> {
                out.println(line);
                out.flush();
            });
            out.printf("Copied %d documents, %d persons, %d cases and %d events; both sides export the same JSON.%n",
                    r.documents(), r.persons(), r.cases(), r.events());
        }
        return 0;
    }

    private Database openSource() {
        char[] secret = secret("FROM", fromFile, from);
        if (ServerAddress.isServer(from)) {
            ServerAddress a = server(from);
            DatabaseOptions.warnIfPlain(a, spec.commandLine().getErr());
            return Database.openServer(a, secret);
        }
        return Database.open(Path.of(from), secret);
    }

    /** A new file is created; on a server an empty database gets the schema, one with the schema must hold no cases. */
    private Database openTarget() {
        if (ServerAddress.isServer(to)) {
            ServerAddress a = server(to);
            DatabaseOptions.warnIfPlain(a, spec.commandLine().getErr());
            char[] secret = secret("TO", toFile, to);
            try {
                return Database.createOnServer(a, secret);
            } catch (org.casetrack.store.StoreException e) {
                if (e.kind() != org.casetrack.store.StoreException.Kind.ALREADY_EXISTS) {
                    throw e;
                }
                return Database.openServer(a, secret);
            }
        }
        if (Database.exists(Path.of(to))) {
            throw new UserError("A database already exists at " + to + "; copy only into a new file.");
        }
        return Database.create(Path.of(to), secret("TO", toFile, to));
    }

    private ServerAddress server(String url) {
        ServerAddress a = ServerAddress.parse(url);
        return caFile == null ? a : a.withCaFile(caFile);
    }

    private static char[] secret(String side, Path file, String where) {
        String env = DatabaseOptions.environment.get("CASETRACK_" + side + "_PASSPHRASE");
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                if (first.isEmpty()) {
                    throw new UserError("The passphrase file " + file + " is empty.");
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new UserError("Cannot read the passphrase file " + file + ".");
            }
        }
        String shared = DatabaseOptions.environment.get("CASETRACK_PASSPHRASE");
        if (shared != null && !shared.isEmpty()) {
            return shared.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("No passphrase for " + where + ": set CASETRACK_" + side + "_PASSPHRASE or use --"
                    + side.toLowerCase(java.util.Locale.ROOT) + "-passphrase-file.");
        }
        char[] typed = console.readPassword("Passphrase or password for %s: ", where);
        if (typed == null || typed.length == 0) {
            throw new UserError("No passphrase given.");
        }
        return typed;
    }
}
