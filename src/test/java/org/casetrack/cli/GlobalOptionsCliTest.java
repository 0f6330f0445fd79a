package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The CLI exactly as README and --help show it: the global options before or after every
 * sub-command, CASETRACK_DB never beating an explicit --db, and --help on every command.
 */
class GlobalOptionsCliTest {

    @TempDir
    Path dir;

    /** Every command that opens a database, with arguments that get it as far as opening. */
    static Map<String, List<String>> databaseCommands() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("load-sample", List.of("load-sample"));
        m.put("persons", List.of("persons"));
        m.put("person", List.of("person", "Anyone"));
        m.put("import", List.of("import", "--dry-run", "src/test/resources/reports/freedonia-2020.txt"));
        m.put("import-json", List.of("import-json", "sample-data/kazakhstan-2016-2017.json"));
        m.put("export", List.of("export", "person", "Anyone", "--format", "md", "--out", "OUT/letter.md"));
        m.put("backup", List.of("backup", "--out", "OUT/b.zip"));
        m.put("upcoming", List.of("upcoming"));
        m.put("schedule done", List.of("schedule", "done", "person:1"));
        m.put("schedule dismiss", List.of("schedule", "dismiss", "person:1"));
        m.put("schedule reopen", List.of("schedule", "reopen", "person:1"));
        m.put("schedule set-date", List.of("schedule", "set-date", "person:1", "2030-01-01"));
        m.put("schedule add", List.of("schedule", "add", "--date", "2030-01-01", "--title", "A visit"));
        m.put("schedule rules", List.of("schedule", "rules"));
        m.put("screenshots", List.of("screenshots", "--out", "OUT/shots"));
        return m;
    }

    /** Commands that need no database, and the ones tested by a test of their own below. */
    // commands that work on no database, on two (copy), or only on a server (server grant)
    static final List<String> OTHERS = List.of("init", "restore", "extract", "bench", "schedule", "eval", "copy", "server", "server grant");

    /** Commands whose help rightly shows no --db: they name no database, or two of their own. */
    static final List<String> NO_DB_OPTION = List.of("extract", "bench", "eval", "copy", "server");

    static List<String> allCommandNames() {
        List<String> names = new ArrayList<>();
        collect(CaseTrackCli.commandLine(), "", names);
        return names;
    }

    private static void collect(CommandLine cl, String prefix, List<String> names) {
        cl.getSubcommands().forEach((name, sub) -> {
            String full = (prefix + " " + name).strip();
            names.add(full);
            collect(sub, full, names);
        });
    }

    @Test
    void everyCommandIsCoveredByTheseTests() {
        List<String> covered = new ArrayList<>(databaseCommands().keySet());
        covered.addAll(OTHERS);
        assertThat(covered).containsExactlyInAnyOrderElementsOf(allCommandNames());
    }

    static Stream<Arguments> positions() {
        return databaseCommands().entrySet().stream().flatMap(e -> Stream.of(
                Arguments.of(e.getKey(), e.getValue(), true), Arguments.of(e.getKey(), e.getValue(), false)));
    }

    /**
     * CASETRACK_DB names a decoy; --db names another missing file. The command must look for
     * the --db file, wherever --db stands, and create neither.
     */
    @ParameterizedTest(name = "{0}, --db before: {2}")
    @MethodSource("positions")
    void dbOptionWorksBeforeAndAfterTheCommand(String name, List<String> args, boolean before) throws Exception {
        Path decoy = dir.resolve("decoy.mv.db");
        Path target = dir.resolve("chosen");
        List<String> full = new ArrayList<>();
        List<String> global = List.of("--db", target.toString());
        if (before) {
            full.addAll(global);
        }
        args.forEach(a -> full.add(a.replace("OUT", dir.toString())));
        if (!before) {
            full.addAll(global);
        }
        var r = Faults.cli().env("CASETRACK_DB", decoy.toString()).run(full.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("No CaseTrack database at " + dir.resolve("chosen.mv.db") + "; create one with 'casetrack init'.");
        assertThat(decoy).doesNotExist();
        assertThat(dir.resolve("chosen.mv.db")).doesNotExist();
    }

    @ParameterizedTest(name = "init, --db before: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void initCreatesTheChosenFileInBothPositions(boolean before) {
        Path decoy = dir.resolve("decoy.mv.db");
        String target = dir.resolve("new").toString();
        String[] args = before ? new String[] {"--db", target, "init"} : new String[] {"init", "--db", target};
        var r = Faults.cli().env("CASETRACK_DB", decoy.toString()).run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("new.mv.db")).exists();
        assertThat(decoy).doesNotExist();
    }

    @ParameterizedTest(name = "restore, --db before: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void restoreReplacesTheChosenDatabaseInBothPositions(boolean before) throws Exception {
        CliRunner cli = Faults.cli();
        String source = dir.resolve("source").toString();
        assertThat(cli.run("init", "--db", source).code()).isZero();
        String zip = dir.resolve("b.zip").toString();
        assertThat(cli.run("backup", "--out", zip, "--db", source).code()).isZero();
        Path decoy = dir.resolve("decoy");
        assertThat(cli.run("init", "--db", decoy.toString()).code()).isZero();
        String target = dir.resolve("target").toString();
        String[] args = before ? new String[] {"--db", target, "restore", zip, "--yes"} : new String[] {"restore", zip, "--yes", "--db", target};
        var r = cli.env("CASETRACK_DB", decoy.toString()).run(args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("target.mv.db")).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("decoy.mv.db.replaced"));
        }
    }

    @Test
    void passphraseFileWorksBeforeTheCommand() throws Exception {
        Path file = dir.resolve("pass.txt");
        Files.writeString(file, "from a file before the command\n");
        String db = dir.resolve("p").toString();
        var noEnv = new CliRunner();
        assertThat(noEnv.run("--passphrase-file", file.toString(), "--db", db, "init").code()).isZero();
        var r = noEnv.run("--passphrase-file", file.toString(), "persons", "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        var between = noEnv.run("--db", db, "schedule", "--passphrase-file", file.toString(), "rules");
        assertThat(between.code()).as(between.err()).isZero();
    }

    @Test
    void twoDifferentDatabasesAreRefused() {
        var r = Faults.cli().run("--db", dir.resolve("a").toString(), "persons", "--db", dir.resolve("b").toString());
        Faults.assertOneSentence(r);
        assertThat(r.err()).contains("Two different --db values");
    }

    static Stream<String> everyCommand() {
        return allCommandNames().stream();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("everyCommand")
    void everyCommandAcceptsHelp(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        var r = Faults.cli().run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Usage: casetrack " + command);
        if (!NO_DB_OPTION.contains(command)) {
            assertThat(r.out()).contains("--db=PATH").contains("--passphrase-file=FILE");
        }
    }
}
