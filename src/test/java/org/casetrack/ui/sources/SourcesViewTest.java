package org.casetrack.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.Database;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;

/** A document with text: its evidence spans are highlighted and open their facts. */
class SourcesViewTest extends FxTest {

    private static final String TEXT = "Bokaev sentenced to five years. On 28 November 2016 a court in Atyrau sentenced Maks Bokaev "
            + "and Talgat Ayan to five years in prison for organising peaceful protests against land reform.";

    private long documentId;
    private long evidenceId;
    private long personId;

    private Database withDocument() {
        Database d = TestDatabases.sample(dir, "sources");
        personId = new DossierService(d).resolvePerson("Maks Bokaev");
        long sentence = new FactStore(d.dsl()).sentencesOf(personId).get(0).id();
        int start = 0;
        int end = TEXT.indexOf(".");
        d.writeVoid(dsl -> {
            DocumentStore docs = new DocumentStore(dsl);
            documentId = docs.insert(new SourceDocument(null, "Test report with text", "Test publisher", "Kazakhstan", 2016,
                    "text", "hash-of-test-report", null, null, TEXT));
            evidenceId = docs.addEvidence(new Evidence(null, documentId, FactType.SENTENCE.code(), sentence, start, end,
                    TEXT.substring(start, end), null));
        });
        return d;
    }

    @Test
    void evidenceIsHighlightedAndFocusedWhenOpenedFromAFact() {
        showMain(withDocument(), Route.document(0, null));
        go(Route.document(documentId, evidenceId));
        assertThat(this.<Label>node("#document-title").getText()).isEqualTo("Test report with text");
        Text span = node("#evidence-" + evidenceId);
        assertThat(span.getText()).isEqualTo("Bokaev sentenced to five years");
        assertThat(span.getStyleClass()).contains("evidence-span", "evidence-span-selected");
    }

    @Test
    void aDocumentThatGotMoreTextWhileAwayIsDrawnAgainWithItsEvidenceStillLit() {
        showMain(withDocument(), Route.page(Pages.SOURCES));
        go(Route.document(documentId, evidenceId));
        // what an import of a longer copy of the report does while the page is not shown
        db.writeVoid(dsl -> dsl.execute("UPDATE source_document SET text = ? WHERE id = ?",
                TEXT + " A later edition adds this sentence.", documentId));
        go(Route.page(Pages.PEOPLE));
        go(Route.document(documentId, evidenceId));
        waitUntil(() -> lookup(".plain-span").queryAllAs(Text.class).stream().anyMatch(t -> t.getText().contains("later edition")));
        Text span = node("#evidence-" + evidenceId);
        assertThat(span.getStyleClass()).contains("evidence-span", "evidence-span-selected");
    }

    @Test
    void clickingAHighlightOpensTheFactsPerson() {
        showMain(withDocument(), Route.page(Pages.SOURCES));
        go(Route.document(documentId, null));
        clickOn("#evidence-" + evidenceId);
        assertThat(exists("#person-name")).isTrue();
        assertThat(ctx.navigator().current()).isEqualTo(Route.person(personId));
    }

    @Test
    void theFactListOpensTheFactToo() {
        showMain(withDocument(), Route.page(Pages.SOURCES));
        go(Route.document(documentId, null));
        clickOn("#open-fact-" + evidenceId);
        assertThat(ctx.navigator().current()).isEqualTo(Route.person(personId));
    }

    @Test
    void aCitedDocumentWithoutTextSaysSo() {
        showMain(TestDatabases.sample(dir, "cited"), Route.page(Pages.SOURCES));
        assertThat(this.<Label>node("#document-no-text").getText()).contains("cited without its text");
    }

    @Test
    void aDocumentUrlStaysOnOneLineInsteadOfBreakingMidWord() {
        Database d = TestDatabases.sample(dir, "sources-url");
        long[] id = new long[1];
        d.writeVoid(dsl -> id[0] = new DocumentStore(dsl).insert(new SourceDocument(null, "Report with a long address", "Test publisher",
                "Kazakhstan", 2016, "html", "hash-of-url-report", null,
                "https://www.example.org/world-report/2017/country-chapters/kazakhstan-and-a-very-long-tail-of-words", TEXT)));
        showMain(d, Route.document(id[0], null));
        javafx.scene.control.Label url = node("#document-url");
        assertThat(url.isWrapText()).isFalse();
        assertThat(url.getText()).startsWith("https://www.example.org/");
        assertThat(url.getTextOverrun()).isEqualTo(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
    }
}
