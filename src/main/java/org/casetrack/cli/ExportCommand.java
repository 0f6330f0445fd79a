package org.casetrack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casetrack.dataset.DataSet;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.model.SafeText;
import org.casetrack.store.PrivateFiles;
import org.casetrack.dossier.DossierService;
import org.casetrack.export.BulkExport;
import org.casetrack.export.ExportFormat;
import org.casetrack.export.Lang;
import org.casetrack.export.LetterKind;
import org.casetrack.export.LetterOptions;
import org.casetrack.export.PageSize;
import org.casetrack.export.SummaryExport;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Case summaries for advocacy letters (person, case) and bulk exports of the whole database (all). */
@Command(name = "export", description = {
        "Write a letter:  export person|case NAME-OR-ID [--kind summary|authority|embassy|special-procedures|wgad] [--lang en|ru] [--page a4|letter] --format docx|pdf|md --out FILE",
        "Export the whole database:    export all --format csv|json --out DIR"})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "person, case or all")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME-OR-ID", description = "The person or case (not for 'all').")
    String target;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, pdf or md for a summary; csv or json for all.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE-OR-DIR", description = "The file to write (for 'all': a folder).")
    Path out;

    @Option(names = "--include-confidential", description = "Include records and notes marked confidential.")
    boolean includeConfidential;

    @Option(names = "--template", paramLabel = "FILE", description = "A letter template laid over the kind's own (see docs/exports.md).")
    Path template;

    @Option(names = "--force", description = "Replace an existing file (otherwise CaseTrack refuses to overwrite it).")
    boolean force;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "summary",
            description = "summary (default), authority, embassy, special-procedures or wgad.")
    String kind;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "The letter's language: en (default) or ru.")
    String lang;

    @Option(names = "--page", paramLabel = "SIZE", defaultValue = "a4", description = "Paper: a4 (default) or letter.")
    String page;

    @Override
    public Integer call() {
        String w = what.toLowerCase(Locale.ROOT);
        String f = format.toLowerCase(Locale.ROOT);
        switch (w) {
            case "all" -> {
                if (target != null) {
                    throw new UserError("'export all' takes no name; did you mean 'export person " + target + "'?");
                }
                if (!f.equals("csv") && !f.equals("json")) {
                    throw new UserError("'export all' writes csv or json, not " + format + ".");
                }
                exportAll(f);
            }
            case "person", "case" -> {
                if (target == null || target.isBlank()) {
                    throw new UserError("Say which " + w + " to export: 'export " + w + " NAME-OR-ID'.");
                }
                ExportFormat fmt;
                try {
                    fmt = ExportFormat.valueOf(f.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new UserError("A summary is written as docx, pdf or md, not " + format + ".");
                }
                exportSummary(w, fmt);
            }
            default -> throw new UserError("Export what? Use 'person', 'case' or 'all', not '" + what + "'.");
        }
        return 0;
    }

    private void exportSummary(String w, ExportFormat fmt) {
        LetterOptions o;
        try {
            o = new LetterOptions(LetterKind.parse(kind), Lang.parse(lang), PageSize.parse(page), includeConfidential, template, LocalDate.now());
            o.letterTemplate();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        refuseExisting(out);
        byte[] bytes;
        try (Database d = db.open()) {
            SummaryExport export = new SummaryExport(d);
            boolean isCase = !w.equals("person");
            long id = isCase ? export.resolveCase(target) : new DossierService(d).resolvePerson(target);
            bytes = export.render(isCase, id, o, fmt);
        }
        try {
            PrivateFiles.write(out, bytes, force);
        } catch (IOException e) {
            throw new UserError("Cannot write " + out + ".");
        }
        spec.commandLine().getOut().println("Wrote " + out + (includeConfidential ? " (confidential content included)" : ""));
    }

    private void refuseExisting(Path file) {
        if (!force && Files.exists(file)) {
            throw new UserError("The file " + file + " already exists; choose another name or add --force to replace it.");
        }
    }

    /**
     * Writes everything, unencrypted, readable by the owner only. Confidential records, and
     * every record about a confidential person or case, are left out of JSON and CSV unless
     * asked for (docs/decisions/0054-export-safety.md).
     */
    private void exportAll(String f) {
        PrintWriter o = spec.commandLine().getOut();
        int leftOut;
        try (Database d = db.open()) {
            BulkExport export = new BulkExport(d);
            DataSet all = export.dataSet();
            ConfidentialFilter.Result filtered = ConfidentialFilter.strip(all);
            leftOut = filtered.leftOut();
            if (f.equals("json")) {
                Path file = Files.isDirectory(out) || !out.toString().endsWith(".json") ? out.resolve("casetrack-data.json") : out;
                refuseExisting(file);
                DataSet data = includeConfidential ? all : filtered.data();
                PrivateFiles.write(file, SafeText.escapeInJson(DataSetJson.toJson(data)).getBytes(StandardCharsets.UTF_8), force);
                o.println("Wrote " + file);
            } else {
                if (!force && Files.isDirectory(out)) {
                    try (Stream<Path> files = Files.list(out)) {
                        if (files.anyMatch(p -> p.getFileName().toString().endsWith(".csv"))) {
                            throw new UserError("The folder " + out + " already holds CSV files; choose an empty folder or add --force to replace them.");
                        }
                    }
                }
                PrivateFiles.createDirectories(out);
                BulkExport.CsvResult written = export.writeCsv(out, includeConfidential);
                List<Path> files = written.files();
                files.forEach(PrivateFiles::restrict);
                leftOut = written.leftOut();
                o.println("Wrote " + files.size() + " CSV files to " + out);
            }
        } catch (IOException e) {
            throw new UserError("Cannot write to " + out + ".");
        }
        o.println("Warning: these files are not encrypted; anyone who can read them sees the data, so keep them safe and delete them when done.");
        if (includeConfidential) {
            o.println("Confidential records are included.");
        } else if (leftOut > 0) {
            o.println("Left out " + leftOut + " confidential records (add --include-confidential to include them).");
        }
    }
}
