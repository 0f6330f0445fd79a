package org.casetrack.store;

import static org.casetrack.store.generated.Tables.CHARGE;

import java.util.Optional;
import org.casetrack.model.Appeal;
import org.casetrack.model.Coded;
import org.casetrack.model.Event;
import org.casetrack.model.FactType;
import org.casetrack.model.Sentence;
import org.casetrack.model.UnRuling;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Where a stored fact lives, for jumping from a highlighted span of a document to the
 * fact: the person or case whose page shows it. Read-only; added for the Sources view.
 */
public final class FactTargets {

    /** The person and/or case a fact belongs to (either may be null), and the fact's kind. */
    public record Target(FactType type, long factId, Long personId, Long caseId) {
        public boolean exists() {
            return personId != null || caseId != null;
        }
    }

    private final DSLContext ctx;

    public FactTargets(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Target target(String factTable, long factId) {
        FactType type = Coded.parseOr(FactType.class, factTable, null);
        if (type == null) {
            return new Target(FactType.EVENT, factId, null, null);
        }
        FactStore facts = new FactStore(ctx);
        return switch (type) {
            case PERSON -> new PersonStore(ctx).get(factId).map(p -> new Target(type, factId, factId, null)).orElse(none(type, factId));
            case CASE_FILE -> new CaseStore(ctx).get(factId).map(c -> new Target(type, factId, null, factId)).orElse(none(type, factId));
            case SENTENCE -> facts.sentence(factId).map((Sentence s) -> new Target(type, factId, s.personId(), s.caseId())).orElse(none(type, factId));
            case UN_RULING -> facts.ruling(factId).map((UnRuling u) -> new Target(type, factId, u.personId(), u.caseId())).orElse(none(type, factId));
            case APPEAL -> facts.appeal(factId).map((Appeal a) -> new Target(type, factId,
                    a.personIds().isEmpty() ? null : a.personIds().get(0), a.caseId())).orElse(none(type, factId));
            case EVENT -> facts.event(factId).map((Event e) -> new Target(type, factId,
                    e.personIds().isEmpty() ? null : e.personIds().get(0), e.caseId())).orElse(none(type, factId));
            case CHARGE -> {
                Optional<Record2<Long, Long>> r = ctx.select(CHARGE.PERSON_ID, CHARGE.CASE_ID).from(CHARGE).where(CHARGE.ID.eq(factId)).fetchOptional();
                yield r.map(x -> new Target(type, factId, x.value1(), x.value2())).orElse(none(type, factId));
            }
        };
    }

    private static Target none(FactType t, long id) {
        return new Target(t, id, null, null);
    }
}
