package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casetrack.dossier.DossierJson;
import org.casetrack.dossier.DossierService;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonName;
import org.casetrack.store.Database;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.TermText;
import org.casetrack.ui.control.PartialDates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows one person's full record, found by id or any spelling of their name. */
@Command(name = "person", description = "Show a person's full record: names, cases, sentences, appeals, UN rulings, events, designations, sources.")
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

    // the window's labels, in the user's language: never a stored code (restricted_freedom)
    private static void printText(PrintWriter out, PersonDossier d) {
        out.printf("%s (id %d)%n", d.person().displayName(), d.person().id());
        out.printf("  %s: %s%n", I18n.tr("cli.person.spellings"), String.join(", ", d.names().stream().map(PersonName::name).toList()));
        out.printf("  %s: %s%s%n", I18n.tr("cli.person.status"), I18n.label(d.person().status()),
                d.person().placeOfDetention() == null ? "" : ", " + d.person().placeOfDetention());
        d.cases().forEach(c -> out.printf("  %s: %s%n", I18n.tr("cli.person.case"), c.title()));
        d.sentences().forEach(s -> out.printf("  %s: %s%n", I18n.tr("cli.person.sentence"), line(I18n.label(s.kind()),
                s.term() == null ? null : TermText.describe(s.term()), s.imposed())));
        d.appeals().forEach(a -> out.printf("  %s: %s%n", I18n.tr("cli.person.appeal"), line(I18n.label(a.level()),
                I18n.label(a.outcome()), a.decision())));
        d.rulings().forEach(r -> out.printf("  %s: %s%n", I18n.tr("cli.person.ruling"), line(r.body() == null ? null : r.body().code().toUpperCase(java.util.Locale.ROOT),
                I18n.label(r.finding()), r.adopted())));
        d.events().forEach(e -> out.printf("  %s, %s: %s%n", e.date() == null ? I18n.tr("cli.person.undated") : date(e.date()),
                I18n.label(e.type()), e.summary()));
        d.designations().forEach(x -> out.printf("  %s: %s%n", I18n.tr("cli.person.designation"),
                line(I18n.label(x.kind()), I18n.tr("cli.person.designatedBy", x.designatedBy()), x.date())));
        d.documents().values().forEach(doc -> out.printf("  %s: %s%n", I18n.tr("cli.person.source"),
                String.join(", ", java.util.stream.Stream.of(doc.publisher(), doc.title(), doc.periodYear() == null ? null : String.valueOf(doc.periodYear()))
                        .filter(x -> x != null && !x.isBlank()).toList())));
    }

    /** "Imprisonment, 5 years (21 May 2016)": only the parts that are known, no trailing space. */
    static String line(String what, String detail, PartialDate date) {
        StringBuilder sb = new StringBuilder(what == null ? "" : what);
        if (detail != null && !detail.isBlank()) {
            sb.append(sb.length() > 0 ? ", " : "").append(detail.strip());
        }
        if (date != null) {
            sb.append(sb.length() > 0 ? " " : "").append('(').append(date(date)).append(')');
        }
        return sb.toString().strip();
    }

    private static String date(PartialDate d) {
        return PartialDates.format(d, I18n.locale());
    }
}
