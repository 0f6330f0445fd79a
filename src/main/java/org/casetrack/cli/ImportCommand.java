package org.casetrack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.casetrack.importer.ImportException;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportResult;
import org.casetrack.importer.ImportService;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports country reports into the database: each report is planned (read, extracted,
 * matched), shown, and then committed in its own transaction.
 */
@Command(name = "import", description = "Import country reports (text, HTML or PDF), merging their people with the known ones.")
public final class ImportCommand implements Callable<Integer> {

    /** Tests answer the confirmation question through this. */
    static java.io.InputStream confirmationInput = System.in;

    @Mixin
    DatabaseOptions db;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Report files.")
    List<Path> files;

    @Option(names = "--yes", description = "Import without asking for confirmation.")
    boolean yes;

    @Option(names = "--dry-run", description = "Show what would be imported and write nothing.")
    boolean dryRun;

    @Option(names = "--accept-change", paramLabel = "ID", split = ",",
            description = "Apply this proposed change to a known person (c1, c2 … as listed); none is applied otherwise.")
    Set<String> acceptChanges = Set.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database d = db.open()) {
            ImportService service = new ImportService(d);
            for (Path file : files) {
                ImportPlan plan;
                try {
                    plan = service.plan(file, ImportProgress.NONE);
                } catch (ImportException e) {
                    throw new UserError(e.getMessage());
                }
                if (plan.alreadyImported()) {
                    out.printf("%s was imported before (document %d); nothing changed.%n", file.getFileName(), plan.alreadyImportedAs());
                    continue;
                }
                printPlan(out, plan);
                if (dryRun) {
                    out.println("Dry run: nothing was written.");
                    continue;
                }
                if (!yes && !confirm(out)) {
                    out.println("Not imported.");
                    continue;
                }
                Set<String> accepted = new java.util.LinkedHashSet<>(plan.proposedIds());
                plan.changes().stream().map(ImportPlan.ChangeCandidate::id).filter(acceptChanges::contains).forEach(accepted::add);
                ImportResult r = service.commit(plan, accepted);
                out.printf("Imported %s: %d new and %d known persons, %d new cases, %d sentences, %d appeals, %d UN rulings, "
                                + "%d events, %d designations; %d facts already known gained this source; %d changes applied.%n",
                        file.getFileName(), r.newPersons(), r.matchedPersons(), r.cases(), r.sentences(), r.appeals(), r.rulings(),
                        r.events(), r.designations(), r.merged(), r.changed());
            }
        }
        return 0;
    }

    static void printPlan(PrintWriter out, ImportPlan plan) {
        var r = plan.report();
        // only what the report says about itself: an unknown country is left out, never printed as "null"
        String about = String.join(", ", java.util.stream.Stream.of(r.publisher(), r.country(),
                r.periodYear() == null ? null : "covers " + r.periodYear()).filter(x -> x != null && !x.isBlank()).toList());
        out.printf("%s: %s%s%n", plan.fileName(), r.title(), about.isEmpty() ? "" : " (" + about + ")");
        long newP = plan.persons().stream().filter(p -> p.proposed() && p.isNew()).count();
        long known = plan.persons().stream().filter(p -> p.proposed() && !p.isNew()).count();
        out.printf("  persons: %d new, %d matched with known persons, %d mentioned in passing (not imported)%n", newP, known,
                plan.persons().stream().filter(p -> !p.proposed()).count());
        for (var p : plan.persons()) {
            if (p.proposed()) {
                out.printf("    %-4s %-30s %s%n", p.isNew() ? "new" : "=", p.name(),
                        p.isNew() ? "" : "matches " + p.matchedName() + " (" + p.matchKind().name().toLowerCase(Locale.ROOT) + ")");
            }
        }
        var x = plan.expected();
        if (x == null) {
            out.printf("  to add: %d sentences, %d appeals, %d UN rulings, %d events, %d designations%n", plan.sentences().size(),
                    plan.appeals().size(), plan.rulings().size(), plan.events().size(), plan.designations().size());
        } else {
            out.printf("  to add: %d new persons, %d cases, %d sentences, %d appeals, %d UN rulings, %d events, %d designations%n",
                    x.newPersons(), x.cases(), x.sentences(), x.appeals(), x.rulings(), x.events(), x.designations());
            out.printf("  already known: %d findings (they gain this report as a source)%n", x.merged());
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        plan.persons().forEach(p -> names.put(p.id(), p.name()));
        for (var d : plan.designations()) {
            out.printf("    designation %-4s %s: %s by %s%s  \"%s\"%n", d.id(), names.getOrDefault(d.person(), d.person()),
                    d.kind().code().replace('_', ' '), d.designatedBy(), d.date() == null ? "" : " (" + d.date().toIso() + ")",
                    plan.quote(d.evidence()).replaceAll("\\s+", " "));
        }
        for (var c : plan.changes()) {
            out.printf("    change %-4s %s, %s: %s -> %s  \"%s\"%n", c.id(), c.personName(), c.kind().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), c.before() == null || c.before().isBlank() ? "(none)" : c.before(), c.after(),
                    plan.quote(c.evidence()).replaceAll("\\s+", " "));
        }
        if (!plan.changes().isEmpty()) {
            out.println("  changes are applied only with --accept-change ID (or ticked in the import window)");
        }
    }

    private boolean confirm(PrintWriter out) {
        return YesNoPrompt.ask(out, confirmationInput, "Import this report?");
    }
}
