package org.casetrack.store;

import static org.casetrack.store.generated.Tables.CASE_FILE;
import static org.casetrack.store.generated.Tables.EVENT;
import static org.casetrack.store.generated.Tables.EVENT_PERSON;
import static org.casetrack.store.generated.Tables.EVIDENCE;
import static org.casetrack.store.generated.Tables.PERSON;
import static org.casetrack.store.generated.Tables.SENTENCE;
import static org.casetrack.store.generated.Tables.SOURCE_DOCUMENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Picks the records that show the most of a view, for screenshots and demos. Read-only. */
public final class Showcase {

    private final DSLContext ctx;

    public Showcase(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** The person with the most sentences and events. */
    public Optional<Long> richestPerson() {
        var score = DSL.selectCount().from(SENTENCE).where(SENTENCE.PERSON_ID.eq(PERSON.ID)).asField()
                .plus(DSL.selectCount().from(EVENT_PERSON).where(EVENT_PERSON.PERSON_ID.eq(PERSON.ID)).asField());
        return ctx.select(PERSON.ID).from(PERSON).orderBy(score.desc(), PERSON.ID).limit(1).fetchOptional(PERSON.ID);
    }

    /** The case with the most sentences and events. */
    public Optional<Long> richestCase() {
        var score = DSL.selectCount().from(SENTENCE).where(SENTENCE.CASE_ID.eq(CASE_FILE.ID)).asField()
                .plus(DSL.selectCount().from(EVENT).where(EVENT.CASE_ID.eq(CASE_FILE.ID)).asField());
        return ctx.select(CASE_FILE.ID).from(CASE_FILE).orderBy(score.desc(), CASE_FILE.ID).limit(1).fetchOptional(CASE_FILE.ID);
    }

    /** The first evidence span (in text order) of a document, if it has one. */
    public Optional<Long> firstSpan(long documentId) {
        return ctx.select(EVIDENCE.ID).from(EVIDENCE).where(EVIDENCE.DOCUMENT_ID.eq(documentId).and(EVIDENCE.START_OFFSET.isNotNull()))
                .orderBy(EVIDENCE.START_OFFSET, EVIDENCE.ID).limit(1).fetchOptional(EVIDENCE.ID);
    }

    /** The document with the most evidence spans in its text, else the newest. */
    public Optional<Long> richestDocument() {
        var spans = DSL.selectCount().from(EVIDENCE).where(EVIDENCE.DOCUMENT_ID.eq(SOURCE_DOCUMENT.ID)
                .and(EVIDENCE.START_OFFSET.isNotNull())).asField();
        return ctx.select(SOURCE_DOCUMENT.ID).from(SOURCE_DOCUMENT).orderBy(spans.desc(), SOURCE_DOCUMENT.ID.desc()).limit(1)
                .fetchOptional(SOURCE_DOCUMENT.ID);
    }
}
