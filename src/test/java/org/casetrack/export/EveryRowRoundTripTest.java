package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.dataset.DataSetJson;
import org.casetrack.dataset.DataSetLoader;
import org.casetrack.dataset.DataSet;
import org.casetrack.model.DeadlineRule;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.Letterhead;
import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.ItemKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Term;
import org.casetrack.model.UserDeadline;
import org.casetrack.schedule.ScheduleService;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.SettingsStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.ScheduleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 10: the bulk export must carry every row, including events tied to no person
 * and no case, so that loading it into an empty database and exporting again gives the same bytes.
 */
@org.casetrack.store.OnBothDatabases
class EveryRowRoundTripTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    static final List<String> TABLES = List.of("person", "person_role", "person_name", "case_file", "case_party", "charge",
            "sentence", "appeal", "appeal_party", "un_ruling", "event", "event_person", "source_document", "evidence",
            "schedule_item_state", "user_deadline", "deadline_rule", "designation", "app_setting");

    @TempDir
    Path dir;

    @Test
    void aDatabaseWithEveryKindOfRowSurvivesJsonAndCsvExport() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Map<String, Integer> before;
        try (Database db = everyKindOfRow(backend, dir.resolve("a"))) {
            before = counts(db);
            new BulkExport(db).writeJson(first);
            new BulkExport(db).writeCsv(dir.resolve("csv"));
        }
        assertThat(before).allSatisfy((table, n) -> assertThat(n).as(table).isPositive());
        var read = DataSetJson.read(first);
        assertThat(read.events()).as("background events are exported too").hasSize(before.get("event"))
                .anySatisfy(e -> assertThat(e.persons()).isEmpty());
        List<String> csvEvents = Files.readAllLines(dir.resolve("csv/events.csv"), StandardCharsets.UTF_8);
        assertThat(csvEvents).hasSize(before.get("event") + 1);

        try (Database empty = TestDatabase.empty(backend, dir.resolve("b"))) {
            new DataSetLoader(empty).load(read);
            assertThat(counts(empty)).isEqualTo(before);
            new BulkExport(empty).writeJson(second);
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(read.designations()).as("designations with their source passage and place")
                .anySatisfy(g -> assertThat(g.source().start()).isNotNull());
        assertThat(read.settings()).extracting(DataSet.SettingEntry::key).contains("letterhead.logo", "letterhead.organisation");
    }

    @Test
    void designationsAndTheLetterheadComeBackAsTheyWere() throws Exception {
        Path file = dir.resolve("all.json");
        List<Designation> before;
        Letterhead head;
        try (Database db = everyKindOfRow(backend, dir.resolve("c"))) {
            before = new DesignationStore(db.dsl()).all();
            head = new SettingsStore(db.dsl()).letterhead();
            new BulkExport(db).writeJson(file);
        }
        try (Database empty = Database.create(dir.resolve("d").resolve("copy"), TestDatabase.PASS)) {
            new DataSetLoader(empty).load(DataSetJson.read(file));
            List<Designation> after = new DesignationStore(empty.dsl()).all();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.size(); i++) {
                Designation b = before.get(i);
                Designation a = after.get(i);
                assertThat(List.of(a.kind(), a.designatedBy(), String.valueOf(a.listName()), String.valueOf(a.date()),
                        String.valueOf(a.quote()), String.valueOf(a.url()), a.confidential(), String.valueOf(a.quoteStart()),
                        String.valueOf(a.quoteEnd()), a.documentId() == null))
                        .isEqualTo(List.of(b.kind(), b.designatedBy(), String.valueOf(b.listName()), String.valueOf(b.date()),
                                String.valueOf(b.quote()), String.valueOf(b.url()), b.confidential(), String.valueOf(b.quoteStart()),
                                String.valueOf(b.quoteEnd()), b.documentId() == null));
            }
            Letterhead copy = new SettingsStore(empty.dsl()).letterhead();
            assertThat(copy.organisation()).isEqualTo(head.organisation());
            assertThat(copy.address()).isEqualTo(head.address());
            assertThat(copy.logo()).isEqualTo(head.logo());
            // loading the same file again adds no second designation
            new DataSetLoader(empty).load(DataSetJson.read(file));
            assertThat(new DesignationStore(empty.dsl()).all()).hasSameSizeAs(before);
        }
    }

    /** The sample data, a Cyrillic person with quoted sources, a background event and every schedule table. */
    static Database everyKindOfRow(org.casetrack.store.TestBackend backend, Path dir) {
        Database db = TestDatabase.sample(backend, dir);
        TestDatabase.addCyrillicPerson(db);
        db.writeVoid(ctx -> new FactStore(ctx).insertEvent(new Event(null, EventType.OTHER, PartialDate.parse("2017-03"),
                "Astana", "Kazakhstan", "A new law on religious associations came into force (written for this test).",
                List.of(), null, false)));
        var service = new ScheduleService(db);
        String key = service.items().stream().filter(i -> !i.key().startsWith("user:")).findFirst().orElseThrow().key();
        service.markDone(key);
        long person = new PersonStore(db.dsl()).list().get(0).id();
        long user = service.addUserItem(new UserDeadline(null, person, null, ItemKind.HEARING, LocalDate.of(2030, 3, 4),
                "Appeal hearing", "room 2"));
        service.enterDate("user:" + user, LocalDate.of(2030, 3, 5), "moved");
        long bokaev = new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals("Maks Bokaev"))
                .findFirst().orElseThrow().id();
        long doc = new org.casetrack.store.DocumentStore(db.dsl()).list().get(0).id();
        db.writeVoid(ctx -> {
            var des = new DesignationStore(ctx);
            des.insert(new Designation(null, bokaev, DesignationKind.PRISONER_OF_CONSCIENCE, "Amnesty International", null,
                    PartialDate.parse("2016-11"), doc, "A sentence written for this test.", null, false, 10, 44));
            des.insert(new Designation(null, bokaev, DesignationKind.POLITICAL_PRISONER, "Memorial Human Rights Centre",
                    "the list of political prisoners", null, null, null, "https://example.org/list", true));
            new SettingsStore(ctx).saveLetterhead(new Letterhead("Testland Rights Centre", "1 Test Street\nNorthtown",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}));
        });
        db.writeVoid(ctx -> new ScheduleStore(ctx).saveRule(new DeadlineRule("test-round-trip", "Kazakhstan", "criminal",
                DeadlineTrigger.APPEAL_DECISION, Set.of(), Term.parse("P6M"), ItemKind.values()[0], "cassation window", "test",
                "written for this test", null, true)));
        return db;
    }

    static Map<String, Integer> counts(Database db) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            out.put(t, db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(t.toUpperCase()))));
        }
        return out;
    }
}
