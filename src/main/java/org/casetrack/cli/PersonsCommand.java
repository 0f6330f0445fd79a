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
import static org.casetrack.store.generated.Tables.PERSON_NAME;
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
            if (json) {
                // streamed (docs/decisions/0096): 100,000 summaries are never held as one document
                // the spellings are read on a second connection while the persons are (two cores: about
                // a second less at 100,000 persons, docs/bench-notes/i13cmd.md); the rows wait for them
                java.util.concurrent.CompletableFuture<Map<Long, List<String>>> spellings =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> variantsByPerson(d));
                Json.printRows(out, "casetrack.persons/1", "persons", row -> {
                    List<Person> persons = new ArrayList<>();
                    store.forEachByName(persons::add);
                    Map<Long, List<String>> variants = joined(spellings);
                    persons.forEach(p -> row.accept(DossierJson.personSummary(p, variants.getOrDefault(p.id(), List.of()))));
                });
                return 0;
            }
            List<Person> persons = store.list();
            {
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

    /** The background read's result, or its own exception (a StoreException says what went wrong in one sentence). */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Each person's spellings other than the primary one, in id order (as {@code PersonStore.allNames} gives them):
     * ordered by id alone, the table is read in its own order instead of through the person index, one
     * random page per row (docs/bench-notes/i13cmd.md).
     */
    private static Map<Long, List<String>> variantsByPerson(Database d) {
        Map<Long, List<String>> out = new java.util.HashMap<>();
        d.dsl().select(PERSON_NAME.PERSON_ID, PERSON_NAME.NAME).from(PERSON_NAME)
                .where(PERSON_NAME.KIND.ne(NameKind.PRIMARY.name())).orderBy(PERSON_NAME.ID)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>(1)).add(r.value2()));
        return out;
    }
}
