package org.casetrack.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casetrack.dossier.DossierService;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.CaseFile;
import org.casetrack.model.SafeText;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Designation;
import org.casetrack.model.Letterhead;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.SettingsStore;
import org.casetrack.store.StoreException;

/**
 * Advocacy letters from the database: a person or a case, any {@link LetterKind}, in
 * English or Russian, laid out as DOCX, PDF or Markdown with the letterhead stored in the
 * database, and a Markdown preview for the views.
 */
public final class SummaryExport {

    private final Database db;

    public SummaryExport(Database db) {
        this.db = db;
    }

    /** The facts about a person; refuses a confidential person unless confidential content is included. */
    public LetterFacts personFacts(long personId, boolean includeConfidential) {
        PersonDossier d = new DossierService(db).person(personId);
        if (d.person().confidential() && !includeConfidential) {
            throw new StoreException(StoreException.Kind.INVALID, "The record of " + d.person().displayName()
                    + " is marked confidential; add --include-confidential to export it anyway.");
        }
        Map<Long, SourceDocument> docs = new HashMap<>();
        return new LetterFacts(null, List.of(withDesignations(d, docs)), docs);
    }

    /** The facts about a case and its parties. */
    public LetterFacts caseFacts(long caseId, boolean includeConfidential) {
        CaseStore cases = new CaseStore(db.dsl());
        CaseFile c = cases.get(caseId).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "No case with id " + caseId + "."));
        if (c.confidential() && !includeConfidential) {
            throw new StoreException(StoreException.Kind.INVALID, "The case \"" + c.title()
                    + "\" is marked confidential; add --include-confidential to export it anyway.");
        }
        DossierService dossiers = new DossierService(db);
        Map<Long, SourceDocument> docs = new HashMap<>();
        List<LetterFacts.PersonFacts> parties = new ArrayList<>();
        for (Long pid : cases.parties(caseId).stream().map(CaseParty::personId).distinct().toList()) {
            PersonDossier d = dossiers.person(pid);
            if (includeConfidential || !d.person().confidential()) {
                parties.add(withDesignations(d, docs));
            }
        }
        if (parties.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, "The case \"" + c.title() + "\" has no parties a letter could name.");
        }
        return new LetterFacts(c, parties, docs);
    }

    /** The person's facts with the designations the dossier carries; the documents they cite join the letter's. */
    private static LetterFacts.PersonFacts withDesignations(PersonDossier d, Map<Long, SourceDocument> docs) {
        d.designations().stream().map(Designation::documentId).filter(java.util.Objects::nonNull)
                .map(id -> d.documents().get(id)).filter(java.util.Objects::nonNull).forEach(doc -> docs.putIfAbsent(doc.id(), doc));
        return new LetterFacts.PersonFacts(d, d.designations());
    }

    public Letterhead letterhead() {
        return new SettingsStore(db.dsl()).letterhead();
    }

    public void saveLetterhead(Letterhead l) {
        db.writeVoid(ctx -> new SettingsStore(ctx).saveLetterhead(l));
    }

    /** The letter about a person (subject kind "person") or a case, with these options. */
    public LetterDocument letter(boolean isCase, long id, LetterOptions o) {
        LetterFacts facts = isCase ? caseFacts(id, o.includeConfidential()) : personFacts(id, o.includeConfidential());
        // bidi controls neutralised in every fact, so no renderer can forget a field (docs/security.md)
        return LetterBuilder.build(SafeText.deep(facts), o, SafeText.deep(letterhead()));
    }

    public byte[] render(boolean isCase, long id, LetterOptions o, ExportFormat format) {
        return render(letter(isCase, id, o), format);
    }

    public static byte[] render(LetterDocument letter, ExportFormat format) {
        return switch (format) {
            case DOCX -> DocxRenderer.render(letter);
            case PDF -> PdfRenderer.render(letter);
            case MD -> MarkdownRenderer.render(letter).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Markdown of a person's default letter for a preview pane (no confidential content). */
    public String previewMarkdown(long personId) {
        return MarkdownRenderer.render(letter(false, personId, LetterOptions.defaults()));
    }

    /** Markdown of a case's default letter for a preview pane (no confidential content). */
    public String previewCaseMarkdown(long caseId) {
        return MarkdownRenderer.render(letter(true, caseId, LetterOptions.defaults()));
    }

    /** HTML of a person's default letter (no confidential content). */
    public String previewHtml(long personId) {
        return HtmlRenderer.render(letter(false, personId, LetterOptions.defaults()));
    }

    /** The case a user means by "NAME-OR-ID": an id, or a title (exactly, else the one title containing it). */
    public long resolveCase(String titleOrId) {
        String q = titleOrId == null ? "" : titleOrId.strip();
        CaseStore cases = new CaseStore(db.dsl());
        if (q.matches("\\d{1,18}")) {
            long id = Long.parseLong(q);
            if (cases.get(id).isPresent()) {
                return id;
            }
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No case with id " + id + ".");
        }
        List<CaseFile> all = cases.list();
        List<CaseFile> exact = all.stream().filter(c -> c.title().equalsIgnoreCase(q)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        String lq = q.toLowerCase(Locale.ROOT);
        List<CaseFile> partial = all.stream().filter(c -> c.title().toLowerCase(Locale.ROOT).contains(lq)).toList();
        if (partial.size() == 1) {
            return partial.get(0).id();
        }
        if (partial.isEmpty()) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "No case titled '" + q + "' is known.");
        }
        throw new StoreException(StoreException.Kind.NOT_FOUND, "'" + q + "' matches several cases: "
                + String.join(", ", partial.stream().limit(5).map(c -> c.title() + " (id " + c.id() + ")").toList()) + "; give the id.");
    }

}
