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

    /** The open document: its text (null when only cited), its highlights in text order, their labels ("p12", "c3"). */
    public record OpenDocument(SourceDocument document, List<Span> spans, java.util.Map<String, String> labels) {
    }

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SourceDocument> documents = FXCollections.observableArrayList();
    private final ObjectProperty<SourceDocument> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<OpenDocument> open = new ReadOnlyObjectWrapper<>(this, "open");
    private final ReadOnlyObjectWrapper<Long> focusedEvidence = new ReadOnlyObjectWrapper<>(this, "focusedEvidence");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private List<SourceDocument> all = List.of();
    private java.util.Map<String, String> labels = java.util.Map.of();
    private long openSeq;
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

    /**
     * Reads the document list (no texts) and, when a document is open, reads it again: an
     * import may have given it its text or new highlights since it was opened. The labels of
     * highlights are read with the open document, for its spans only (never every person).
     */
    public void load() {
        ctx.runner().run(p -> new DocumentStore(ctx.db().dsl()).list(), list -> {
            all = list;
            refilter();
            loaded.set(true);
            if (pendingDocument != null) {
                Long d = pendingDocument;
                pendingDocument = null;
                select(d, pendingEvidence);
            } else if (open.get() != null) {
                refreshOpen();
            } else if (selected.get() == null && !documents.isEmpty()) {
                selected.set(documents.get(0));
            }
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    /**
     * The open document read again; applied on the FX thread only if nothing else was opened
     * meanwhile and only if it changed. It leaves the focused highlight alone (the view shows
     * it again after drawing the new text), so a fact's evidence opened meanwhile stays lit.
     */
    private void refreshOpen() {
        long id = open.get().document().id();
        long seq = openSeq;
        ctx.runner().run(p -> read(id), doc -> {
            if (seq == openSeq && !doc.equals(open.get())) {
                labels = doc.labels();
                open.set(doc);
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
        long seq = ++openSeq;
        ctx.runner().run(p -> read(id), doc -> {
            if (seq != openSeq) {
                return; // another document was opened meanwhile
            }
            labels = doc.labels();
            open.set(doc);
            documents.stream().filter(x -> x.id().equals(doc.document().id())).findFirst().ifPresent(selected::set);
            focusedEvidence.set(pendingEvidence);
            pendingEvidence = null;
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    /** A document with its text, its highlights and the names of the persons and cases they point to. */
    private OpenDocument read(long id) {
        var dsl = ctx.db().dsl();
        DocumentStore docs = new DocumentStore(dsl);
        SourceDocument d = docs.get(id).orElseThrow(() -> new org.casetrack.store.StoreException(
                org.casetrack.store.StoreException.Kind.NOT_FOUND, I18n.tr("source.gone")));
        FactTargets targets = new FactTargets(dsl);
        List<Span> spans = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        var persons = new org.casetrack.store.PersonStore(dsl);
        var cases = new org.casetrack.store.CaseStore(dsl);
        for (Evidence e : docs.evidenceIn(id)) {
            Span s = new Span(e, targets.target(e.factTable(), e.factId()));
            spans.add(s);
            Long pid = s.target().personId();
            Long cid = s.target().caseId();
            if (pid != null && !names.containsKey("p" + pid)) {
                persons.get(pid).ifPresent(x -> names.put("p" + pid, x.displayName()));
            }
            if (cid != null && !names.containsKey("c" + cid)) {
                cases.get(cid).ifPresent(x -> names.put("c" + cid, x.title()));
            }
        }
        return new OpenDocument(d, spans, java.util.Map.copyOf(names));
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
        if (t.personId() != null && labels.containsKey("p" + t.personId())) {
            return kind + " — " + labels.get("p" + t.personId());
        }
        if (t.caseId() != null && labels.containsKey("c" + t.caseId())) {
            return kind + " — " + labels.get("c" + t.caseId());
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
