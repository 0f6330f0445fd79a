package org.casetrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.bench.ScaleData;
import org.casetrack.dossier.DossierJson;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed `persons --json` is byte for byte the document built whole (docs/cli-json.md, decision 0096). */
class PersonsJsonStreamTest {

    @TempDir
    Path dir;

    @Test
    void streamedOutputEqualsTheWholeDocument() {
        Path file = dir.resolve("many");
        String pass = "a long test passphrase";
        try (Database db = Database.create(file, pass.toCharArray())) {
            new ScaleData(3).generate(db, new ScaleData.Size(400, 20, 50, 5));
        }
        StringWriter expected = new StringWriter();
        try (Database db = Database.open(file, pass.toCharArray())) {
            PersonStore store = new PersonStore(db.dsl());
            Map<Long, List<PersonName>> names = store.allNames();
            List<Object> rows = new ArrayList<>();
            for (Person p : store.list()) {
                List<PersonName> n = names.get(p.id());
                rows.add(DossierJson.personSummary(p, n == null ? List.of()
                        : n.stream().filter(x -> x.kind() != NameKind.PRIMARY).map(PersonName::name).toList()));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("schema", "casetrack.persons/1");
            doc.put("persons", rows);
            // the object mapper's bytes: the command writes with the streaming generator alone
            expected.write(Json.viaMapper(doc) + System.lineSeparator());
        }
        var r = new CliRunner().passphrase(pass).run("persons", "--json", "--db", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"variants\" : [ \"").isEqualTo(expected.toString());
    }
}
