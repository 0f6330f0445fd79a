package org.casetrack.cli;

import java.util.concurrent.Callable;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.ServerRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Administration of a shared server (docs/server.md). */
@Command(name = "server", description = "Manage a CaseTrack database on a PostgreSQL server.",
        subcommands = {ServerCommand.Grant.class})
public final class ServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** casetrack server grant USER ROLE: run as the database owner (or a user with CREATEROLE). */
    @Command(name = "grant", description = "Give USER exactly one CaseTrack role: viewer, caseworker or confidential.")
    static final class Grant implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "USER", description = "An existing login on the server.")
        String user;

        @Parameters(index = "1", paramLabel = "ROLE", description = "viewer, caseworker or confidential.")
        String role;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ServerAddress server = db.serverOrNull();
            if (server == null) {
                throw new UserError("'server grant' needs --db postgresql://HOST/DATABASE?user=OWNER (or CASETRACK_DB).");
            }
            DatabaseOptions.warnIfPlain(server, spec.commandLine().getErr());
            String role = ServerRoles.roleName(this.role);
            spec.commandLine().getOut().println(ServerRoles.grant(server, db.passphrase(false), user, role));
            return 0;
        }
    }
}
