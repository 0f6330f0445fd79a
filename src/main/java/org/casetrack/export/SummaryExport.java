package org.casetrack.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.casetrack.model.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casetrack.dossier.DossierService;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.StoreException;

/**
 * Case summaries for advocacy letters: a person or a case from the database, laid out as
 * DOCX, PDF or Markdown around a letter template, and a Markdown/HTML preview for the views.
 */
public final class SummaryExport {

    private final Database db;

    public SummaryExport(Database db) {
        this.db = db;
    }

    public CaseSummary personSummary(long personId, boolean includeConfidential) {
        PersonDossier d = new DossierService(db).person(personId);
        if (d.person().confidential() && !includeConfidential) {
            throw new StoreException(StoreException.Kind.INVALID, "The record of " + d.person().displayName()
                    + " is marked confidential; add --include-confidential to export it anyway.");
        }
        return new SummaryBuilder(includeConfidential).person(d);
    }

    public CaseSummary caseSummary(long caseId, boolean includeConfidential) {
        CaseStore cases = new CaseStore(db.dsl());
        CaseFile c = cases.get(caseId).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "No case with id " + caseId + "."));
        if (c.confidential() && !includeConfidential) {
            throw new StoreException(StoreException.Kind.INVALID, "The case \"" + c.title()
                    + "\" is marked confidential; add --include-confidential to export it anyway.");
        }
        DossierService dossiers = new DossierService(db);
        List<PersonDossier> parties = new ArrayList<>();
        for (Long pid : cases.parties(caseId).stream().map(CaseParty::personId).distinct().toList()) {
            parties.add(dossiers.person(pid));
        }
        return new SummaryBuilder(includeConfidential).forCase(c, parties);
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

    public static byte[] render(CaseSummary s, LetterTemplate template, ExportFormat format, LocalDate today) {
        Letter letter = SafeText.deep(Letter.of(s, template, today));
        return switch (format) {
            case DOCX -> DocxRenderer.render(letter);
            case PDF -> PdfRenderer.render(letter);
            case MD -> MarkdownRenderer.render(letter).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Markdown for a preview pane (no confidential content). */
    public String previewMarkdown(long personId) {
        return MarkdownRenderer.render(SafeText.deep(Letter.of(personSummary(personId, false), LetterTemplate.defaults(), LocalDate.now())));
    }

    /** Markdown of a case's letter for a preview pane (no confidential content). */
    public String previewCaseMarkdown(long caseId) {
        return MarkdownRenderer.render(SafeText.deep(Letter.of(caseSummary(caseId, false), LetterTemplate.defaults(), LocalDate.now())));
    }

    /** HTML for a preview pane (no confidential content). */
    public String previewHtml(long personId) {
        return HtmlRenderer.render(SafeText.deep(Letter.of(personSummary(personId, false), LetterTemplate.defaults(), LocalDate.now())));
    }
}
