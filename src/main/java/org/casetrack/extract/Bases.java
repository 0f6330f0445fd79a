package org.casetrack.extract;

import java.util.Locale;
import org.casetrack.model.AppealOutcome;


/**
 * The {@link Basis} of each finding: which rule made it and how far to trust it. The
 * confidences are per rule and per way the person was found, ordered by the precision those
 * rules had on the training texts (docs/decisions/0045-finding-basis.md): a penalty given
 * to a person named in its own clause is right far more often than one reached through a
 * pronoun, an appeal with a stated outcome more often than an appeal court's unexplained order.
 */
final class Bases {

    private Bases() {
    }

    static Basis person(PersonRegistry.Entry e) {
        if (e.target) {
            return new Basis("subject.named-in-finding", 0.9);
        }
        if (e.subject()) {
            return new Basis("subject.case-words", e.roles.isEmpty() ? 0.5 : 0.8);
        }
        if (e.official) {
            return new Basis("passing.official-title", 0.85);
        }
        if (e.relative) {
            return new Basis("passing.relative", 0.75);
        }
        if (e.speaker) {
            return new Basis("passing.speaker", 0.7);
        }
        return new Basis("passing.no-case-words", 0.6);
    }

    static Basis penalty(PenaltyFinder.Found f) {
        String kind = f.kind().code();
        double base = switch (f.kind()) {
            case IMPRISONMENT, ADMINISTRATIVE_DETENTION, RESTRICTED_FREEDOM, SUSPENDED_SENTENCE -> f.term() == null ? 0.75 : 0.9;
            case FINE, FORCED_PSYCHIATRIC_TREATMENT -> 0.8;
            default -> 0.7;
        };
        String via = f.via();
        double less = via.startsWith("pronoun") ? 0.3
                : via.startsWith("clause-pronoun") || via.startsWith("named-after") ? 0.15
                : via.startsWith("list-after") || via.startsWith("earlier-term") ? 0.05 : 0;
        return new Basis("penalty." + kind + (f.term() == null ? "" : ".term") + "/" + via, 1.0).less(1.0 - base + less);
    }

    static Basis appeal(AppealFinder.Found a) {
        double base = a.outcome() == AppealOutcome.UNKNOWN ? 0.6 : a.outcome() == AppealOutcome.PENDING ? 0.7 : 0.85;
        double less = switch (a.via()) {
            case "pronoun" -> 0.2;
            case "antecedent" -> 0.25;
            default -> 0;
        };
        return new Basis("appeal." + a.outcome().code() + "/" + a.via(), 1.0).less(1.0 - base + less);
    }

    static Basis ruling(UnRulingFinder.Found r) {
        return new Basis("un-ruling." + r.body().code().toLowerCase(Locale.ROOT), 0.85);
    }

    static Basis event(EventFinder.Found e, boolean fromPronoun) {
        return new Basis("event." + e.type().code() + (fromPronoun ? "/pronoun" : "/named"), fromPronoun ? 0.5 : 0.7);
    }

}
