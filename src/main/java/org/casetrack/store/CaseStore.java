package org.casetrack.store;

import static org.casetrack.store.generated.Tables.CASE_FILE;
import static org.casetrack.store.generated.Tables.CASE_PARTY;
import static org.casetrack.store.generated.Tables.CHARGE;

import java.util.List;
import java.util.Optional;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Charge;
import org.casetrack.model.PartyRole;
import org.casetrack.store.generated.tables.records.CaseFileRecord;
import org.casetrack.store.generated.tables.records.ChargeRecord;
import org.jooq.DSLContext;

/** Case files, their parties and charges. */
public final class CaseStore {

    private final DSLContext ctx;

    public CaseStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insert(CaseFile c) {
        CaseFileRecord r = ctx.newRecord(CASE_FILE);
        fill(r, c);
        if (c.id() != null) {
            r.setId(c.id());
        }
        r.store();
        Countries.remember(ctx, Countries.CASE, c.country());
        return r.getId();
    }

    public void update(CaseFile c) {
        CaseFileRecord r = ctx.fetchOptional(CASE_FILE, CASE_FILE.ID.eq(c.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That case no longer exists."));
        fill(r, c);
        r.store();
        Countries.remember(ctx, Countries.CASE, c.country());
    }

    // ---- data-file keys (V40): identity across casetrack.data/1 files

    public Optional<Long> idForKey(String dataKey) {
        return ctx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.DATA_KEY.eq(dataKey)).fetchOptional(r -> r.value1());
    }

    /** Every stored key by case id (cases without one are absent). */
    public java.util.Map<Long, String> keys() {
        java.util.Map<Long, String> out = new java.util.LinkedHashMap<>();
        ctx.select(CASE_FILE.ID, CASE_FILE.DATA_KEY).from(CASE_FILE).where(CASE_FILE.DATA_KEY.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    public void setKey(long id, String dataKey) {
        ctx.update(CASE_FILE).set(CASE_FILE.DATA_KEY, dataKey).where(CASE_FILE.ID.eq(id)).execute();
    }

    public void delete(long id) {
        ctx.deleteFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).execute();
    }

    public Optional<CaseFile> get(long id) {
        return ctx.fetchOptional(CASE_FILE, CASE_FILE.ID.eq(id)).map(CaseStore::toCase);
    }

    public List<CaseFile> list() {
        return ctx.selectFrom(CASE_FILE).orderBy(CASE_FILE.TITLE).fetch(CaseStore::toCase);
    }

    /** A case as a search lists it: title, number and country, with the title and number folded to lower case. */
    public record SearchKey(long id, String title, String caseNumber, String country, String lowerTitle, String lowerNumber) {

        /** Whether the (already lower-case) text occurs in the title or the number, as {@link #search} matches. */
        public boolean matches(String lowerText) {
            return (lowerTitle != null && lowerTitle.contains(lowerText)) || (lowerNumber != null && lowerNumber.contains(lowerText));
        }
    }

    /**
     * Every case's search key in {@link #search}'s order (title, then id), read once so that a
     * search as you type filters in memory instead of scanning the table with LIKE on each
     * keystroke (docs/decisions/0116-keystroke-to-rows.md). Four short columns a case, two of them folded.
     */
    public List<SearchKey> searchKeys() {
        var lowerTitle = org.jooq.impl.DSL.lower(CASE_FILE.TITLE);
        var lowerNumber = org.jooq.impl.DSL.lower(CASE_FILE.CASE_NUMBER);
        return ctx.select(CASE_FILE.ID, CASE_FILE.TITLE, CASE_FILE.CASE_NUMBER, CASE_FILE.COUNTRY, lowerTitle, lowerNumber)
                .from(CASE_FILE).orderBy(CASE_FILE.TITLE, CASE_FILE.ID)
                .fetch(r -> new SearchKey(r.value1(), r.value2(), r.value3(), r.value4(), same(r.value2(), r.value5()), same(r.value3(), r.value6())));
    }

    /** The original when folding changed nothing (case numbers mostly), so that such a key holds the string once. */
    private static String same(String original, String lower) {
        return lower != null && lower.equals(original) ? original : lower;
    }

    /** The cases whose title or number contains text (ignoring case), by title; at most limit. */
    public List<CaseFile> search(String text, int limit) {
        String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return ctx.selectFrom(CASE_FILE)
                .where(org.jooq.impl.DSL.lower(CASE_FILE.TITLE).like(like, '\\').or(org.jooq.impl.DSL.lower(CASE_FILE.CASE_NUMBER).like(like, '\\')))
                .orderBy(CASE_FILE.TITLE, CASE_FILE.ID).limit(limit).fetch(CaseStore::toCase);
    }

    /**
     * One page of the case list filtered by words (each word, ignoring case, somewhere in the
     * title, number, country or jurisdiction), by title: the list reads only what is on screen.
     */
    public List<CaseFile> page(String words, int offset, int limit) {
        return ctx.selectFrom(CASE_FILE).where(wordsCondition(words)).orderBy(CASE_FILE.TITLE, CASE_FILE.ID)
                .limit(limit).offset(offset).fetch(CaseStore::toCase);
    }

    /** How many cases the words match, counting no further than cap. */
    public long countUpTo(String words, long cap) {
        org.jooq.Condition c = wordsCondition(words);
        return ctx.selectCount().from(ctx.selectOne().from(CASE_FILE).where(c).limit(cap)).fetchOne(0, Long.class);
    }

    public boolean any() {
        return ctx.fetchExists(CASE_FILE);
    }

    private static org.jooq.Condition wordsCondition(String words) {
        org.jooq.Condition c = org.jooq.impl.DSL.noCondition();
        if (words == null) {
            return c;
        }
        var text = org.jooq.impl.DSL.lower(org.jooq.impl.DSL.concat(org.jooq.impl.DSL.coalesce(CASE_FILE.TITLE, ""),
                org.jooq.impl.DSL.inline(" "), org.jooq.impl.DSL.coalesce(CASE_FILE.CASE_NUMBER, ""), org.jooq.impl.DSL.inline(" "),
                org.jooq.impl.DSL.coalesce(CASE_FILE.COUNTRY, ""), org.jooq.impl.DSL.inline(" "),
                org.jooq.impl.DSL.coalesce(CASE_FILE.JURISDICTION, "")));
        for (String w : words.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                c = c.and(text.like("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            }
        }
        return c;
    }

    /** One page of the case list, by title (the list reads only what is on screen). */
    public List<CaseFile> page(int offset, int limit) {
        return ctx.selectFrom(CASE_FILE).orderBy(CASE_FILE.TITLE, CASE_FILE.ID).limit(limit).offset(offset).fetch(CaseStore::toCase);
    }

    /** Cases in which a person is a party, in any role. */
    public List<CaseFile> casesOf(long personId) {
        return ctx.selectFrom(CASE_FILE)
                .where(CASE_FILE.ID.in(ctx.select(CASE_PARTY.CASE_ID).from(CASE_PARTY).where(CASE_PARTY.PERSON_ID.eq(personId))))
                .orderBy(CASE_FILE.TITLE).fetch(CaseStore::toCase);
    }

    /** Adds a party unless that person already has that role in the case. */
    public void addParty(long caseId, long personId, PartyRole role) {
        boolean exists = ctx.fetchExists(CASE_PARTY, CASE_PARTY.CASE_ID.eq(caseId)
                .and(CASE_PARTY.PERSON_ID.eq(personId)).and(CASE_PARTY.ROLE.eq(role.name())));
        if (!exists) {
            ctx.insertInto(CASE_PARTY, CASE_PARTY.CASE_ID, CASE_PARTY.PERSON_ID, CASE_PARTY.ROLE)
                    .values(caseId, personId, role.name()).execute();
        }
    }

    public void removeParty(long partyId) {
        ctx.deleteFrom(CASE_PARTY).where(CASE_PARTY.ID.eq(partyId)).execute();
    }

    public List<CaseParty> parties(long caseId) {
        return ctx.selectFrom(CASE_PARTY).where(CASE_PARTY.CASE_ID.eq(caseId)).orderBy(CASE_PARTY.ID)
                .fetch(r -> new CaseParty(r.getId(), r.getCaseId(), r.getPersonId(), Dates.enumOf(PartyRole.class, r.getRole(), PartyRole.OTHER)));
    }

    public long insertCharge(Charge c) {
        ChargeRecord r = ctx.newRecord(CHARGE);
        if (c.id() != null) {
            r.setId(c.id());
        }
        r.setCaseId(c.caseId());
        r.setPersonId(c.personId());
        r.setArticle(c.article());
        r.setDescription(c.description());
        r.store();
        return r.getId();
    }

    public void updateCharge(Charge c) {
        ctx.update(CHARGE).set(CHARGE.PERSON_ID, c.personId()).set(CHARGE.ARTICLE, c.article())
                .set(CHARGE.DESCRIPTION, c.description()).where(CHARGE.ID.eq(c.id())).execute();
    }

    public Optional<Charge> charge(long id) {
        return ctx.selectFrom(CHARGE).where(CHARGE.ID.eq(id))
                .fetchOptional(r -> new Charge(r.getId(), r.getCaseId(), r.getPersonId(), r.getArticle(), r.getDescription()));
    }

    public void deleteCharge(long id) {
        ctx.deleteFrom(CHARGE).where(CHARGE.ID.eq(id)).execute();
    }

    public List<Charge> charges(long caseId) {
        return ctx.selectFrom(CHARGE).where(CHARGE.CASE_ID.eq(caseId)).orderBy(CHARGE.ID)
                .fetch(r -> new Charge(r.getId(), r.getCaseId(), r.getPersonId(), r.getArticle(), r.getDescription()));
    }

    private static void fill(CaseFileRecord r, CaseFile c) {
        if (c.title() == null || c.title().isBlank()) {
            throw new StoreException(StoreException.Kind.INVALID, "A case needs a title.");
        }
        r.setTitle(c.title().strip());
        r.setCountry(c.country());
        r.setJurisdiction(c.jurisdiction());
        r.setCaseNumber(c.caseNumber());
        r.setStatus((c.status() == null ? CaseStatus.OPEN : c.status()).name());
        r.setSummary(c.summary());
        r.setConfidential(c.confidential());
    }

    static CaseFile toCase(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getTitle(), r.getCountry(), r.getJurisdiction(), r.getCaseNumber(),
                Dates.enumOf(CaseStatus.class, r.getStatus(), CaseStatus.OPEN), r.getSummary(), Boolean.TRUE.equals(r.getConfidential()));
    }
}
