package org.casetrack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casetrack.store.generated.Tables.AUDIT_LOG;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.names.NameKey;
import org.casetrack.store.Database;
import org.casetrack.store.NameIndex;
import org.casetrack.store.PersonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path writes what the stores would, and leaves the database as the migrations made it. */
class ScaleDataTest {

    @TempDir
    Path dir;

    private static final String INDEXES = "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1";

    @Test
    void bulkRowsCarryTheStoresKeysAndTheDatabaseComesBackWhole() {
        List<String> fresh;
        try (Database db = Database.create(dir.resolve("fresh"), "pass phrase".toCharArray())) {
            fresh = db.dsl().fetch(INDEXES).getValues(0, String.class);
        }
        Path file = dir.resolve("scale");
        ScaleData.Written w;
        try (Database db = Database.create(file, "pass phrase".toCharArray())) {
            w = new ScaleData(13).generate(db, new ScaleData.Size(300, 40, 3000, 30));
            assertThat(db.dsl().fetch(INDEXES).getValues(0, String.class)).isEqualTo(fresh);
        }
        assertThat(w.spellings()).isGreaterThan(w.persons());
        assertThat(w.cyrillicSpellings()).isPositive();
        try (Database db = Database.open(file, "pass phrase".toCharArray())) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("person"))).isEqualTo(300);
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("event"))).isEqualTo(3000);
            // every spelling's match key and word keys are those the store computes
            List<String> wrong = new ArrayList<>();
            for (var r : db.dsl().fetch("SELECT id, name, match_key FROM person_name")) {
                String key = NameKey.of(r.get(1, String.class));
                List<String> words = db.dsl().fetch("SELECT token FROM person_name_token WHERE name_id = ? ORDER BY pos",
                        r.get(0, Long.class)).getValues(0, String.class);
                if (!key.equals(r.get(2, String.class)) || !words.equals(NameIndex.words(key))) {
                    wrong.add(r.get(1, String.class));
                }
            }
            assertThat(wrong).isEmpty();
            // a Cyrillic spelling is found by its Latin surname through the index
            String cyrillic = db.dsl().fetchOne("SELECT MIN(name) FROM person_name WHERE name >= 'А'").get(0, String.class);
            String[] words = cyrillic.split(" ");
            long owner = db.dsl().fetchOne("SELECT person_id FROM person_name WHERE name = ?", cyrillic).get(0, Long.class);
            assertThat(new PersonStore(db.dsl()).finder().find(words[words.length - 1]))
                    .anySatisfy(m -> assertThat(m.personId()).isEqualTo(owner));
            // the audit triggers are back: a write through the store is logged again, and ids continue
            int before = db.dsl().fetchCount(AUDIT_LOG);
            long id = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Written After Load", null, null, Sex.UNKNOWN,
                    null, EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN, null, null, null, false)));
            assertThat(id).isEqualTo(301);
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isGreaterThan(before);
        }
    }

    @Test
    void closingCompactedLeavesASmallerPrivateFileThatOpens() throws Exception {
        try (Database plain = Database.create(dir.resolve("plain"), "pass phrase".toCharArray())) {
            new ScaleData(13).generate(plain, new ScaleData.Size(300, 40, 3000, 30));
        }
        long loaded = java.nio.file.Files.size(dir.resolve("plain.mv.db"));
        Path file = dir.resolve("compact");
        Database db = Database.create(file, "pass phrase".toCharArray());
        new ScaleData(13).generate(db, new ScaleData.Size(300, 40, 3000, 30));
        Path data = dir.resolve("compact.mv.db");
        db.closeCompacted();
        assertThat(java.nio.file.Files.size(data)).isLessThan(loaded);
        assertThat(java.nio.file.Files.getPosixFilePermissions(data)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (Database again = Database.open(file, "pass phrase".toCharArray())) {
            assertThat(again.dsl().fetchCount(again.dsl().selectFrom("event"))).isEqualTo(3000);
        }
    }
}
