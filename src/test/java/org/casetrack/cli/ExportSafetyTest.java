package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports: no silent overwrite, owner-only files, confidential records left out of bulk
 * exports unless asked for, no Markdown injection through names, and bidi controls
 * neutralised in every format.
 */
class ExportSafetyTest {

    private static final char RLO = '\u202E';

    @TempDir
    Path dir;

    private final CliRunner cli = Faults.cli();
    private String db;
    private long ivan;
    private long aigerim;

    @BeforeEach
    void databaseWithTrickyNames() throws Exception {
        db = dir.resolve("cases").toString();
        assertThat(cli.run("init", "--db", db).code()).isZero();
        String json = "{\"format\":\"casetrack.data/1\",\"documents\":[{\"key\":\"doc-1\",\"title\":\"An export-safety note\",\"publisher\":\"Test\"}],"
                + "\"persons\":["
                + "{\"key\":\"ivan\",\"name\":\"Ivan Trickov\\n# Injected heading\\n\\n===\",\"status\":\"detained\",\"sources\":[{\"document\":\"doc-1\"}]},"
                + "{\"key\":\"aigerim\",\"name\":\"Aigerim \\u202Evonaspo\",\"status\":\"detained\",\"notes\":\"line one\\n## not a heading\","
                + "\"sources\":[{\"document\":\"doc-1\"}]},"
                + "{\"key\":\"hidden\",\"name\":\"Hidden Confidentialperson\",\"status\":\"detained\",\"confidential\":true,\"sources\":[{\"document\":\"doc-1\"}]}],"
                + "\"events\":[{\"persons\":[\"hidden\"],\"type\":\"detention\",\"date\":\"2019-03\",\"summary\":\"Held somewhere secret\","
                + "\"sources\":[{\"document\":\"doc-1\"}]}]}";
        var r = cli.run("import-json", Faults.writeJson(dir, "tricky.json", json).toString(), "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode persons = JsonMapper.builder().build().readTree(cli.run("persons", "--json", "--db", db).out()).get("persons");
        for (JsonNode p : persons) {
            if (p.get("name").asString().startsWith("Ivan")) {
                ivan = p.get("id").asLong();
            } else if (p.get("name").asString().startsWith("Aigerim")) {
                aigerim = p.get("id").asLong();
            }
        }
        assertThat(ivan).isPositive();
        assertThat(aigerim).isPositive();
    }

    private CliRunner.Result export(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--db";
        full[args.length + 1] = db;
        return cli.run(full);
    }

    @Test
    void aNameWithLineBreaksCannotInjectMarkdownHeadings() throws Exception {
        Path md = dir.resolve("ivan.md");
        assertThat(export("export", "person", String.valueOf(ivan), "--format", "md", "--out", md.toString()).code()).isZero();
        String text = Files.readString(md);
        assertThat(text).contains("Injected heading");
        assertThat(text.lines()).noneMatch(l -> l.matches("#+ *Injected.*")).noneMatch(l -> l.strip().matches("=+"));
        Path md2 = dir.resolve("aigerim.md");
        assertThat(export("export", "person", String.valueOf(aigerim), "--format", "md", "--out", md2.toString(), "--include-confidential").code())
                .isZero();
        assertThat(Files.readString(md2).lines()).noneMatch(l -> l.startsWith("## not a heading"));
    }

    @Test
    void bidiControlsAreNeutralisedInEveryFormat() throws Exception {
        for (String f : new String[] {"md", "docx", "pdf"}) {
            Path out = dir.resolve("aigerim." + f);
            var r = export("export", "person", String.valueOf(aigerim), "--format", f, "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            String text = switch (f) {
                case "md" -> Files.readString(out);
                case "docx" -> docxText(out);
                default -> {
                    try (var pdf = Loader.loadPDF(out.toFile())) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
            };
            assertThat(text).as(f).contains("Aigerim").doesNotContain(String.valueOf(RLO));
            Faults.assertOwnerOnly(out);
        }
        Path json = dir.resolve("all.json");
        assertThat(export("export", "all", "--format", "json", "--out", json.toString()).code()).isZero();
        String raw = Files.readString(json);
        assertThat(raw).doesNotContain(String.valueOf(RLO)).containsIgnoringCase("\\u202e");
        Path csv = dir.resolve("csv");
        assertThat(export("export", "all", "--format", "csv", "--out", csv.toString(), "--include-confidential").code()).isZero();
        String persons = Files.readString(csv.resolve("persons.csv"));
        assertThat(persons).contains("Aigerim").doesNotContain(String.valueOf(RLO));
        Path rules = dir.resolve("rules.json");
        assertThat(export("schedule", "rules", "--export", rules.toString()).code()).isZero();
        Faults.assertOwnerOnly(rules);
    }

    private static String docxText(Path docx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
            for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void existingFilesAreNotOverwrittenWithoutForce() throws Exception {
        Path letter = Files.writeString(dir.resolve("letter.md"), "keep me");
        Path json = Files.writeString(dir.resolve("all.json"), "keep me");
        Path rules = Files.writeString(dir.resolve("rules.json"), "keep me");
        Faults.assertOneSentence(export("export", "person", String.valueOf(ivan), "--format", "md", "--out", letter.toString()));
        Faults.assertOneSentence(export("export", "all", "--format", "json", "--out", json.toString()));
        Faults.assertOneSentence(export("schedule", "rules", "--export", rules.toString()));
        for (Path p : new Path[] {letter, json, rules}) {
            assertThat(Files.readString(p)).isEqualTo("keep me");
        }
        assertThat(export("export", "person", String.valueOf(ivan), "--format", "md", "--out", letter.toString(), "--force").code()).isZero();
        assertThat(export("export", "all", "--format", "json", "--out", json.toString(), "--force").code()).isZero();
        assertThat(export("schedule", "rules", "--export", rules.toString(), "--force").code()).isZero();
        for (Path p : new Path[] {letter, json, rules}) {
            assertThat(Files.readString(p)).isNotEqualTo("keep me");
            Faults.assertOwnerOnly(p);
        }
        Path csv = dir.resolve("csv");
        assertThat(export("export", "all", "--format", "csv", "--out", csv.toString(), "--include-confidential").code()).isZero();
        Faults.assertOneSentence(export("export", "all", "--format", "csv", "--out", csv.toString(), "--include-confidential"));
        assertThat(export("export", "all", "--format", "csv", "--out", csv.toString(), "--include-confidential", "--force").code()).isZero();
    }

    @Test
    void bulkExportLeavesConfidentialRecordsOutUnlessAsked() throws Exception {
        Path json = dir.resolve("all.json");
        var r = export("export", "all", "--format", "json", "--out", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("not encrypted").contains("Left out 2 confidential records");
        assertThat(Files.readString(json)).doesNotContain("Confidentialperson").doesNotContain("Held somewhere secret").contains("Ivan Trickov");
        Faults.assertOwnerOnly(json);

        Path all = dir.resolve("everything.json");
        var r2 = export("export", "all", "--format", "json", "--out", all.toString(), "--include-confidential");
        assertThat(r2.code()).isZero();
        assertThat(r2.out()).contains("not encrypted").contains("Confidential records are included");
        assertThat(Files.readString(all)).contains("Confidentialperson").contains("Held somewhere secret");

        Path filtered = dir.resolve("csv");
        var csv = export("export", "all", "--format", "csv", "--out", filtered.toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("not encrypted").contains("Left out 2 confidential records");
        String everyFile;
        try (var files = Files.list(filtered)) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.toList()) {
                Faults.assertOwnerOnly(f);
                text.append(Files.readString(f));
            }
            everyFile = text.toString();
        }
        assertThat(everyFile).contains("Ivan Trickov").doesNotContain("Confidentialperson").doesNotContain("Held somewhere secret");
        assertThat(Files.readString(filtered.resolve("evidence.csv")).lines().count())
                .as("evidence of the left-out person and event is left out too").isEqualTo(3);
        Path csvDir = dir.resolve("csv2");
        assertThat(export("export", "all", "--format", "csv", "--out", csvDir.toString(), "--include-confidential").code()).isZero();
        try (var files = Files.list(csvDir)) {
            for (Path f : files.toList()) {
                Faults.assertOwnerOnly(f);
            }
        }
        assertThat(Files.readString(csvDir.resolve("persons.csv"))).contains("Confidentialperson");
        assertThat(Files.readString(csvDir.resolve("events.csv"))).contains("Held somewhere secret");
    }

    @Test
    void calendarFilesAreOwnerOnly() throws Exception {
        Path ics = dir.resolve("items.ics");
        var r = cli.run("upcoming", "--ics", ics.toString(), "--db", db);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR");
        Faults.assertOwnerOnly(ics);
    }

    @Test
    void backupsAreOwnerOnly() throws Exception {
        Path zip = dir.resolve("b.zip");
        assertThat(cli.run("backup", "--out", zip.toString(), "--db", db).code()).isZero();
        Faults.assertOwnerOnly(zip);
    }
}
