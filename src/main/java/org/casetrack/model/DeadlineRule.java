package org.casetrack.model;

import java.util.Locale;
import java.util.Set;


/**
 * One row of the deadline table: for a jurisdiction and a proceeding, how long after a
 * trigger date something falls due, and the legal basis that says so.
 *
 * @param appliesTo sentence kind codes for {@link DeadlineTrigger#VERDICT}, appeal level codes for
 *                  {@link DeadlineTrigger#APPEAL_DECISION}, UN body codes for {@link DeadlineTrigger#UN_VIEWS_ADOPTED};
 *                  empty means any
 * @param citation  the short form used in explanations ("CPC art. 415")
 * @param basis     the legal basis in full, shown with the item
 * @param caveat    what the computation cannot know (may be null)
 */
public record DeadlineRule(
        String id,
        String jurisdiction,
        String proceeding,
        DeadlineTrigger trigger,
        Set<String> appliesTo,
        Term period,
        ItemKind kind,
        String label,
        String citation,
        String basis,
        String caveat,
        boolean enabled) {

    public DeadlineRule {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a deadline rule needs an id");
        }
        if (trigger == null || period == null || kind == null) {
            throw new IllegalArgumentException("deadline rule " + id + " needs a trigger, a period and a kind");
        }
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("deadline rule " + id + " must cite its legal basis");
        }
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        citation = citation == null || citation.isBlank() ? id : citation;
        label = label == null || label.isBlank() ? kind.code() : label;
    }

    /** True when this rule is for that jurisdiction (case-insensitive) and applies to that code. */
    public boolean matches(String jurisdictionName, String code) {
        return enabled
                && jurisdiction != null && jurisdictionName != null
                && jurisdiction.trim().equalsIgnoreCase(jurisdictionName.trim())
                && (appliesTo.isEmpty() || (code != null && appliesTo.contains(code.toLowerCase(Locale.ROOT))));
    }

    /** True when this rule applies to that code whatever the jurisdiction (UN bodies). */
    public boolean appliesTo(String code) {
        return enabled && (appliesTo.isEmpty() || (code != null && appliesTo.contains(code.toLowerCase(Locale.ROOT))));
    }
}
