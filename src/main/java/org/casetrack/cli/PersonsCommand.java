package org.casetrack.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casetrack.dossier.DossierJson;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists persons: a table for people, JSON (docs/cli-json.md) for programs. */
@Command(name = "persons", description = "List all persons.")
public final class PersonsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--json", description = "Print JSON (schema casetrack.persons/1).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database d = db.open()) {
            PersonStore store = new PersonStore(d.dsl());
            Map<Long, List<PersonName>> names = store.allNames();
            List<Person> persons = store.list();
            if (json) {
                List<Object> rows = new ArrayList<>();
                for (Person p : persons) {
                    rows.add(DossierJson.personSummary(p, variants(names.get(p.id()))));
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("schema", "casetrack.persons/1");
                doc.put("persons", rows);
                Json.print(out, doc);
            } else {
                out.printf("%-5s %-32s %-26s %s%n", "ID", "NAME", "STATUS", "PLACE OF DETENTION");
                for (Person p : persons) {
                    out.println(String.format("%-5d %-32s %-26s %s", p.id(), p.displayName(), org.casetrack.ui.common.I18n.label(p.status()),
                            p.placeOfDetention() == null ? "" : p.placeOfDetention()).stripTrailing());
                }
                out.printf("%d persons%n", persons.size());
            }
        }
        return 0;
    }

    private static List<String> variants(List<PersonName> names) {
        return names == null ? List.of() : names.stream().filter(n -> n.kind() != NameKind.PRIMARY).map(PersonName::name).toList();
    }
}
