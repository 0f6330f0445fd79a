package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casetrack.dataset.DataSet;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.dataset.DataSetLoader;
import org.casetrack.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.casetrack.store.OnBothDatabases
class BulkExportTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    @TempDir
    Path dir;

    @Test
    void jsonExportReadsBackIntoAnEmptyDatabaseLosslessly() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (Database db = TestDatabase.sample(backend, dir.resolve("a"))) {
            TestDatabase.addCyrillicPerson(db);
            new BulkExport(db).writeJson(first);
        }
        DataSet read = DataSetJson.read(first);
        assertThat(read.persons()).hasSizeGreaterThan(20);
        assertThat(read.documents()).anyMatch(d -> d.text() != null && d.contentHash() != null);
        assertThat(read.sentences()).anyMatch(s -> s.sources().stream().anyMatch(src -> TestDatabase.QUOTE.equals(src.quote())
                && src.start() != null && src.end() - src.start() == TestDatabase.QUOTE.length()));
        assertThat(read.sentences()).anyMatch(s -> Boolean.TRUE.equals(s.confidential()));

        try (Database empty = TestDatabase.empty(backend, dir.resolve("b"))) {
            DataSetLoader.Result r = new DataSetLoader(empty).load(read);
            assertThat(r.alreadyLoaded()).isFalse();
            new BulkExport(empty).writeJson(second);
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void csvExportWritesOneFilePerEntityWithBom() throws Exception {
        try (Database db = TestDatabase.sample(backend, dir.resolve("c"))) {
            TestDatabase.addCyrillicPerson(db);
            var files = new BulkExport(db).writeCsv(dir.resolve("csv"));
            assertThat(files).extracting(p -> p.getFileName().toString()).contains("persons.csv", "person_names.csv", "cases.csv",
                    "sentences.csv", "appeals.csv", "un_rulings.csv", "events.csv", "documents.csv", "evidence.csv", "charges.csv");
            String persons = Files.readString(dir.resolve("csv/persons.csv"), StandardCharsets.UTF_8);
            assertThat(persons).startsWith("\uFEFFid,name,").contains(TestDatabase.CYRILLIC);
            // the private note starts with a letter, so it is kept as it is; a number-like note would be neutralised
            assertThat(Files.readString(dir.resolve("csv/evidence.csv"))).contains(TestDatabase.QUOTE);
        }
    }

    @Test
    void slugKeysAreUniqueAndReadable() {
        BulkExport.Keys keys = new BulkExport.Keys();
        assertThat(keys.make("person", "Maks Bokaev")).isEqualTo("maks-bokaev");
        assertThat(keys.make("person", "Maks  Bokaev")).isEqualTo("maks-bokaev-2");
        assertThat(keys.make("person", "Жанна Серикбаева")).isEqualTo("жанна-серикбаева");
        assertThat(keys.make("person", "!!!")).isEqualTo("person");
    }

    @Test
    void scheduleDecisionsEnteredDatesAndRulesSurviveTheRoundTrip() throws Exception {
        Path first = dir.resolve("s1.json");
        Path second = dir.resolve("s2.json");
        String doneKey;
        try (Database db = TestDatabase.sample(backend, dir.resolve("c"))) {
            var service = new org.casetrack.schedule.ScheduleService(db);
            var items = service.items().stream().filter(i -> !i.key().startsWith("user:")).toList();
            assertThat(items).as("the sample data yields computed items").isNotEmpty();
            doneKey = items.get(0).key();
            service.markDone(doneKey);
            long person = new org.casetrack.store.PersonStore(db.dsl()).list().get(0).id();
            long user = service.addUserItem(new org.casetrack.model.UserDeadline(null, person, null,
                    org.casetrack.model.ItemKind.HEARING, java.time.LocalDate.of(2030, 3, 4), "Appeal hearing", "room 2"));
            service.enterDate("user:" + user, java.time.LocalDate.of(2030, 3, 5), "moved");
            db.writeVoid(ctx -> new org.casetrack.store.ScheduleStore(ctx).saveRule(new org.casetrack.model.DeadlineRule(
                    "test-cassation", "Kazakhstan", "criminal", org.casetrack.model.DeadlineTrigger.APPEAL_DECISION, java.util.Set.of(),
                    org.casetrack.model.Term.parse("P6M"), org.casetrack.model.ItemKind.values()[0], "cassation window", "test",
                    "written for this test", null, true)));
            new BulkExport(db).writeJson(first);
        }
        DataSet read = DataSetJson.read(first);
        assertThat(read.scheduleStates()).hasSize(2).allSatisfy(st -> assertThat(st.itemKey()).doesNotContainPattern(":\\d+(:|$)"));
        assertThat(read.userDeadlines()).singleElement().satisfies(u -> assertThat(u.title()).isEqualTo("Appeal hearing"));
        assertThat(read.deadlineRules()).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("test-cassation"));
        try (Database empty = TestDatabase.empty(backend, dir.resolve("d"))) {
            new DataSetLoader(empty).load(read);
            var states = new org.casetrack.store.ScheduleStore(empty.dsl()).states();
            assertThat(states).hasSize(2);
            assertThat(states.values()).anySatisfy(st -> assertThat(st.status()).isEqualTo(org.casetrack.model.ItemStatus.DONE));
            var items = new org.casetrack.schedule.ScheduleService(empty).items();
            assertThat(items).anySatisfy(i -> assertThat(i.key()).startsWith("user:"));
            new BulkExport(empty).writeJson(second);
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }
}
