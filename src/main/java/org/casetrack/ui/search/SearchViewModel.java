package org.casetrack.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.SourceDocument;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.CaseStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.UserMessages;

/** Global search (Ctrl+K) over people (any spelling), cases and documents. */
public final class SearchViewModel {

    public enum Kind { PERSON, CASE, DOCUMENT }

    public record Hit(Kind kind, long id, String label, String detail) {
    }

    private record Index(List<Person> people, Map<Long, List<PersonName>> names, List<CaseFile> cases, List<SourceDocument> docs) {
    }

    private static final int MAX_PER_KIND = 8;

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Hit> hits = FXCollections.observableArrayList();
    private Index index;

    public SearchViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> search());
    }

    public void load() {
        ctx.runner().run(p -> {
            var dsl = ctx.db().dsl();
            PersonStore ps = new PersonStore(dsl);
            return new Index(ps.list(), ps.allNames(), new CaseStore(dsl).list(), new DocumentStore(dsl).list());
        }, i -> {
            index = i;
            search();
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void search() {
        String q = query.get() == null ? "" : query.get().strip();
        if (index == null || q.isEmpty()) {
            hits.clear();
            return;
        }
        List<Hit> out = new ArrayList<>();
        Map<Long, Person> byId = new HashMap<>();
        index.people().forEach(p -> byId.put(p.id(), p));
        int n = 0;
        for (NameMatch m : new PersonFinder(index.names()).find(q)) {
            Person p = byId.get(m.personId());
            if (p == null || n++ >= MAX_PER_KIND) {
                continue;
            }
            String detail = m.matchedName().equals(p.displayName()) ? p.country() : m.matchedName();
            out.add(new Hit(Kind.PERSON, p.id(), p.displayName(), detail));
        }
        String lower = q.toLowerCase(Locale.ROOT);
        index.cases().stream().filter(c -> (c.title() + " " + c.caseNumber()).toLowerCase(Locale.ROOT).contains(lower)).limit(MAX_PER_KIND)
                .forEach(c -> out.add(new Hit(Kind.CASE, c.id(), c.title(), c.caseNumber() != null ? c.caseNumber() : c.country())));
        index.docs().stream().filter(d -> (d.title() + " " + d.publisher()).toLowerCase(Locale.ROOT).contains(lower)).limit(MAX_PER_KIND)
                .forEach(d -> out.add(new Hit(Kind.DOCUMENT, d.id(), d.title(), d.publisher())));
        hits.setAll(out);
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
