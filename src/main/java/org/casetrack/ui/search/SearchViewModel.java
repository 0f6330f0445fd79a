package org.casetrack.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.Person;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.CaseStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.PeopleQuery;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.UserMessages;

/**
 * Global search (Ctrl+K) over people (any spelling), cases and documents. On opening it reads
 * the documents and the cases' search keys once; a keystroke then runs one name search in the
 * store and filters cases and documents in memory. A newer keystroke supersedes an older
 * search: one still queued does no work, and an older answer never replaces a newer one
 * (docs/decisions/0116-keystroke-to-rows.md).
 */
public final class SearchViewModel {

    public enum Kind { PERSON, CASE, DOCUMENT }

    public record Hit(Kind kind, long id, String label, String detail) {
    }

    private static final int MAX_PER_KIND = 8;

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private List<SourceDocument> docs = List.of();
    private List<CaseStore.SearchKey> cases = List.of();
    private boolean loaded;
    /** The latest keystroke's number: written on the FX thread, read by the search it started. */
    private final AtomicInteger generation = new AtomicInteger();

    public SearchViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> search());
    }

    private record Loaded(List<SourceDocument> docs, List<CaseStore.SearchKey> cases) {
    }

    /** Reads the (few) documents and the cases' search keys; people are searched in the store on each keystroke. */
    public void load() {
        ctx.runner().run(p -> {
            var dsl = ctx.db().dsl();
            return new Loaded(new DocumentStore(dsl).list(), new CaseStore(dsl).searchKeys());
        }, l -> {
            docs = l.docs();
            cases = l.cases();
            loaded = true;
            search();
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void search() {
        String q = query.get() == null ? "" : query.get().strip();
        int gen = generation.incrementAndGet();
        if (!loaded || q.isEmpty()) {
            hits.clear();
            return;
        }
        List<SourceDocument> documents = docs;
        List<CaseStore.SearchKey> caseKeys = cases;
        ctx.runner().run(p -> {
            if (gen != generation.get()) {
                return null; // a newer keystroke came while this one waited for a thread
            }
            List<Hit> out = new ArrayList<>();
            for (PeopleQuery.NameHit h : new PeopleQuery(ctx.db().dsl()).byName(q, PeopleQuery.Filter.all(), MAX_PER_KIND)) {
                Person x = h.person();
                String detail = h.matchedName().equals(x.displayName()) ? x.country() : h.matchedName();
                out.add(new Hit(Kind.PERSON, x.id(), x.displayName(), detail));
            }
            String lower = q.toLowerCase(Locale.ROOT);
            caseKeys.stream().filter(c -> c.matches(lower)).limit(MAX_PER_KIND)
                    .forEach(c -> out.add(new Hit(Kind.CASE, c.id(), c.title(), c.caseNumber() != null ? c.caseNumber() : c.country())));
            documents.stream().filter(d -> (d.title() + " " + d.publisher()).toLowerCase(Locale.ROOT).contains(lower)).limit(MAX_PER_KIND)
                    .forEach(d -> out.add(new Hit(Kind.DOCUMENT, d.id(), d.title(), d.publisher())));
            return out;
        }, out -> {
            if (out != null && gen == generation.get()) {
                hits.setAll(out);
            }
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    public void open(Hit h) {
        if (h == null) {
            return;
        }
        ctx.navigator().go(switch (h.kind()) {
            case PERSON -> Route.person(h.id());
            case CASE -> Route.caseFile(h.id());
            case DOCUMENT -> Route.document(h.id(), null);
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Hit> hits() {
        return hits;
    }
}
