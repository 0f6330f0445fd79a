package org.casetrack.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.Database;
import org.casetrack.store.DocumentStore;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document that gets its text (an import) shows it the next time the page is shown, at once. */
class SourcesRefreshTest {

    @TempDir
    Path dir;

    @Test
    void theOpenDocumentIsReadAgainWhenThePageIsShownAgain() {
        try (Database db = TestDatabases.empty(dir, "refresh")) {
            long id = db.write(dsl -> new DocumentStore(dsl).insert(new SourceDocument(null, "Cited report", "Publisher", "Kazakhstan",
                    2017, "text", "hash-cited", null, null, null)));
            SourcesViewModel vm = new SourcesViewModel(TestContexts.of(db, new RecordingDialogs()));
            vm.load();
            vm.select(id, null);
            assertThat(vm.openProperty().get().document().text()).isNull();
            // what an import of that report does: the same document now has its text
            db.writeVoid(dsl -> dsl.execute("UPDATE source_document SET text = 'The court sentenced him to five years.' WHERE id = " + id));
            vm.load();
            vm.select(id, null);
            assertThat(vm.openProperty().get().document().text()).startsWith("The court sentenced him");
        }
    }
}
