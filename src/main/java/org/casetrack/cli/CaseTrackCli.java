package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casetrack.ui.DesktopApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: with no sub-command it opens the window; every sub-command runs
 * headless. Errors reach the user as one plain sentence (see {@link UserError}).
 */
@Command(name = "casetrack",
        mixinStandardHelpOptions = true,
        // every sub-command inherits --help and --version (the database options are mixed into each)
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Case tracking for human-rights NGOs. Without a command, opens the window.",
        subcommands = {
            InitCommand.class,
            LoadSampleCommand.class,
            PersonsCommand.class,
            PersonCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ImportCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            ScreenshotsCommand.class,
            UpcomingCommand.class,
            ExportCommand.class,
            ImportJsonCommand.class,
            ScheduleCommand.class,
            ServerCommand.class,
            CopyCommand.class,
        })
public final class CaseTrackCli implements Callable<Integer> {

    @CommandLine.Mixin
    DatabaseOptions db;

    @Override
    public Integer call() {
        org.casetrack.store.ServerAddress server = db.serverOrNull();
        if (server != null) {
            DesktopApp.openServer(server);
        } else {
            DesktopApp.open(db.dbPathOrNull());
        }
        return 0;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new CaseTrackCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(UserError.messageFor(ex));
            commandLine.getErr().flush();
            return UserError.exitCodeFor(ex);
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'casetrack --help'.");
            return 64;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
