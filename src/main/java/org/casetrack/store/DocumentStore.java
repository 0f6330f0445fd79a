package org.casetrack.store;

import static org.casetrack.store.generated.Tables.EVIDENCE;
import static org.casetrack.store.generated.Tables.SOURCE_DOCUMENT;

import java.util.List;
import java.util.Optional;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.SourceDocument;
import org.casetrack.store.generated.tables.records.EvidenceRecord;
import org.casetrack.store.generated.tables.records.SourceDocumentRecord;
import org.jooq.DSLContext;

/** Source documents and the evidence that ties stored facts to spans of them. */
public final class DocumentStore {

    private final DSLContext ctx;

    public DocumentStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insert(SourceDocument d) {
        SourceDocumentRecord r = ctx.newRecord(SOURCE_DOCUMENT);
        if (d.id() != null) {
            r.setId(d.id());
        }
        r.setTitle(d.title() == null || d.title().isBlank() ? "Untitled document" : d.title());
        r.setPublisher(d.publisher());
        r.setCountry(d.country());
        r.setPeriodYear(d.periodYear());
        r.setFormat(d.format() == null ? "text" : d.format());
        r.setContentHash(d.contentHash());
        r.setFileName(d.fileName());
        r.setUrl(d.url());
        r.setText(d.text());
        r.store();
        return r.getId();
    }

    public Optional<SourceDocument> findByHash(String contentHash) {
        return ctx.fetchOptional(SOURCE_DOCUMENT, SOURCE_DOCUMENT.CONTENT_HASH.eq(contentHash)).map(DocumentStore::toDocument);
    }

    public Optional<SourceDocument> get(long id) {
        return ctx.fetchOptional(SOURCE_DOCUMENT, SOURCE_DOCUMENT.ID.eq(id)).map(DocumentStore::toDocument);
    }

    /** All documents, without their (possibly long) texts. */
    public List<SourceDocument> list() {
        return ctx.select(SOURCE_DOCUMENT.ID, SOURCE_DOCUMENT.TITLE, SOURCE_DOCUMENT.PUBLISHER, SOURCE_DOCUMENT.COUNTRY,
                        SOURCE_DOCUMENT.PERIOD_YEAR, SOURCE_DOCUMENT.FORMAT, SOURCE_DOCUMENT.CONTENT_HASH,
                        SOURCE_DOCUMENT.FILE_NAME, SOURCE_DOCUMENT.URL)
                .from(SOURCE_DOCUMENT).orderBy(SOURCE_DOCUMENT.PERIOD_YEAR.desc().nullsLast(), SOURCE_DOCUMENT.TITLE)
                .fetch(r -> new SourceDocument(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), null));
    }

    /**
     * A document cited without its text (curated data) that the given report is a copy of:
     * same publisher, country and year covered. Used to attach an imported text to it.
     */
    public Optional<SourceDocument> findCitedOnly(String publisher, String country, Integer periodYear) {
        if (publisher == null || country == null || periodYear == null) {
            return Optional.empty();
        }
        return ctx.selectFrom(SOURCE_DOCUMENT)
                .where(SOURCE_DOCUMENT.TEXT.isNull()
                        .and(SOURCE_DOCUMENT.PUBLISHER.equalIgnoreCase(publisher))
                        .and(SOURCE_DOCUMENT.COUNTRY.equalIgnoreCase(country))
                        .and(SOURCE_DOCUMENT.PERIOD_YEAR.eq(periodYear)))
                .orderBy(SOURCE_DOCUMENT.ID).limit(1).fetchOptional().map(DocumentStore::toDocument);
    }

    /** Gives a cited-only document its imported text, format and content hash. */
    public void attachText(long id, String contentHash, String text, String format, String fileName) {
        ctx.update(SOURCE_DOCUMENT).set(SOURCE_DOCUMENT.CONTENT_HASH, contentHash).set(SOURCE_DOCUMENT.TEXT, text)
                .set(SOURCE_DOCUMENT.FORMAT, format).set(SOURCE_DOCUMENT.FILE_NAME, fileName)
                .where(SOURCE_DOCUMENT.ID.eq(id)).execute();
    }

    public void update(SourceDocument d) {
        ctx.update(SOURCE_DOCUMENT).set(SOURCE_DOCUMENT.TITLE, d.title()).set(SOURCE_DOCUMENT.PUBLISHER, d.publisher())
                .set(SOURCE_DOCUMENT.COUNTRY, d.country()).set(SOURCE_DOCUMENT.PERIOD_YEAR, d.periodYear())
                .set(SOURCE_DOCUMENT.URL, d.url()).where(SOURCE_DOCUMENT.ID.eq(d.id())).execute();
    }

    public void delete(long id) {
        ctx.deleteFrom(SOURCE_DOCUMENT).where(SOURCE_DOCUMENT.ID.eq(id)).execute();
    }

    public long addEvidence(Evidence e) {
        EvidenceRecord r = ctx.newRecord(EVIDENCE);
        if (e.id() != null) {
            r.setId(e.id());
        }
        r.setDocumentId(e.documentId());
        r.setFactTable(e.factTable());
        r.setFactId(e.factId());
        r.setStartOffset(e.startOffset());
        r.setEndOffset(e.endOffset());
        r.setQuote(e.quote());
        r.setNote(e.note());
        r.store();
        return r.getId();
    }

    public List<Evidence> evidenceFor(FactType type, long factId) {
        return evidenceFor(type.code(), factId);
    }

    public List<Evidence> evidenceFor(String factTable, long factId) {
        return ctx.selectFrom(EVIDENCE).where(EVIDENCE.FACT_TABLE.eq(factTable).and(EVIDENCE.FACT_ID.eq(factId)))
                .orderBy(EVIDENCE.ID).fetch(DocumentStore::toEvidence);
    }

    /** Evidence pointing into one document, in text order: what the Sources view highlights. */
    public List<Evidence> evidenceIn(long documentId) {
        return ctx.selectFrom(EVIDENCE).where(EVIDENCE.DOCUMENT_ID.eq(documentId))
                .orderBy(EVIDENCE.START_OFFSET.asc().nullsLast(), EVIDENCE.ID).fetch(DocumentStore::toEvidence);
    }

    public List<Evidence> allEvidence() {
        return ctx.selectFrom(EVIDENCE).orderBy(EVIDENCE.ID).fetch(DocumentStore::toEvidence);
    }

    /** Removes the evidence of a fact that is being deleted (evidence has no foreign key to it). */
    public void deleteEvidenceFor(FactType type, long factId) {
        ctx.deleteFrom(EVIDENCE).where(EVIDENCE.FACT_TABLE.eq(type.code()).and(EVIDENCE.FACT_ID.eq(factId))).execute();
    }

    private static Evidence toEvidence(EvidenceRecord r) {
        return new Evidence(r.getId(), r.getDocumentId(), r.getFactTable(), r.getFactId(), r.getStartOffset(),
                r.getEndOffset(), r.getQuote(), r.getNote());
    }

    private static SourceDocument toDocument(SourceDocumentRecord r) {
        return new SourceDocument(r.getId(), r.getTitle(), r.getPublisher(), r.getCountry(), r.getPeriodYear(),
                r.getFormat(), r.getContentHash(), r.getFileName(), r.getUrl(), r.getText());
    }
}
