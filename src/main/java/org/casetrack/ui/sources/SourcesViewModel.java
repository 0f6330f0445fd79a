package org.casetrack.ui.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.Evidence;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactTargets;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;

/**
 * Imported documents with their text; the spans stored facts came from are highlighted,
 * and a highlight opens the fact's person or case.
 */
public final class SourcesViewModel {

    /** A highlight: the evidence, the fact it supports and where that fact is shown. */
    public record Span(Evidence evidence, FactTargets.Target target) {
        public boolean hasOffsets(int textLength) {
            Evidence e = evidence;
            return e.startOffset() != null && e.endOffset() != null && e.startOffset() >= 0
                    && e.endOffset() <= textLength && e.startOffset() < e.endOffset();
        }


    }

    /** The open document: its text (null when only cited) and its highlights in text order. */
    public record OpenDocument(SourceDocument document, List<Span> spans) {
    }

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SourceDocument> documents = FXCollections.observableArrayList();
    private final ObjectProperty<SourceDocument> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<OpenDocument> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyObjectWrapper<Long> focusedEvidence = new ReadOnlyObjectWrapper<>(this, "focusedEvidence");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private List<SourceDocument> all = List.of();
    private java.util.Map<Long, String> personNames = java.util.Map.of();
    private java.util.Map<Long, String> caseTitles = java.util.Map.of();
    private Long pendingDocument;
    private Long pendingEvidence;

    public SourcesViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, d) -> {
            if (d != null && (open.get() == null || open.get().document().id().longValue() != d.id())) {
                openDocument(d.id());
            }
        });
    }

    public void load() {
        ctx.runner().run(p -> {
            var dsl = ctx.db().dsl();
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            new org.casetrack.store.PersonStore(dsl).list().forEach(x -> names.put(x.id(), x.displayName()));
            java.util.Map<Long, String> titles = new java.util.HashMap<>();
            new org.casetrack.store.CaseStore(dsl).list().forEach(x -> titles.put(x.id(), x.title()));
            return new Object[] {new DocumentStore(dsl).list(), names, titles};
        }, r -> {
            @SuppressWarnings("unchecked") List<SourceDocument> list = (List<SourceDocument>) r[0];
            @SuppressWarnings("unchecked") java.util.Map<Long, String> names = (java.util.Map<Long, String>) r[1];
            @SuppressWarnings("unchecked") java.util.Map<Long, String> titles = (java.util.Map<Long, String>) r[2];
            personNames = names;
            caseTitles = titles;
            all = list;
            refilter();
            loaded.set(true);
            if (pendingDocument != null) {
                Long d = pendingDocument;
                pendingDocument = null;
                select(d, pendingEvidence);
            } else if (selected.get() == null && !documents.isEmpty()) {
                selected.set(documents.get(0));
            }
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        documents.setAll(all.stream().filter(d -> q.isEmpty() || (d.title() + " " + d.publisher() + " " + d.country())
                .toLowerCase(Locale.ROOT).contains(q)).toList());
        // Keep the open document selected in the fresh list (same id, new record).
        SourceDocument current = selected.get();
        if (current != null) {
            documents.stream().filter(d -> d.id().equals(current.id())).findFirst().ifPresent(selected::set);
        }
    }

    /** Opens a document and, when given, scrolls to one evidence span. */
    public void select(long documentId, Long evidenceId) {
        if (!loaded.get()) {
            pendingDocument = documentId;
            pendingEvidence = evidenceId;
            return;
        }
        focusedEvidence.set(null);
        pendingEvidence = evidenceId;
        all.stream().filter(d -> d.id() == documentId).findFirst().ifPresent(d -> {
            if (!documents.contains(d)) {
                query.set("");
            }
        });
        if (open.get() != null && open.get().document().id() == documentId) {
            focusedEvidence.set(evidenceId);
            return;
        }
        openDocument(documentId);
    }

    private void openDocument(long id) {
        ctx.runner().run(p -> {
            DocumentStore docs = new DocumentStore(ctx.db().dsl());
            SourceDocument d = docs.get(id).orElseThrow(() -> new org.casetrack.store.StoreException(
                    org.casetrack.store.StoreException.Kind.NOT_FOUND, I18n.tr("source.gone")));
            FactTargets targets = new FactTargets(ctx.db().dsl());
            List<Span> spans = new ArrayList<>();
            for (Evidence e : docs.evidenceIn(id)) {
                spans.add(new Span(e, targets.target(e.factTable(), e.factId())));
            }
            return new OpenDocument(d, spans);
        }, doc -> {
            open.set(doc);
            documents.stream().filter(x -> x.id().equals(doc.document().id())).findFirst().ifPresent(selected::set);
            focusedEvidence.set(pendingEvidence);
            pendingEvidence = null;
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    /** Opens the person or case page that shows the fact behind a highlight. */
    public void openFact(Span s) {
        FactTargets.Target t = s.target();
        if (t.personId() != null) {
            ctx.navigator().go(Route.person(t.personId()));
        } else if (t.caseId() != null) {
            ctx.navigator().go(Route.caseFile(t.caseId()));
        } else {
            ctx.dialogs().info(I18n.tr("source.factGone"));
        }
    }

    /** "Sentence — Maks Bokaev", "Case — Land-reform protest case". */
    public String label(Span s) {
        FactTargets.Target t = s.target();
        String kind = I18n.label(t.type());
        if (t.personId() != null && personNames.containsKey(t.personId())) {
            return kind + " — " + personNames.get(t.personId());
        }
        if (t.caseId() != null && caseTitles.containsKey(t.caseId())) {
            return kind + " — " + caseTitles.get(t.caseId());
        }
        return kind + " #" + t.factId();
    }

    public void focus(Span s) {
        focusedEvidence.set(s.evidence().id());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SourceDocument> documents() {
        return documents;
    }

    public ObjectProperty<SourceDocument> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<OpenDocument> openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> focusedEvidenceProperty() {
        return focusedEvidence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public boolean hasAny() {
        return !all.isEmpty();
    }
}
