package org.casetrack.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.generated.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.casetrack.store.OnBothDatabases
class DataSetLoaderTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    @TempDir
    Path dir;

    private static final String SMALL = """
            {"format": "casetrack.data/1",
             "documents": [{"key": "r1", "title": "Freedonia 2020", "publisher": "Some NGO", "period_year": 2020}],
             "persons": [{"key": "a", "name": "Timur Bokayev", "roles": ["activist"], "status": "imprisoned",
                          "names": [{"name": "Timur Bokaev", "kind": "variant"}],
                          "sources": [{"document": "r1", "note": "written for this test"}]}],
             "sentences": [{"person": "a", "kind": "imprisonment", "term": "P5Y", "imposed": "2020-11",
                            "sources": [{"document": "r1"}]}],
             "events": [{"persons": ["a"], "type": "arrest", "date": "2020-05", "summary": "Arrested"}]}
            """;

    private static DataSet small() {
        return DataSetJson.read(SMALL.getBytes(StandardCharsets.UTF_8), "small.json");
    }

    @Test
    void theShippedSampleDataLoadsOnceAndHasAtLeast25Persons() {
        try (Database db = TestDatabases.create(backend, dir)) {
            var first = SampleData.load(db);
            assertThat(first).allSatisfy(r -> assertThat(r.alreadyLoaded()).isFalse());
            int persons = db.dsl().fetchCount(Tables.PERSON);
            assertThat(persons).isGreaterThanOrEqualTo(25);
            int evidence = db.dsl().fetchCount(Tables.EVIDENCE);
            var second = SampleData.load(db);
            assertThat(second).allSatisfy(r -> assertThat(r.alreadyLoaded()).isTrue());
            assertThat(db.dsl().fetchCount(Tables.PERSON)).isEqualTo(persons);
            assertThat(db.dsl().fetchCount(Tables.EVIDENCE)).isEqualTo(evidence);
        }
    }

    @Test
    void everySampleFactCitesADocument() {
        try (Database db = TestDatabases.create(backend, dir)) {
            SampleData.load(db);
            var ctx = db.dsl();
            for (var table : java.util.List.of("sentence", "appeal", "un_ruling")) {
                int facts = ctx.fetchCount(org.jooq.impl.DSL.table(table));
                int cited = ctx.fetchCount(ctx.selectDistinct(Tables.EVIDENCE.FACT_ID).from(Tables.EVIDENCE)
                        .where(Tables.EVIDENCE.FACT_TABLE.eq(table)));
                assertThat(cited).as(table).isEqualTo(facts).isPositive();
            }
        }
    }

    @Test
    void aKnownPersonIsReusedUnderAnotherSpelling() {
        try (Database db = TestDatabases.create(backend, dir)) {
            long known = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Timur Bokaev", null, null, Sex.MALE, null,
                    EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN, null, null, null, false)));
            int formLoaded = org.casetrack.store.RowVersions.stamp(db.dsl(), "person", known).orElseThrow().version();
            var result = new DataSetLoader(db).load(small());
            // roles and status were added: a form opened before the load must see a conflict, not overwrite them
            assertThat(org.casetrack.store.RowVersions.stamp(db.dsl(), "person", known).orElseThrow().version()).isGreaterThan(formLoaded);
            assertThat(result.newPersons()).isZero();
            assertThat(result.matchedPersons()).isEqualTo(1);
            PersonStore persons = new PersonStore(db.dsl());
            assertThat(persons.count()).isEqualTo(1);
            assertThat(persons.names(known)).extracting(n -> n.name()).contains("Timur Bokaev", "Timur Bokayev");
            assertThat(persons.get(known).orElseThrow().status()).isEqualTo(PersonStatus.IMPRISONED);
            assertThat(persons.roles(known)).containsExactly(PersonRole.ACTIVIST);
        }
    }

    @Test
    void adoptingAnUnkeyedNamesakeWithNothingElseNewStillMovesItsVersion() {
        try (Database db = TestDatabases.create(backend, dir)) {
            long known = db.write(ctx -> {
                PersonStore s = new PersonStore(ctx);
                long id = s.insert(new Person(null, "Timur Bokayev", null, null, Sex.MALE, null, EnumSet.of(PersonRole.ACTIVIST),
                        PersonStatus.IMPRISONED, null, null, null, false));
                s.addName(id, "Timur Bokaev", org.casetrack.model.NameKind.VARIANT);
                return id;
            });
            // the load only writes the data file's key on him (import-json, load-sample): still a change to his row
            new DataSetLoader(db).load(small());
            assertThat(new PersonStore(db.dsl()).keys()).containsEntry(known, "a");
            org.casetrack.store.RowVersions.Stamp s = org.casetrack.store.RowVersions.stamp(db.dsl(), "person", known).orElseThrow();
            assertThat(s.version()).isEqualTo(1);
            assertThat(s.changedBy()).isEqualTo(db.userName());
        }
    }

    @Test
    void badReferencesAreRefusedBeforeAnythingIsWritten() {
        String bad = SMALL.replace("\"person\": \"a\", \"kind\"", "\"person\": \"zz\", \"kind\"");
        try (Database db = TestDatabases.create(backend, dir)) {
            assertThatThrownBy(() -> new DataSetLoader(db).load(DataSetJson.read(bad.getBytes(StandardCharsets.UTF_8), "bad.json")))
                    .isInstanceOf(DataSetException.class).hasMessageContaining("sentences[0]").hasMessageContaining("'zz'");
            assertThat(db.dsl().fetchCount(Tables.PERSON)).isZero();
            assertThat(db.dsl().fetchCount(Tables.SOURCE_DOCUMENT)).isZero();
        }
    }

    @Test
    void badCodesAndDatesAreNamed() {
        String badKind = SMALL.replace("\"imprisonment\"", "\"jail\"");
        assertThatThrownBy(() -> DataSetLoader.validate(DataSetJson.read(badKind.getBytes(StandardCharsets.UTF_8), "x")))
                .hasMessageContaining("unknown SentenceKind: jail");
        String badDate = SMALL.replace("\"2020-11\"", "\"Nov 2020\"");
        assertThatThrownBy(() -> DataSetLoader.validate(DataSetJson.read(badDate.getBytes(StandardCharsets.UTF_8), "x")))
                .hasMessageContaining("sentences[0]");
    }

    @Test
    void unknownFieldsAndWrongFormatAreRejected() {
        assertThatThrownBy(() -> DataSetJson.read("{\"format\":\"casetrack.data/1\",\"peeple\":[]}".getBytes(StandardCharsets.UTF_8), "x.json"))
                .isInstanceOf(DataSetException.class).hasMessageContaining("x.json");
        assertThatThrownBy(() -> DataSetJson.read("{\"format\":\"other/2\"}".getBytes(StandardCharsets.UTF_8), "y.json"))
                .isInstanceOf(DataSetException.class).hasMessageContaining("not a casetrack.data/1 file");
    }
}
