package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
        description = "Case tracking for human-rights NGOs. Without a command, opens the window.")
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

    /**
     * The sub-commands, in the order --help lists them. They are registered here and not in the
     * annotation so that a run builds picocli's model of the commands it names only: reflecting
     * over all of them (and the store, model and jOOQ classes their fields name) took about a
     * third of the start-up of 'casetrack extract' (docs/decisions/0049-extraction-speed.md).
     */
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("init", InitCommand.class);
        COMMANDS.put("load-sample", LoadSampleCommand.class);
        COMMANDS.put("persons", PersonsCommand.class);
        COMMANDS.put("person", PersonCommand.class);
        COMMANDS.put("backup", BackupCommand.class);
        COMMANDS.put("restore", RestoreCommand.class);
        COMMANDS.put("import", ImportCommand.class);
        COMMANDS.put("extract", ExtractCommand.class);
        COMMANDS.put("eval", EvalCommand.class);
        COMMANDS.put("bench", BenchCommand.class);
        COMMANDS.put("screenshots", ScreenshotsCommand.class);
        COMMANDS.put("upcoming", UpcomingCommand.class);
        COMMANDS.put("export", ExportCommand.class);
        COMMANDS.put("import-json", ImportJsonCommand.class);
        COMMANDS.put("schedule", ScheduleCommand.class);
        COMMANDS.put("server", ServerCommand.class);
        COMMANDS.put("copy", CopyCommand.class);
    }

    /** The whole command line, every sub-command registered (for --help, tests and documentation). */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when they name sub-commands, only those are
     * registered (an argument that merely looks like one, a file called "init", costs an unused
     * registration, never a different parse); otherwise all of them, so that --help, the
     * window and picocli's "unknown command" message are unchanged.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new CaseTrackCli());
        Set<String> named = new HashSet<>(Arrays.asList(args));
        named.retainAll(COMMANDS.keySet());
        for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
            if (named.isEmpty() || named.contains(c.getKey())) {
                cl.addSubcommand(c.getKey(), c.getValue());
            }
        }
        return cl;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams; used by tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args);
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
