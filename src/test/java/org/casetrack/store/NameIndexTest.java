package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.casetrack.model.NameKind;
import org.casetrack.model.PersonName;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Name search on the stored word keys finds what comparing every spelling finds. */
@OnBothDatabases
class NameIndexTest {

    @org.junit.jupiter.params.Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    private static Person person(String name, String country) {
        return new Person(null, name, null, null, Sex.UNKNOWN, null, EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN,
                null, country, null, false);
    }

    private static List<String> names(List<NameMatch> ms) {
        return ms.stream().map(m -> m.personId() + ":" + m.matchedName() + ":" + m.kind()).toList();
    }

    @Test
    void theIndexedSearchAgreesWithComparingEverySpelling() {
        try (Database db = TestDatabases.create(backend, dir)) {
            db.writeVoid(ctx -> {
                PersonStore ps = new PersonStore(ctx);
                long maks = ps.insert(person("Maks Bokaev", "Kazakhstan"));
                ps.addName(maks, "Макс Бокаев", NameKind.VARIANT);
                ps.addName(maks, "Max Bokayev", NameKind.VARIANT);
                ps.insert(person("Talgat Ayanov", "Kazakhstan"));
                long n = ps.insert(person("Natalia Sadykova", "Kazakhstan"));
                ps.addName(n, "Наталья Садыкова", NameKind.VARIANT);
                ps.insert(person("Aleksei Bokaev", "Russia"));
                ps.insert(person("Marat Barienko", "Ukraine"));
            });
            PersonStore ps = new PersonStore(db.dsl());
            PersonFinder everySpelling = new PersonFinder(ps.allNames());
            PersonFinder indexed = ps.finder();
            for (String q : List.of("Bokaev", "Бокаев", "Maks Bokayev", "Bokayev Maks", "M. Bokaev", "Bok", "Садыкова",
                    "Natalya Sadykova", "ayanov", "Ay", "Nobody", "", "Bar", "Bari", "Barie")) {
                assertThat(names(indexed.find(q))).as(q).isEqualTo(names(everySpelling.find(q)));
            }
            // the Cyrillic surname finds both Bokaevs through the keys written for their spellings
            assertThat(indexed.find("Бокаев")).extracting(NameMatch::matchedName).containsExactlyInAnyOrder("Aleksei Bokaev", "Maks Bokaev");
            assertThat(indexed.find("Макс Бокаев")).extracting(NameMatch::matchedName).containsExactly("Макс Бокаев");
            // each letter typed of "Barienko" keeps finding him: "Bari" once found nobody
            for (String typed : List.of("Bar", "Bari", "Barie", "Barienko")) {
                assertThat(indexed.find(typed)).as(typed).extracting(NameMatch::matchedName).containsExactly("Marat Barienko");
            }
            assertThat(Countries.of(db.dsl(), Countries.PERSON)).containsExactly("Kazakhstan", "Russia", "Ukraine");
        }
    }

    @Test
    void editingThePrimarySpellingAsAVariantIsRefusedAndLeavesItsSearchWords() {
        try (Database db = TestDatabases.create(backend, dir)) {
            long maks = db.write(ctx -> new PersonStore(ctx).insert(person("Maks Bokaev", "Kazakhstan")));
            PersonStore ps = new PersonStore(db.dsl());
            PersonName primary = ps.names(maks).stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.writeVoid(ctx -> new PersonStore(ctx)
                            .updateName(new PersonName(primary.id(), maks, "Talgat Ayanov", NameKind.VARIANT, null))))
                    .isInstanceOf(StoreException.class);
            // before: the row kept "Maks Bokaev" while its search words became those of "Talgat Ayanov"
            assertThat(ps.finder().find("Bokaev")).extracting(NameMatch::matchedName).containsExactly("Maks Bokaev");
            assertThat(ps.finder().find("Ayanov")).isEmpty();
        }
    }

    @Test
    void spellingsStoredBeforeTheIndexGetTheirWordKeysOnceOnOpen() {
        ServerAddress server;
        try (Database db = TestDatabases.create(backend, dir)) {
            server = db.server().orElse(null);
            db.writeVoid(ctx -> new PersonStore(ctx).insert(person("Maks Bokaev", null)));
            // as a database from before V25: no word keys, the task pending
            db.dsl().execute("DELETE FROM person_name_token");
            db.dsl().execute("INSERT INTO store_task (name) VALUES ('name_tokens')");
            assertThat(new PersonStore(db.dsl()).finder().find("Bokaev")).isEmpty();
        }
        try (Database db = TestDatabases.reopen(server, dir)) {
            assertThat(new PersonStore(db.dsl()).finder().find("Bokaev")).hasSize(1);
            assertThat(db.dsl().fetchCount(org.casetrack.store.generated.Tables.STORE_TASK)).isZero();
        }
    }

    @Test
    void theSpellingsCopiedBesideTheWordsFollowEveryChange() {
        try (Database db = TestDatabases.create(backend, dir)) {
            long[] ids = new long[2];
            db.writeVoid(ctx -> {
                PersonStore ps = new PersonStore(ctx);
                ids[0] = ps.insert(person("Maks Bokaev", "Kazakhstan"));
                ps.addName(ids[0], "Max Bokayev", NameKind.VARIANT);
                ps.addName(ids[0], "Макс Бокаев", NameKind.VARIANT);
                ids[1] = ps.insert(person("Talgat Ayanov", "Kazakhstan"));
                ps.addName(ids[1], "Talgat Ajanov", NameKind.VARIANT);
            });
            db.writeVoid(ctx -> {
                PersonStore ps = new PersonStore(ctx);
                // a rename (the old primary spelling becomes a variant), an edited and a removed spelling
                Person maks = ps.get(ids[0]).orElseThrow();
                ps.update(new Person(maks.id(), "Maksim Bokaev", maks.givenName(), maks.familyName(), maks.sex(), maks.birthYear(),
                        maks.roles(), maks.status(), maks.placeOfDetention(), maks.country(), maks.notes(), maks.confidential()));
                PersonName max = ps.names(ids[0]).stream().filter(n -> n.name().equals("Max Bokayev")).findFirst().orElseThrow();
                ps.updateName(new PersonName(max.id(), ids[0], "Maxim Bokayev", NameKind.VARIANT, null));
                PersonName ajanov = ps.names(ids[1]).stream().filter(n -> n.name().equals("Talgat Ajanov")).findFirst().orElseThrow();
                ps.removeName(ajanov.id());
            });
            // every word's row carries its spelling's current text and key, and nothing is left of removed ones
            assertThat(db.dsl().fetchOne("SELECT COUNT(*) FROM person_name_token t LEFT JOIN person_name n ON n.id = t.name_id"
                    + " WHERE n.id IS NULL OR n.name <> t.name OR n.match_key <> t.match_key").get(0, Integer.class)).isZero();
            PersonStore ps = new PersonStore(db.dsl());
            PersonFinder everySpelling = new PersonFinder(ps.allNames());
            for (String q : List.of("Maksim Bokaev", "Maks Bokaev", "Max Bokayev", "Maxim", "Bokayev", "Бокаев", "Ajanov", "Ayanov", "Bok")) {
                assertThat(names(ps.finder().find(q))).as(q).isEqualTo(names(everySpelling.find(q)));
            }
            assertThat(ps.finder().find("Ajanov")).extracting(NameMatch::matchedName).containsExactly("Talgat Ayanov");
            assertThat(ps.finder().find("Maxim Bokayev")).extracting(NameMatch::matchedName).containsExactly("Maxim Bokayev");
        }
    }
}
