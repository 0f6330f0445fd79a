package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case list is read a page at a time, by title, filtered by words in SQL. */
@OnBothDatabases
class CaseStorePageTest {

    @org.junit.jupiter.params.Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    private static CaseFile kase(String title, String country, String number) {
        return new CaseFile(null, title, country, "City court", number, CaseStatus.OPEN, null, false);
    }

    @Test
    void pagesWalkEveryMatchingCaseOnceByTitleAndEveryWordMustMatch() {
        try (Database db = TestDatabases.create(backend, dir)) {
            db.writeVoid(ctx -> {
                CaseStore cs = new CaseStore(ctx);
                for (int i = 0; i < 250; i++) {
                    cs.insert(kase(String.format("Case %03d of the land protests", 249 - i), i % 2 == 0 ? "Kazakhstan" : "Belarus", i + "/2016"));
                }
                cs.insert(kase("Rate of 100% tax", "Russia", "1/2020"));
            });
            CaseStore cs = new CaseStore(db.dsl());
            List<CaseFile> all = new ArrayList<>();
            for (int offset = 0; ; offset += 100) {
                List<CaseFile> page = cs.page("", offset, 100);
                all.addAll(page);
                if (page.size() < 100) {
                    break;
                }
            }
            assertThat(all).hasSize(251).extracting(CaseFile::title).isSorted().doesNotHaveDuplicates();
            assertThat(cs.countUpTo(null, 10_000)).isEqualTo(251);
            assertThat(cs.countUpTo("", 100)).isEqualTo(100);

            // every word, in any of title, number, country, jurisdiction, ignoring case
            List<CaseFile> kz = cs.page("PROTESTS kazakhstan", 0, 500);
            assertThat(kz).hasSize(125).allSatisfy(c -> assertThat(c.country()).isEqualTo("Kazakhstan"));
            assertThat(cs.page("protests kazakhstan 2016 court", 0, 500)).hasSize(125);
            assertThat(cs.page("protests russia", 0, 500)).isEmpty();
            // a percent sign is a character, not a wildcard
            assertThat(cs.page("100%", 0, 10)).extracting(CaseFile::title).containsExactly("Rate of 100% tax");
            assertThat(cs.page("1%0", 0, 10)).isEmpty();
            assertThat(cs.any()).isTrue();
        }
    }
}
