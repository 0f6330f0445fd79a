package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casetrack.dossier.DossierJson;
import org.casetrack.dossier.DossierService;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonName;
import org.casetrack.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one person's full record, found by id or any spelling of their name. */
@Command(name = "person", description = "Show a person's full record: names, cases, sentences, appeals, UN rulings, events, sources.")
public final class PersonCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(paramLabel = "NAME-OR-ID", description = "An id, or any spelling of the person's name.")
    String nameOrId;

    @Option(names = "--json", description = "Print JSON (schema casetrack.person/1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database d = db.open()) {
            DossierService service = new DossierService(d);
            PersonDossier dossier = service.person(service.resolvePerson(nameOrId));
            if (json) {
                Json.print(out, DossierJson.person(dossier));
            } else {
                printText(out, dossier);
            }
        }
        return 0;
    }

    private static void printText(PrintWriter out, PersonDossier d) {
        out.printf("%s (id %d)%n", d.person().displayName(), d.person().id());
        out.printf("  spellings: %s%n", String.join(", ", d.names().stream().map(PersonName::name).toList()));
        out.printf("  status: %s%s%n", d.person().status().code(),
                d.person().placeOfDetention() == null ? "" : ", held at " + d.person().placeOfDetention());
        d.cases().forEach(c -> out.printf("  case: %s%n", c.title()));
        d.sentences().forEach(s -> out.printf("  sentence: %s %s %s%n", s.kind().code(),
                s.term() == null ? "" : s.term().toEnglish(), s.imposed() == null ? "" : "(" + s.imposed() + ")"));
        d.appeals().forEach(a -> out.printf("  appeal: %s %s %s%n", a.level().code(), a.outcome().code(),
                PartialDate.isoOrNull(a.decision()) == null ? "" : "(" + a.decision() + ")"));
        d.rulings().forEach(r -> out.printf("  UN ruling: %s %s %s%n", r.body().code(), r.finding().code(),
                r.adopted() == null ? "" : "(" + r.adopted() + ")"));
        d.events().forEach(e -> out.printf("  %s %s: %s%n", e.date() == null ? "undated" : e.date(), e.type().code(), e.summary()));
        d.documents().values().forEach(doc -> out.printf("  source: %s, %s (%s)%n", doc.publisher(), doc.title(), doc.periodYear()));
    }
}
