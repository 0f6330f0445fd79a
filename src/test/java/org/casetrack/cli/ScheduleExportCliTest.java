package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestBackend;
import org.casetrack.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The schedule and export commands against one sample database per engine (file and server). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.casetrack.store.OnBothDatabases
class ScheduleExportCliTest {

    @org.junit.jupiter.params.Parameter
    TestBackend backend;

    @TempDir
    static Path root;

    /** This engine's own folder: both invocations share the class's temporary folder. */
    private Path dir;
    private String db;
    private Path pass;
    private ServerAddress server;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = args[0];
        all[1] = "--db";
        all[2] = db;
        all[3] = "--passphrase-file=" + pass;
        System.arraycopy(args, 1, all, 4, args.length - 1);
        int code = CaseTrackCli.run(new PrintWriter(out), new PrintWriter(err), all);
        return new Run(code, out.toString(), ScheduleCommandTest.withoutPlainWarning(err.toString()));
    }

    /** Once per engine: most tests only read; the one that marks an item done checks its own item only. */
    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    void sample(TestBackend on) throws Exception {
        dir = Files.createDirectories(root.resolve(on.name()));
        pass = dir.resolve("pass.txt");
        Files.writeString(pass, TestDatabases.secret(on) + "\n");
        try (Database d = TestDatabases.sample(on, dir.resolve("cli"))) {
            db = TestDatabases.location(d, dir.resolve("cli"));
            server = d.server().orElse(null);
        }
    }

    @Test
    void upcomingJsonGivesTheKazakhAppealDeadline() {
        Run r = run("upcoming", "--as-of", "2017-04-10", "--days", "30", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JsonMapper.shared().readTree(r.out());
        JsonNode appeal = null;
        for (JsonNode i : root.path("items")) {
            if (i.path("person").asString().equals("Nurbek Kushakbaev") && i.path("kind").asString().equals("appeal_deadline")) {
                appeal = i;
            }
        }
        assertThat(appeal).as(r.out()).isNotNull();
        assertThat(appeal.path("date").asString()).isEqualTo("2017-04-22");
        assertThat(appeal.path("rule").path("citation").asString()).isEqualTo("CPC art. 415");
        assertThat(appeal.path("how").asString()).isEqualTo("verdict 2017-04-07 + 15 days (CPC art. 415)");
        assertThat(appeal.path("source").asString()).startsWith("sentence#");
    }

    @Test
    void icsExportParsesAndKeepsItsUidsWhenExportedTwice() throws Exception {
        Path first = dir.resolve("one.ics");
        Path second = dir.resolve("two.ics");
        assertThat(run("upcoming", "--as-of", "2017-01-01", "--days", "365", "--ics", first.toString()).code()).isZero();
        assertThat(run("upcoming", "--as-of", "2017-01-01", "--days", "365", "--ics", second.toString()).code()).isZero();
        Calendar a = new CalendarBuilder().build(new StringReader(Files.readString(first)));
        Calendar b = new CalendarBuilder().build(new StringReader(Files.readString(second)));
        List<VEvent> ea = a.getComponents("VEVENT");
        List<VEvent> eb = b.getComponents("VEVENT");
        assertThat(ea).isNotEmpty();
        List<String> uidsA = ea.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
        List<String> uidsB = eb.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
        assertThat(uidsA).doesNotHaveDuplicates().isEqualTo(uidsB);
        VEvent appeal = ea.stream().filter(e -> e.getSummary().getValue().startsWith("Nurbek Kushakbaev")).findFirst().orElseThrow();
        assertThat(appeal.getDateTimeStart().getValue()).isEqualTo("20170422");
        assertThat(appeal.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(appeal.getDescription().getValue()).contains("CPC art. 415").contains("Case:");
    }

    @Test
    void marksDoneAreStoredAndHideTheItem() {
        try (Database d = TestDatabases.reopen(server, dir.resolve("cli"))) {
            var service = new org.casetrack.schedule.ScheduleService(d);
            var item = service.items().stream().filter(i -> "Amin Yeleusinov".equals(i.personName())
                    && i.kind() == org.casetrack.model.ItemKind.APPEAL_DEADLINE).findFirst().orElseThrow();
            assertThat(item.due().toIso()).isEqualTo("2017-05-31");
            service.dismiss(item.key());
            assertThat(service.upcoming(java.time.LocalDate.of(2017, 5, 20), 30)).noneMatch(i -> i.key().equals(item.key()));
            service.enterDate(item.key(), java.time.LocalDate.of(2017, 6, 2), "copy served late");
            var again = service.items().stream().filter(i -> i.key().equals(item.key())).findFirst().orElseThrow();
            assertThat(again.due().toIso()).isEqualTo("2017-06-02");
            assertThat(again.computed()).isFalse();
            assertThat(again.status()).isEqualTo(org.casetrack.model.ItemStatus.DISMISSED);
        }
    }

    @Test
    void aBadDateIsAPlainErrorWithExitCodeTwo() {
        Run r = run("upcoming", "--as-of", "22.04.2017");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("--as-of needs a day written YYYY-MM-DD, not \"22.04.2017\".");
    }

    @Test
    void exportPersonWritesEachFormat() throws Exception {
        for (String f : List.of("docx", "pdf", "md")) {
            Path out = dir.resolve("letters").resolve("kushakbaev." + f);
            Run r = run("export", "person", "Kushakbaev", "--format", f, "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(Files.size(out)).isGreaterThan(500);
        }
        assertThat(Files.readString(dir.resolve("letters/kushakbaev.md"), StandardCharsets.UTF_8)).contains("## Summary of the facts").contains("### Nurbek Kushakbaev");
    }

    @Test
    void exportWritesEachLetterKindInRussianAndRefusesAnUnknownKind() throws Exception {
        Path out = dir.resolve("letters").resolve("kushakbaev-wgad.md");
        Run r = run("export", "person", "Kushakbaev", "--kind", "wgad", "--lang", "ru", "--page", "letter", "--format", "md", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("I. Сведения о лице").contains("ЗАПОЛНИТЬ");
        Run bad = run("export", "person", "Kushakbaev", "--kind", "petition", "--format", "md", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("The letter kind is summary, authority, embassy, special-procedures or wgad, not petition.");
    }

    @Test
    void exportErrorsAreSentences() {
        Run wrongFormat = run("export", "person", "Kushakbaev", "--format", "odt", "--out", dir.resolve("x.odt").toString());
        assertThat(wrongFormat.code()).isEqualTo(2);
        assertThat(wrongFormat.err().strip()).isEqualTo("A summary is written as docx, pdf or md, not odt.");
        Run nobody = run("export", "person", "Nobody Atall", "--format", "md", "--out", dir.resolve("x.md").toString());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("No person called 'Nobody Atall' is known.");
    }

    @Test
    void exportAllWritesCsvFilesAndOneJsonDocument() throws Exception {
        Run csv = run("export", "all", "--format", "csv", "--out", dir.resolve("csv").toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(Files.readString(dir.resolve("csv/persons.csv"))).startsWith("\uFEFF");
        Run json = run("export", "all", "--format", "json", "--out", dir.resolve("json").toString());
        assertThat(json.code()).as(json.err()).isZero();
        Path exported = dir.resolve("json/casetrack-data.json");
        assertThat(Files.readString(exported)).contains("\"format\" : \"casetrack.data/1\"");

        // import-json into a new, empty database, export again: the same document
        String before = db;
        try (Database d = TestDatabases.create(backend, dir.resolve("roundtrip"))) {
            db = TestDatabases.location(d, dir.resolve("roundtrip"));
        }
        try {
            Run imported = run("import-json", exported.toString());
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.out()).startsWith("Imported 25 persons");
            assertThat(run("export", "all", "--format", "json", "--out", dir.resolve("again.json").toString()).code()).isZero();
            assertThat(Files.readString(dir.resolve("again.json"))).isEqualTo(Files.readString(exported));
        } finally {
            db = before;
        }
    }
}
