package org.casetrack.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.casetrack.model.NameKind;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.PeopleQuery;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Navigator;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.people.PeopleViewModel;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;

/**
 * What one keystroke in Ctrl+K (and in the People filter) does: which statements it sends,
 * and that a newer keystroke wins over an older search (docs/decisions/0116-keystroke-to-rows.md).
 */
class SearchPopupTest extends FxTest {

    /** Records every statement sent through the database's jOOQ configuration from now on. */
    private static List<String> recordStatements(Database database) {
        List<String> sql = new CopyOnWriteArrayList<>();
        database.dsl().configuration().set(new DefaultExecuteListenerProvider(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext c) {
                sql.add(c.sql());
            }
        }));
        return sql;
    }

    private static List<String> labels(List<SearchViewModel.Hit> hits, SearchViewModel.Kind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(SearchViewModel.Hit::label).toList();
    }

    @Test
    void aKeystrokeFindsAnySpellingAndCasesInTitleOrderWithoutScanningTheCaseTable() {
        Database database = TestDatabases.sample(dir, "keystroke");
        var ps = new PersonStore(database.dsl());
        long maks = new PeopleQuery(database.dsl()).byName("Maks Bokaev", PeopleQuery.Filter.all(), 1).get(0).person().id();
        ps.addName(maks, "Макс Бокаев", NameKind.ORIGINAL_SCRIPT);
        List<String> expectedCases = new CaseStore(database.dsl()).search("bokaev", 8).stream().map(c -> c.title()).toList();
        assertThat(expectedCases).isNotEmpty();
        showMain(database, Route.page(Pages.PEOPLE));
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> exists("#search-field"));
        clickOn("#search-field").write("Boka");
        ListView<SearchViewModel.Hit> results = node("#search-results");
        waitUntil(() -> !results.getItems().isEmpty());

        List<String> sql = recordStatements(database);
        write("ev");
        waitUntil(() -> !labels(results.getItems(), SearchViewModel.Kind.CASE).isEmpty());
        assertThat(labels(results.getItems(), SearchViewModel.Kind.PERSON)).contains("Maks Bokaev");
        assertThat(labels(results.getItems(), SearchViewModel.Kind.CASE)).containsExactlyElementsOf(expectedCases);
        // the case titles were read once on opening; a keystroke filters them, it does not LIKE-scan the table
        assertThat(sql).isNotEmpty().noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("case_file"));

        onFx(() -> this.<javafx.scene.control.TextField>node("#search-field").setText("Бокаев"));
        waitUntil(() -> labels(results.getItems(), SearchViewModel.Kind.PERSON).contains("Maks Bokaev"));
    }

    /** A runner that holds work until the test runs it, in the order the test chooses. */
    private static final class HeldRunner implements BackgroundRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
            BackgroundRunner now = BackgroundRunner.sameThread();
            held.addLast(() -> now.run(work, onSuccess, onError));
            return new Handle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void runFirst() {
            held.removeFirst().run();
        }

        void runLast() {
            held.removeLast().run();
        }

        int waiting() {
            return held.size();
        }
    }

    @Test
    void aSearchSupersededWhileWaitingReadsNothingAndNeverReplacesTheNewerAnswer() {
        try (Database database = TestDatabases.sample(dir, "superseded")) {
            HeldRunner runner = new HeldRunner();
            AppContext context = new AppContext(database, runner, new Navigator(), new RecordingDialogs(), TestContexts.freshPrefs());
            SearchViewModel vm = new SearchViewModel(context);
            vm.load();
            runner.runFirst();
            vm.queryProperty().set("Ayan");
            vm.queryProperty().set("Bokaev");
            assertThat(runner.waiting()).isEqualTo(2);

            runner.runLast();
            assertThat(labels(vm.hits(), SearchViewModel.Kind.PERSON)).contains("Maks Bokaev").doesNotContain("Talgat Ayan");
            List<SearchViewModel.Hit> newer = List.copyOf(vm.hits());

            List<String> sql = recordStatements(database);
            runner.runFirst();
            assertThat(sql).as("the older keystroke's search, superseded before it started").isEmpty();
            assertThat(vm.hits()).containsExactlyElementsOf(newer);
            TestContexts.dispose(context.prefs());
        }
    }

    @Test
    void thePeopleFilterRunsOnlyTheLatestOfKeystrokesThatQueuedUp() {
        try (Database database = TestDatabases.sample(dir, "people-filter")) {
            HeldRunner runner = new HeldRunner();
            AppContext context = new AppContext(database, runner, new Navigator(), new RecordingDialogs(), TestContexts.freshPrefs());
            PeopleViewModel vm = new PeopleViewModel(context);
            vm.load();
            runner.runFirst(); // countries, which then reads the first page
            runner.runFirst();
            vm.queryProperty().set("Ayan");
            vm.queryProperty().set("Bokaev");
            assertThat(runner.waiting()).isEqualTo(2);

            runner.runLast();
            assertThat(vm.rows()).extracting(r -> r.person().displayName()).contains("Maks Bokaev").doesNotContain("Talgat Ayan");
            List<PeopleViewModel.Row> newer = List.copyOf(vm.rows());

            List<String> sql = recordStatements(database);
            runner.runFirst();
            assertThat(sql).as("the older keystroke's query, superseded before it started").isEmpty();
            assertThat(vm.rows()).containsExactlyElementsOf(newer);
            TestContexts.dispose(context.prefs());
        }
    }
}
