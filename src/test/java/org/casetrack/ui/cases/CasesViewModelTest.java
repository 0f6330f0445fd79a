package org.casetrack.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case list shows one page, reads the next on demand, and filters in the store. */
class CasesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theListHoldsAPageAndReadsMoreOnlyWhenAsked() {
        try (Database db = TestDatabases.empty(dir, "cases")) {
            db.writeVoid(ctx -> {
                CaseStore cs = new CaseStore(ctx);
                for (int i = 0; i < 230; i++) {
                    cs.insert(new CaseFile(null, String.format("Trial %03d", i), i < 3 ? "Azerbaijan" : "Belarus", null, null,
                            CaseStatus.OPEN, null, false));
                }
            });
            CasesViewModel vm = new CasesViewModel(TestContexts.of(db, new RecordingDialogs()));
            vm.load();
            assertThat(vm.rows()).hasSize(CasesViewModel.PAGE);
            assertThat(vm.rows().get(0).title()).isEqualTo("Trial 000");
            assertThat(vm.hasMore()).isTrue();
            assertThat(vm.totalProperty().get()).isEqualTo(230);
            vm.loadMore();
            vm.loadMore();
            assertThat(vm.rows()).hasSize(230).extracting(CaseFile::title).doesNotHaveDuplicates().isSorted();
            assertThat(vm.hasMore()).isFalse();

            vm.queryProperty().set("azerbaijan");
            assertThat(vm.rows()).extracting(CaseFile::title).containsExactly("Trial 000", "Trial 001", "Trial 002");
            assertThat(vm.totalProperty().get()).isEqualTo(3);
            assertThat(vm.hasAny()).isTrue();
        }
    }
}
