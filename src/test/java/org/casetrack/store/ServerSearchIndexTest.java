package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** V45 (PostgreSQL only): prefix lookups of name keys and case-title search have indexes the planner can use. */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
class ServerSearchIndexTest {

    @Test
    void theNameKeyPrefixSearchUsesItsIndex() throws Exception {
        try (Database db = Database.openServer(TestServer.freshDatabase(), TestServer.password());
             Connection c = db.connection(); Statement st = c.createStatement()) {
            List<String> indexes = strings(st, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
            assertThat(indexes).contains("person_name_token_prefix");
            // a few rows only: tell the planner to prefer any usable index over a scan, then see which it takes
            st.execute("SET enable_seqscan = off");
            String plan = String.join("\n", strings(st,
                    "EXPLAIN SELECT DISTINCT person_id FROM person_name_token WHERE token LIKE 'abd%' LIMIT 50"));
            assertThat(plan).contains("person_name_token_prefix");
        }
    }

    @Test
    void caseSearchHasTrigramIndexesWhenTheExtensionCouldBeCreated() throws Exception {
        try (Database db = Database.openServer(TestServer.freshDatabase(), TestServer.password());
             Connection c = db.connection(); Statement st = c.createStatement()) {
            boolean trgm = !strings(st, "SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'").isEmpty();
            List<String> indexes = strings(st, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()");
            if (trgm) {
                assertThat(indexes).contains("case_file_title_trgm", "case_file_number_trgm");
                // enough cases that a scan costs more than the index: the planner's own choice, no hints
                st.execute("INSERT INTO case_file (title, case_number) SELECT 'Case ' || g || ' v. Freedonia', '2-' || g || '/2019'"
                        + " FROM generate_series(1, 3000) g");
                st.execute("VACUUM ANALYZE case_file"); // as autovacuum would: a fresh GIN index looks costly to the planner
                String plan = String.join("\n", strings(st, "EXPLAIN SELECT id FROM case_file WHERE lower(title) LIKE '%omarova%'"));
                assertThat(plan).contains("case_file_title_trgm");
            } else {
                assertThat(indexes).doesNotContain("case_file_title_trgm");
            }
        }
    }

    private static List<String> strings(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
