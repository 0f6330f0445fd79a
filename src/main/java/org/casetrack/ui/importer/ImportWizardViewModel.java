package org.casetrack.ui.importer;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.extract.Span;
import org.casetrack.importer.ImportException;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportProgress;
import org.casetrack.importer.ImportResult;
import org.casetrack.importer.ImportService;
import org.casetrack.store.StoreException;
import org.casetrack.ui.common.BackgroundRunner;

/**
 * The state of the import wizard. Step 1 chooses a file; step 2 reads and extracts it in the
 * background (no writes); step 3 reviews the candidates; step 4 stores the accepted ones in
 * one transaction and summarises. Nothing is written before {@link #commit()}.
 * Holds only JavaFX properties and never touches a node; background work goes through the
 * {@link BackgroundRunner}.
 */
public final class ImportWizardViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportWizardViewModel.class);

    /** Where the wizard is. */
    public enum Step { CHOOSE, READING, REVIEW, COMMITTING, DONE }

    /** The report formats the importer reads. */
    public static final List<String> EXTENSIONS = List.of("txt", "html", "htm", "pdf");

    private final ImportService service;
    private final BackgroundRunner runner;
    private final Executor fxThread;
    private final WizardText text;
    private final CandidateTexts texts;

    // Properties
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper(this, "progressMessage", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<ImportPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper documentTitle = new ReadOnlyStringWrapper(this, "documentTitle", "");
    private final ReadOnlyStringWrapper documentText = new ReadOnlyStringWrapper(this, "documentText", "");
    private final Map<CandidateGroup, ObservableList<CandidateRow>> rows = new EnumMap<>(CandidateGroup.class);
    private final Map<CandidateGroup, ObservableList<CandidateRow>> readOnlyRows = new EnumMap<>(CandidateGroup.class);
    private final ObjectProperty<CandidateRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Span> selectedEvidence = new ReadOnlyObjectWrapper<>(this, "selectedEvidence");
    private final ReadOnlyIntegerWrapper acceptedCount = new ReadOnlyIntegerWrapper(this, "acceptedCount");
    private final ReadOnlyIntegerWrapper candidateCount = new ReadOnlyIntegerWrapper(this, "candidateCount");
    private final javafx.beans.property.ReadOnlyStringWrapper expectedText = new javafx.beans.property.ReadOnlyStringWrapper(this, "expectedText", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Long> documentId = new ReadOnlyObjectWrapper<>(this, "documentId");
    private final ReadOnlyStringWrapper doneTitle = new ReadOnlyStringWrapper(this, "doneTitle", "");
    private final ObservableList<String> summaryLines = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlySummary = FXCollections.unmodifiableObservableList(summaryLines);
    private final BooleanBinding canRead;

    // Work in flight
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger rechecks = new AtomicInteger();
    private BackgroundRunner.Handle running;
    private final Set<String> autoRejected = new HashSet<>();
    private boolean cascading;

    public ImportWizardViewModel(ImportService service, BackgroundRunner runner, Executor fxThread, WizardText text) {
        this.service = service;
        this.runner = runner;
        this.fxThread = fxThread;
        this.text = text;
        this.texts = new CandidateTexts(text);
        for (CandidateGroup g : CandidateGroup.values()) {
            ObservableList<CandidateRow> list = FXCollections.observableArrayList();
            rows.put(g, list);
            readOnlyRows.put(g, FXCollections.unmodifiableObservableList(list));
        }
        canRead = Bindings.createBooleanBinding(() -> step.get() == Step.CHOOSE && !path.get().isBlank(), step, path);
        selected.addListener((o, a, b) -> selectedEvidence.set(b == null ? null : b.evidence()));
        path.addListener((o, a, b) -> error.set(""));
    }

    // ---- Properties -------------------------------------------------------------------

    /** The report file, as typed, chosen or dropped. */
    public StringProperty pathProperty() {
        return path;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    /** True when step 1 has a path to read. */
    public BooleanBinding canReadProperty() {
        return canRead;
    }

    /** 0 to 1 while reading. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    /** One plain sentence saying what went wrong, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One plain sentence of information for step 1 (such as "cancelled, nothing stored"), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty documentTitleProperty() {
        return documentTitle.getReadOnlyProperty();
    }

    /** The full text of the report under review. */
    public ReadOnlyStringProperty documentTextProperty() {
        return documentText.getReadOnlyProperty();
    }

    public ObservableList<CandidateRow> rows(CandidateGroup group) {
        return readOnlyRows.get(group);
    }

    /** The row whose evidence is shown. */
    public ObjectProperty<CandidateRow> selectedProperty() {
        return selected;
    }

    /** The evidence span of the selected row, to highlight in the document text. */
    public ReadOnlyObjectProperty<Span> selectedEvidenceProperty() {
        return selectedEvidence.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty acceptedCountProperty() {
        return acceptedCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty candidateCountProperty() {
        return candidateCount.getReadOnlyProperty();
    }

    /** What importing the proposed items adds, as rehearsed against the database, and how many findings are known. */
    public javafx.beans.property.ReadOnlyStringProperty expectedTextProperty() {
        return expectedText.getReadOnlyProperty();
    }

    /** True once the reviewer has accepted, rejected or edited anything. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The stored document at the end: the one just imported, or the earlier import of the same text. */
    public ReadOnlyObjectProperty<Long> documentIdProperty() {
        return documentId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneTitleProperty() {
        return doneTitle.getReadOnlyProperty();
    }

    /** The summary of step 4, one line per kind of change. */
    public ObservableList<String> summaryLines() {
        return readOnlySummary;
    }

    public WizardText text() {
        return text;
    }

    // ---- Commands ---------------------------------------------------------------------

    /** Whether a file looks like a report the importer reads (by its extension). */
    public static boolean isReport(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    public void choose(Path file) {
        if (step.get() == Step.CHOOSE) {
            path.set(file.toAbsolutePath().toString());
        }
    }

    /** Step 1 to 2: reads and extracts the chosen report in the background; writes nothing. */
    public void read() {
        if (step.get() != Step.CHOOSE) {
            return;
        }
        notice.set("");
        Path file;
        try {
            file = Path.of(path.get().strip());
        } catch (InvalidPathException e) {
            error.set(text.tr("error.badPath"));
            return;
        }
        if (path.get().isBlank()) {
            error.set(text.tr("error.noFile"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            error.set(text.tr("error.missing", file.getFileName() == null ? file.toString() : file.getFileName().toString()));
            return;
        }
        if (!isReport(file)) {
            error.set(text.tr("error.format"));
            return;
        }
        error.set("");
        progress.set(-1);
        progressMessage.set(text.tr("progress.reading", file.getFileName()));
        step.set(Step.READING);
        int gen = generation.incrementAndGet();
        running = runner.run(p -> service.plan(file, progressOf(p, gen, file)),
                planned -> {
                    if (gen == generation.get()) {
                        review(planned);
                    }
                },
                failure -> {
                    if (gen == generation.get()) {
                        error.set(sentence(failure));
                        step.set(Step.CHOOSE);
                    }
                });
    }

    /** Passes the importer's progress to the FX thread, in the wizard's words. */
    private ImportProgress progressOf(BackgroundRunner.Progress p, int gen, Path file) {
        return new ImportProgress() {
            @Override
            public void update(double fraction, String message) {
                p.update(Math.round(fraction * 100), 100);
                String words = fraction < 0.3 ? text.tr("progress.reading", file.getFileName())
                        : fraction < 0.8 ? text.tr("progress.extracting")
                        : fraction < 1.0 ? text.tr("progress.matching") : text.tr("progress.ready");
                fxThread.execute(() -> {
                    if (gen == generation.get()) {
                        progress.set(fraction);
                        progressMessage.set(words);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return p.isCancelled() || gen != generation.get();
            }
        };
    }

    private void review(ImportPlan p) {
        running = null;
        if (p.alreadyImported()) {
            documentId.set(p.alreadyImportedAs());
            doneTitle.set(text.tr("done.already.title"));
            summaryLines.setAll(text.tr("done.already", title(p)));
            step.set(Step.DONE);
            return;
        }
        plan.set(p);
        documentTitle.set(title(p));
        documentText.set(p.report().text());
        Set<String> proposed = p.proposedIds();
        load(CandidateGroup.PERSONS, p.persons(), proposed);
        load(CandidateGroup.SENTENCES, p.sentences(), proposed);
        load(CandidateGroup.APPEALS, p.appeals(), proposed);
        load(CandidateGroup.RULINGS, p.rulings(), proposed);
        load(CandidateGroup.EVENTS, p.events(), proposed);
        load(CandidateGroup.DESIGNATIONS, p.designations(), proposed);
        load(CandidateGroup.CHANGES, p.changes(), proposed);
        showRehearsal(p.expected(), p::isKnown);
        autoRejected.clear();
        changed.set(false);
        refresh();
        selected.set(allRows().stream().findFirst().orElse(null));
        step.set(Step.REVIEW);
    }

    private void showRehearsal(ImportResult x, java.util.function.Predicate<String> known) {
        allRows().forEach(r -> r.setKnown(known.test(r.id())));
        expectedText.set(x == null ? "" : text.tr("review.expected", x.sentences() + x.appeals() + x.rulings() + x.events() + x.designations(),
                x.newPersons(), x.merged(), plan.get().changes().size()));
    }

    /** Re-runs the rehearsal on the edited plan in the background; a later edit supersedes an earlier one. */
    private void recheckKnown() {
        ImportPlan p = editedPlan();
        if (p == null) {
            return;
        }
        int n = rechecks.incrementAndGet();
        int gen = generation.get();
        runner.run(pr -> service.recheck(p),
                r -> {
                    if (n == rechecks.get() && gen == generation.get() && step.get() == Step.REVIEW) {
                        showRehearsal(r.expected(), r.known()::contains);
                    }
                },
                failure -> LOG.warn("Re-checking the edited findings against the database failed; the marks are those of the first reading"));
    }

    private void load(CandidateGroup g, List<?> candidates, Set<String> proposed) {
        List<CandidateRow> list = new ArrayList<>();
        for (Object c : candidates) {
            CandidateRow row = new CandidateRow(g, c, proposed.contains(CandidateRow.idOf(c)), plan.get().basis(CandidateRow.idOf(c)));
            row.acceptedProperty().addListener((o, a, b) -> toggled(row, b));
            list.add(row);
        }
        rows.get(g).setAll(list);
    }

    private static String title(ImportPlan p) {
        String t = p.report().title();
        return t == null || t.isBlank() ? p.fileName() : t;
    }

    /** Accepts or rejects every row of a group (facts whose persons are all rejected stay out). */
    public void setAll(CandidateGroup group, boolean accept) {
        for (CandidateRow r : rows.get(group)) {
            if (!accept || !r.isOrphan()) {
                r.acceptedProperty().set(accept);
            }
        }
    }

    public void acceptAll(CandidateGroup group) {
        setAll(group, true);
    }

    public void rejectAll(CandidateGroup group) {
        setAll(group, false);
    }

    /** Sets whether the candidate with this id is accepted. */
    public void setAccepted(String id, boolean accept) {
        row(id).acceptedProperty().set(accept);
    }

    private void toggled(CandidateRow row, boolean accept) {
        if (accept && row.isOrphan()) { // a fact about rejected persons only cannot be stored
            row.acceptedProperty().set(false);
            return;
        }
        if (!cascading) {
            changed.set(true);
            autoRejected.remove(row.id());
        }
        if (row.group() == CandidateGroup.PERSONS) {
            cascade(row.id(), accept);
        }
        if (!cascading) {
            refresh();
        }
    }

    /**
     * Rejecting a person drops the facts that concern only rejected persons; accepting the
     * person again brings back the facts dropped that way (not those rejected by hand).
     */
    private void cascade(String personId, boolean accept) {
        Set<String> acceptedPersons = acceptedPersonIds();
        cascading = true;
        try {
            for (CandidateRow fact : factRows()) {
                if (!fact.personIds().contains(personId)) {
                    continue;
                }
                boolean orphan = fact.personIds().stream().noneMatch(acceptedPersons::contains);
                fact.setOrphan(orphan);
                if (!accept && orphan && fact.isAccepted()) {
                    fact.acceptedProperty().set(false);
                    autoRejected.add(fact.id());
                } else if (accept && !orphan && autoRejected.remove(fact.id())) {
                    fact.acceptedProperty().set(true);
                }
            }
        } finally {
            cascading = false;
        }
    }

    /** Replaces a candidate with an edited copy (same id); its acceptance is kept. */
    public void replace(Object edited) {
        CandidateRow row = row(CandidateRow.idOf(edited));
        if (!row.candidate().getClass().equals(edited.getClass())) {
            throw new IllegalArgumentException("An edit must keep the kind of candidate " + row.id());
        }
        row.setCandidate(edited);
        changed.set(true);
        refresh();
        recheckKnown();
    }

    /** The row of a candidate id. */
    public CandidateRow row(String id) {
        return allRows().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No candidate " + id));
    }

    public List<CandidateRow> allRows() {
        List<CandidateRow> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return all;
    }

    /** The ids that will be stored: accepted rows, less facts about rejected persons only. */
    public Set<String> acceptedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (CandidateRow r : allRows()) {
            if (r.isAccepted() && !r.isOrphan()) {
                ids.add(r.id());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /** The plan with the reviewer's edits in place of the extracted candidates. */
    public ImportPlan editedPlan() {
        ImportPlan p = plan.get();
        if (p == null) {
            return null;
        }
        return p.withCandidates(
                candidates(CandidateGroup.PERSONS, ImportPlan.PersonCandidate.class),
                candidates(CandidateGroup.SENTENCES, ImportPlan.SentenceCandidate.class),
                candidates(CandidateGroup.APPEALS, ImportPlan.AppealCandidate.class),
                candidates(CandidateGroup.RULINGS, ImportPlan.RulingCandidate.class),
                candidates(CandidateGroup.EVENTS, ImportPlan.EventCandidate.class))
                .withDesignations(candidates(CandidateGroup.DESIGNATIONS, ImportPlan.DesignationCandidate.class));
    }

    private <T> List<T> candidates(CandidateGroup g, Class<T> type) {
        return rows.get(g).stream().map(r -> type.cast(r.candidate())).toList();
    }

    /** Step 3 to 4: stores the accepted candidates in one transaction, in the background. */
    public void commit() {
        if (step.get() != Step.REVIEW) {
            return;
        }
        ImportPlan p = editedPlan();
        Set<String> ids = Set.copyOf(acceptedIds());
        error.set("");
        step.set(Step.COMMITTING);
        int gen = generation.incrementAndGet();
        running = runner.run(pr -> service.commit(p, ids),
                r -> {
                    if (gen == generation.get()) {
                        committed(r);
                    }
                },
                failure -> {
                    if (gen == generation.get()) {
                        error.set(sentence(failure));
                        step.set(Step.REVIEW);
                    }
                });
    }

    private void committed(ImportResult r) {
        running = null;
        result.set(r);
        documentId.set(r.documentId());
        if (r.alreadyImported()) {
            doneTitle.set(text.tr("done.already.title"));
            summaryLines.setAll(text.tr("done.already", documentTitle.get()));
        } else {
            int added = r.sentences() + r.appeals() + r.rulings() + r.events() + r.designations();
            doneTitle.set(text.tr("done.title"));
            summaryLines.setAll(
                    text.tr("done.document", documentTitle.get()),
                    text.tr("done.persons", r.newPersons(), r.matchedPersons()),
                    text.tr("done.cases", r.cases()),
                    text.tr("done.facts", added, r.sentences(), r.appeals(), r.rulings(), r.events()),
                    text.tr("done.designations", r.designations()),
                    text.tr("done.merged", r.merged()),
                    text.tr("done.changed", r.changed()));
        }
        clearReview();
        step.set(Step.DONE);
    }

    /**
     * Leaves the current step without storing anything: stops reading, or drops the review.
     * Ignored while storing (the transaction either completes or leaves nothing behind).
     */
    public void cancel() {
        switch (step.get()) {
            case READING -> {
                generation.incrementAndGet();
                if (running != null) {
                    running.cancel();
                    running = null;
                }
                notice.set(text.tr("notice.cancelled"));
                step.set(Step.CHOOSE);
            }
            case REVIEW -> {
                clearReview();
                notice.set(text.tr("notice.cancelled"));
                step.set(Step.CHOOSE);
            }
            case DONE -> startOver();
            default -> {
            }
        }
    }

    /** From the summary back to step 1 for another report. */
    public void startOver() {
        if (step.get() == Step.READING || step.get() == Step.COMMITTING) {
            return;
        }
        clearReview();
        result.set(null);
        documentId.set(null);
        summaryLines.clear();
        doneTitle.set("");
        notice.set("");
        error.set("");
        path.set("");
        step.set(Step.CHOOSE);
    }

    private void clearReview() {
        selected.set(null);
        rows.values().forEach(List::clear);
        plan.set(null);
        documentText.set("");
        documentTitle.set("");
        autoRejected.clear();
        changed.set(false);
        acceptedCount.set(0);
        candidateCount.set(0);
        expectedText.set("");
    }

    // ---- Helpers ----------------------------------------------------------------------

    private List<CandidateRow> factRows() {
        List<CandidateRow> facts = new ArrayList<>();
        for (CandidateGroup g : CandidateGroup.values()) {
            if (g != CandidateGroup.PERSONS) {
                facts.addAll(rows.get(g));
            }
        }
        return facts;
    }

    private Set<String> acceptedPersonIds() {
        Set<String> ids = new HashSet<>();
        for (CandidateRow r : rows.get(CandidateGroup.PERSONS)) {
            if (r.isAccepted()) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /** Recomputes texts, orphan flags and counts after any change. */
    private void refresh() {
        Map<String, String> names = new LinkedHashMap<>();
        for (CandidateRow r : rows.get(CandidateGroup.PERSONS)) {
            names.put(r.id(), ((ImportPlan.PersonCandidate) r.candidate()).name());
        }
        Set<String> acceptedPersons = acceptedPersonIds();
        for (CandidateRow r : factRows()) {
            r.setOrphan(!r.personIds().isEmpty() && r.personIds().stream().noneMatch(acceptedPersons::contains));
        }
        int all = 0;
        for (CandidateRow r : allRows()) {
            texts.describe(r, names);
            all++;
        }
        candidateCount.set(all);
        acceptedCount.set(acceptedIds().size());
    }

    private String sentence(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ImportException || c instanceof StoreException) {
                return c.getMessage();
            }
        }
        LOG.error("Import failed unexpectedly", t);
        return text.tr("error.unexpected");
    }
}
