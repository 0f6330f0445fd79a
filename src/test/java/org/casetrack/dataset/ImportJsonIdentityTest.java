package org.casetrack.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.export.BulkExport;
import org.casetrack.extract.read.ReportText;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportService;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10 item 9: identity in import-json comes from keys, and loading data already present changes nothing. */
@org.casetrack.store.OnBothDatabases
class ImportJsonIdentityTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    static final List<String> TABLES = List.of("person", "person_role", "person_name", "case_file", "case_party", "charge",
            "sentence", "appeal", "appeal_party", "un_ruling", "event", "event_person", "source_document", "evidence",
            "schedule_item_state", "user_deadline", "deadline_rule", "audit_log");

    @TempDir
    Path dir;

    static Map<String, Integer> counts(Database db) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            out.put(t, db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(t.toUpperCase()))));
        }
        return out;
    }

    /** A text copy of a report the sample data cites without text (same publisher, country and year). */
    static ReportText citedReport() {
        String text = """
                Kazakhstan: Events of 2016

                In November 2016 a court in Atyrau sentenced Maks Bokaev and Talgat Ayan to five years in prison \
                for organising peaceful land protests. His lawyer's petition for a retrial was turned down.
                """;
        ReportText t = ReportText.of(text, "text", List.of());
        return new ReportText(t.text(), t.format(), t.pageStarts(), t.bodyStart(), t.bodyEnd(), "World Report 2017: Kazakhstan",
                "Human Rights Watch", "Kazakhstan", 2016);
    }

    @Test
    void anEarlierExportLoadedAfterAReportImportAddsNothing() throws Exception {
        try (Database db = TestDatabases.create(backend, dir)) {
            SampleData.load(db);
            DataSet earlier = new BulkExport(db).dataSet();
            ImportService imports = new ImportService(db);
            ImportPlan plan = imports.plan(citedReport(), "hrw-2017.txt", ImportProgress.NONE);
            imports.commit(plan, plan.proposedIds());
            Map<String, Integer> before = counts(db);

            DataSetLoader.Result r = new DataSetLoader(db).load(earlier);

            assertThat(counts(db)).isEqualTo(before);
            assertThat(r.alreadyLoaded()).isTrue();
            assertThat(r.sentences() + r.appeals() + r.rulings() + r.events() + r.cases() + r.newPersons()).isZero();
        }
    }

    @Test
    void loadingTheSameDataTwiceChangesNothing() throws Exception {
        try (Database db = TestDatabases.create(backend, dir)) {
            SampleData.load(db);
            DataSet all = new BulkExport(db).dataSet();
            Map<String, Integer> before = counts(db);
            assertThat(new DataSetLoader(db).load(all).alreadyLoaded()).isTrue();
            assertThat(new DataSetLoader(db).load(DataSetJson.read(DataSetJson.toJson(all).getBytes(StandardCharsets.UTF_8), "x.json"))
                    .alreadyLoaded()).isTrue();
            assertThat(counts(db)).isEqualTo(before);
        }
    }

    @Test
    void personsWithDifferentKeysStayApartHoweverAlikeTheirNamesFold() {
        String json = """
                {"format": "casetrack.data/1",
                 "persons": [{"key": "petrov-astana", "name": "Ivan Petrov"},
                             {"key": "petrov-almaty", "name": "Iván Petrov"}],
                 "events": [{"persons": ["petrov-almaty"], "type": "arrest", "date": "2020-05", "summary": "Detained in Almaty"}]}
                """;
        try (Database db = TestDatabases.create(backend, dir)) {
            DataSet data = DataSetJson.read(json.getBytes(StandardCharsets.UTF_8), "two.json");
            DataSetLoader.Result first = new DataSetLoader(db).load(data);
            assertThat(first.newPersons()).isEqualTo(2);
            assertThat(new PersonStore(db.dsl()).count()).isEqualTo(2);
            Map<String, Integer> before = counts(db);
            assertThat(new DataSetLoader(db).load(data).alreadyLoaded()).isTrue();
            assertThat(counts(db)).isEqualTo(before);
            // the keys survive an export, so a third load into the same database still finds both
            DataSet exported = new BulkExport(db).dataSet();
            assertThat(exported.persons()).extracting(DataSet.PersonEntry::key).containsExactly("petrov-astana", "petrov-almaty");
        }
    }
}
