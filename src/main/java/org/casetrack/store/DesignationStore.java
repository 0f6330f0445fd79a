package org.casetrack.store;

import static org.casetrack.store.generated.Tables.DESIGNATION;

import java.util.List;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.store.generated.tables.records.DesignationRecord;
import org.jooq.DSLContext;

/** Designations of persons (prisoner of conscience, political prisoner), on the DSLContext it is given. */
public final class DesignationStore {

    private final DSLContext ctx;

    public DesignationStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insert(Designation d) {
        DesignationRecord r = ctx.newRecord(DESIGNATION);
        fill(r, d);
        r.store();
        return r.getId();
    }

    public void update(Designation d) {
        DesignationRecord r = ctx.fetchOptional(DESIGNATION, DESIGNATION.ID.eq(d.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That designation no longer exists."));
        fill(r, d);
        r.store();
    }

    public void delete(long id) {
        ctx.deleteFrom(DESIGNATION).where(DESIGNATION.ID.eq(id)).execute();
    }

    /** Every designation, by person then date: for the JSON export. */
    public List<Designation> all() {
        return ctx.selectFrom(DESIGNATION).orderBy(DESIGNATION.PERSON_ID, DESIGNATION.DATE_FROM.asc().nullsLast(), DESIGNATION.ID)
                .fetch(DesignationStore::toModel);
    }

    /** A person's designations, oldest first (undated last). */
    public List<Designation> forPerson(long personId) {
        return ctx.selectFrom(DESIGNATION).where(DESIGNATION.PERSON_ID.eq(personId))
                .orderBy(DESIGNATION.DATE_FROM.asc().nullsLast(), DESIGNATION.ID).fetch(DesignationStore::toModel);
    }

    private static void fill(DesignationRecord r, Designation d) {
        r.setPersonId(d.personId());
        r.setKind(d.kind().name());
        r.setDesignatedBy(d.designatedBy());
        r.setListName(d.listName());
        r.setDateFrom(Dates.from(d.date()));
        r.setDateTo(Dates.to(d.date()));
        r.setDatePrecision(Dates.precision(d.date()));
        r.setDocumentId(d.documentId());
        r.setQuote(d.quote());
        r.setUrl(d.url());
        r.setConfidential(d.confidential());
        r.setQuoteStart(d.quoteStart());
        r.setQuoteEnd(d.quoteEnd());
    }

    private static Designation toModel(DesignationRecord r) {
        return new Designation(r.getId(), r.getPersonId(), Dates.enumOf(DesignationKind.class, r.getKind(), DesignationKind.OTHER),
                r.getDesignatedBy(), r.getListName(), Dates.read(r.getDateFrom(), r.getDatePrecision()), r.getDocumentId(),
                r.getQuote(), r.getUrl(), Boolean.TRUE.equals(r.getConfidential()), r.getQuoteStart(), r.getQuoteEnd());
    }
}
