package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casetrack.store.generated.Tables.AUDIT_LOG;
import static org.casetrack.store.generated.Tables.PERSON;

import java.nio.file.Path;
import java.util.EnumSet;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Writes, the audit log and reopening, on the file and on the server alike. */
@OnBothDatabases
class DatabaseWritesTest {

    @Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    private static Person person(String name) {
        return new Person(null, name, null, null, Sex.UNKNOWN, null, EnumSet.noneOf(org.casetrack.model.PersonRole.class),
                PersonStatus.DETAINED, "Pre-trial centre No. 9", "Freedonia", null, false);
    }

    @Test
    void reopensAndKeepsData() {
        ServerAddress server;
        try (Database db = TestDatabases.create(backend, dir)) {
            server = db.server().orElse(null);
            db.writeVoid(ctx -> new PersonStore(ctx).insert(person("Erlan Abenov")));
        }
        try (Database db = TestDatabases.reopen(server, dir)) {
            assertThat(new PersonStore(db.dsl()).list()).extracting(Person::displayName).containsExactly("Erlan Abenov");
        }
    }

    @Test
    void everyWriteLandsInTheAuditLogWithTheOsUser() {
        try (Database db = TestDatabases.create(backend, dir)) {
            long id = db.write(ctx -> new PersonStore(ctx).insert(person("Kairat Sadvakasov")));
            db.writeVoid(ctx -> new PersonStore(ctx).delete(id));
            var rows = db.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.TABLE_NAME.eq("person")).orderBy(AUDIT_LOG.ID).fetch();
            assertThat(rows).extracting(r -> r.getAction()).containsExactly("INSERT", "DELETE");
            assertThat(rows.get(0).getAfterRow()).contains("Kairat Sadvakasov");
            assertThat(rows.get(1).getBeforeRow()).contains("Kairat Sadvakasov");
            assertThat(rows.get(1).getAfterRow()).isNull();
            assertThat(rows.get(0).getOsUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(rows.get(0).getRowId()).isEqualTo(id);
        }
    }


    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database db = TestDatabases.create(backend, dir)) {
            assertThatThrownBy(() -> db.writeVoid(ctx -> {
                new PersonStore(ctx).insert(person("Half Written"));
                throw new IllegalStateException("boom");
            })).hasMessageContaining("boom");
            assertThat(db.dsl().fetchCount(PERSON)).isZero();
            assertThat(db.dsl().fetchCount(AUDIT_LOG)).isZero();
        }
    }

}
