package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.casetrack.model.ItemKind;
import org.casetrack.model.UserDeadline;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.ServerRoles;
import org.casetrack.store.TestBackend;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the stored schedule cannot be written or read, upcoming computes the same items from the facts (decision 0115). */
class StoredScheduleFallbackTest {

    @TempDir
    Path dir;

    private static final LocalDate AS_OF = LocalDate.of(2018, 1, 1);

    @Test
    void aServerRoleWithoutTheStoredScheduleGetsTheComputedItems() {
        assumeTrue(TestServer.configured(), "no test server");
        try (Database owner = TestDatabases.sample(TestBackend.POSTGRES, dir)) {
            ScheduleService service = new ScheduleService(owner);
            service.addUserItem(new UserDeadline(null, null, null, ItemKind.OTHER, AS_OF.plusDays(3), "Visit with no person", null));
            List<ScheduleItem> expected = Upcoming.select(service.items(), AS_OF, 3660, Integer.MAX_VALUE);
            assertThat(expected).hasSizeGreaterThan(3);
            assertThat(service.upcoming(AS_OF, 3660, Integer.MAX_VALUE)).isEqualTo(expected); // the owner builds it
            assertThat(owner.dsl().fetchOne("SELECT COUNT(*) FROM schedule_cache_item").get(0, Integer.class)).isPositive();

            ServerAddress a = owner.server().orElseThrow();
            String user = "ct_sched_" + ProcessHandle.current().pid();
            TestServer.execute("DROP ROLE IF EXISTS " + user);
            TestServer.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'pw'");
            try {
                for (String role : List.of("caseworker", "viewer")) {
                    ServerRoles.grant(TestServer.admin(), TestServer.password(), user, role);
                    ServerAddress asUser = new ServerAddress(a.host(), a.port(), a.database(), user, a.sslMode(), a.caFile());
                    try (Database them = Database.openServer(asUser, "pw".toCharArray())) {
                        ScheduleService theirs = new ScheduleService(them);
                        // they may not read the stored items (made from rows they may not see), so they compute
                        assertThat(theirs.upcoming(AS_OF, 3660, Integer.MAX_VALUE)).as(role)
                                .isEqualTo(theirs.upcomingComputed(AS_OF, 3660, Integer.MAX_VALUE))
                                .isEqualTo(Upcoming.select(theirs.items(), AS_OF, 3660, Integer.MAX_VALUE))
                                .isNotEmpty();
                    }
                }
            } finally {
                TestServer.execute("DROP ROLE " + user);
            }
        }
    }

    @Test
    void aFileWhoseStoredScheduleCannotBeWrittenGetsTheComputedItems() {
        try (Database db = TestDatabases.sample(TestBackend.H2, dir)) {
            ScheduleService service = new ScheduleService(db);
            List<ScheduleItem> expected = Upcoming.select(service.items(), AS_OF, 3660, Integer.MAX_VALUE);
            assertThat(expected).hasSizeGreaterThan(3);
            // root ignores file modes, so a read-only file cannot be made here: the meta row goes instead,
            // and a check refuses every new one, as a read-only store would refuse the write
            db.dsl().execute("DELETE FROM schedule_cache_meta");
            db.dsl().execute("ALTER TABLE schedule_cache_meta ADD CONSTRAINT no_rows CHECK (id < 0)");
            assertThat(service.upcoming(AS_OF, 3660, Integer.MAX_VALUE)).isEqualTo(expected);
            assertThat(db.dsl().fetchOne("SELECT COUNT(*) FROM schedule_cache_item").get(0, Integer.class)).isZero();
        }
    }
}
