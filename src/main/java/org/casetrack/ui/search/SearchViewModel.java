package org.casetrack.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** Global search (Ctrl+K) over people (any spelling), cases and documents. */
public final class SearchViewModel {

    public enum Kind { PERSON, CASE, DOCUMENT }

    public record Hit(Kind kind, long id, String label, String detail) {
    }

    private static final int MAX_PER_KIND = 8;

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private List<SourceDocument> docs = List.of();
    private boolean loaded;
    private int generation;

    public SearchViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> search());
    }

    /** Reads the (few) documents; people and cases are searched in the store on each keystroke. */
    public void load() {
        ctx.runner().run(p -> new DocumentStore(ctx.db().dsl()).list(), d -> {
            docs = d;
            loaded = true;
            search();
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void search() {
        String q = query.get() == null ? "" : query.get().strip();
        int gen = ++generation;
        if (!loaded || q.isEmpty()) {
            hits.clear();
            return;
        }
        List<SourceDocument> documents = docs;
        ctx.runner().run(p -> {
            var dsl = ctx.db().dsl();
            List<Hit> out = new ArrayList<>();
            for (PeopleQuery.NameHit h : new PeopleQuery(dsl).byName(q, PeopleQuery.Filter.all(), MAX_PER_KIND)) {
                Person x = h.person();
                String detail = h.matchedName().equals(x.displayName()) ? x.country() : h.matchedName();
                out.add(new Hit(Kind.PERSON, x.id(), x.displayName(), detail));
            }
            new CaseStore(dsl).search(q, MAX_PER_KIND)
                    .forEach(c -> out.add(new Hit(Kind.CASE, c.id(), c.title(), c.caseNumber() != null ? c.caseNumber() : c.country())));
            String lower = q.toLowerCase(Locale.ROOT);
            documents.stream().filter(d -> (d.title() + " " + d.publisher()).toLowerCase(Locale.ROOT).contains(lower)).limit(MAX_PER_KIND)
                    .forEach(d -> out.add(new Hit(Kind.DOCUMENT, d.id(), d.title(), d.publisher())));
            return out;
        }, out -> {
            if (gen == generation) {
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
