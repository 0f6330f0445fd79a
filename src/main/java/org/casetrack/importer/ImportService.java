package org.casetrack.importer;

import java.nio.file.Path;
import java.util.Set;
import org.casetrack.extract.Extraction;
import org.casetrack.extract.ReportExtractor;
import org.casetrack.extract.read.ReportReadException;
import org.casetrack.extract.read.ReportReader;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.SourceDocument;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.Database;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.PersonStore;

/**
 * Imports country reports: {@link #plan} reads and extracts a report and matches its people
 * against the known ones (no writes); {@link #commit} stores the accepted candidates, the
 * document and its text in one transaction. Re-importing the same text changes nothing.
 */
public final class ImportService {

    private final Database db;

    public ImportService(Database db) {
        this.db = db;
    }

    public ImportPlan plan(Path file, ImportProgress progress) throws ImportException {
        progress.update(0.05, "Reading " + file.getFileName());
        ReportText report;
        try {
            report = ReportReader.read(file);
        } catch (ReportReadException e) {
            throw new ImportException(e.getMessage());
        }
        checkCancelled(progress);
        return plan(report, file.getFileName().toString(), progress);
    }

    public ImportPlan plan(ReportText report, String fileName, ImportProgress progress) throws ImportException {
        progress.update(0.3, "Finding people, sentences, appeals and rulings");
        Extraction x = ReportExtractor.extract(report);
        checkCancelled(progress);
        progress.update(0.8, "Matching people with those already known");
        PersonFinder finder = new PersonFinder(new PersonStore(db.dsl()).allNames());
        Long existing = new DocumentStore(db.dsl()).findByHash(ImportPlanner.contentHash(report.text()))
                .map(SourceDocument::id).orElse(null);
        ImportPlan plan = ImportPlanner.plan(fileName, report, x, finder, existing);
        checkCancelled(progress);
        if (existing == null) {
            progress.update(0.9, "Comparing with what is already known");
            plan = review(plan);
            if (plan.expected() != null && plan.expected().alreadyImported()) {
                // a colleague committed the same report while this one was being read
                plan = ImportPlanner.plan(fileName, report, x, finder, plan.expected().documentId());
            }
        }
        progress.update(1.0, "Ready for review");
        return plan;
    }

    /** Stores the accepted candidates (by id) in one transaction; nothing if already imported. */
    public ImportResult commit(ImportPlan plan, Set<String> acceptedIds) {
        // Someone else may be committing the same report (the content hash is unique): their
        // transaction wins, this one rolls back whole and tries again, then finds their copy.
        for (int attempt = 1; ; attempt++) {
            try {
                return commitOnce(plan, acceptedIds);
            } catch (org.jooq.exception.DataAccessException e) {
                if (attempt >= 5) {
                    throw e;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private ImportResult commitOnce(ImportPlan plan, Set<String> acceptedIds) {
        return db.write(ctx -> {
            Long existing = new DocumentStore(ctx).findByHash(plan.contentHash()).map(SourceDocument::id).orElse(null);
            if (existing != null) {
                return ImportResult.nothing(existing);
            }
            return new ImportCommitter(ctx, db.userName(), plan, acceptedIds).commit();
        });
    }

    /**
     * The plan marked against the database: changes a newer report proposes for known people,
     * and, by rehearsing the import of the proposed ids in a transaction that is rolled back,
     * which findings are already known and exactly what the import would add.
     */
    private ImportPlan review(ImportPlan plan) {
        var changes = db.write(ctx -> new ChangeFinder(ctx, plan).changes());
        ImportPlan withChanges = plan.reviewed(Set.of(), changes, null);
        Rehearsal r = rehearsal(withChanges, withChanges.proposedIds());
        return plan.reviewed(r.known(), changes, r.result());
    }

    /** What committing these ids would store, with nothing written (the transaction is rolled back). */
    public ImportResult rehearse(ImportPlan plan, Set<String> acceptedIds) {
        return rehearsal(plan, acceptedIds).result();
    }

    /** What a rehearsal found: what committing would store, and which candidates the database already holds. */
    public record Rehearsed(ImportResult expected, Set<String> known) {
    }

    /**
     * Rehearses a plan the reviewer has edited, so that "already known" marks and the expected
     * counts follow the edits (an edited term may no longer match the stored sentence).
     */
    public Rehearsed recheck(ImportPlan plan) {
        Rehearsal r = rehearsal(plan, plan.proposedIds());
        return new Rehearsed(r.result(), r.known());
    }

    private Rehearsal rehearsal(ImportPlan plan, Set<String> acceptedIds) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rehearseOnce(plan, acceptedIds);
            } catch (org.jooq.exception.IntegrityConstraintViolationException e) {
                // on a server, a colleague's commit of the same report (its content hash is
                // unique) ends this rehearsal's insert: look again, and find their copy
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private Rehearsal rehearseOnce(ImportPlan plan, Set<String> acceptedIds) {
        try {
            db.write(ctx -> {
                Long stored = new DocumentStore(ctx).findByHash(plan.contentHash()).map(SourceDocument::id).orElse(null);
                if (stored != null) {
                    throw new Rehearsal(ImportResult.nothing(stored), Set.of());
                }
                ImportCommitter c = new ImportCommitter(ctx, db.userName(), plan, acceptedIds);
                ImportResult result = c.commit();
                throw new Rehearsal(result, Set.copyOf(c.knownIds()));
            });
            throw new IllegalStateException("a rehearsal always rolls back");
        } catch (Rehearsal r) {
            return r;
        }
    }

    /** Thrown out of the rehearsal's transaction so that it rolls back, carrying what it found. */
    private static final class Rehearsal extends RuntimeException {
        private final transient ImportResult result;
        private final transient Set<String> known;

        Rehearsal(ImportResult result, Set<String> known) {
            super(null, null, false, false);
            this.result = result;
            this.known = known;
        }

        ImportResult result() {
            return result;
        }

        Set<String> known() {
            return known;
        }
    }

    private static void checkCancelled(ImportProgress progress) throws ImportException {
        if (progress.cancelled()) {
            throw new ImportException("The import was cancelled; nothing was stored.");
        }
    }
}
