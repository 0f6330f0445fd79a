package org.casetrack.extract;

/**
 * Why the extractor made a finding: the rule (or cue) that produced it, in a short stable
 * code such as {@code "penalty.term-with-prison-word"}, and a confidence between 0 and 1.
 * The import wizard shows both and leaves findings below {@link #PROPOSE_AT} unticked.
 * Confidences are fixed per rule, ordered by how often that kind of rule was right on the
 * training texts (docs/decisions/0045-finding-basis.md); they are not probabilities.
 */
public record Basis(String rule, double confidence) {

    /** Findings at or above this confidence are proposed for import; the others start unticked. */
    public static final double PROPOSE_AT = 0.6;

    /** For findings made outside the rules (hand-built extractions, old callers). */
    public static final Basis UNKNOWN = new Basis("unknown", 1.0);

    public Basis {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A basis needs a rule");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
        }
    }

    public boolean proposed() {
        return confidence >= PROPOSE_AT;
    }

    /** The same rule with a confidence lowered by {@code by} (never below 0). */
    Basis less(double by) {
        return new Basis(rule, Math.max(0, Math.round((confidence - by) * 100) / 100.0));
    }
}
