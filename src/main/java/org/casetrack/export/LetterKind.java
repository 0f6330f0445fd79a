package org.casetrack.export;

import java.util.Locale;

/**
 * The kinds of letter CaseTrack drafts; each is an editable template in
 * {@code org/casetrack/export/letters/KIND_LANG.properties}.
 */
public enum LetterKind {
    /** The case summary (the default): to OHCHR, or whoever a user template names. */
    SUMMARY,
    /** An appeal to a national authority: prosecutor general, court, ombudsman. */
    AUTHORITY,
    /** A letter to an embassy or a foreign ministry. */
    EMBASSY,
    /** An urgent appeal to UN Special Procedures. */
    SPECIAL_PROCEDURES,
    /** A draft individual communication to the UN Working Group on Arbitrary Detention (its model questionnaire). */
    WGAD;

    /** "summary", "special-procedures", … as the CLI writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The template resource base name, e.g. "special_procedures". */
    String resource() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LetterKind parse(String s) {
        String w = s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LetterKind k : values()) {
            if (k.code().equals(w)) {
                return k;
            }
        }
        throw new IllegalArgumentException("The letter kind is summary, authority, embassy, special-procedures or wgad, not " + s + ".");
    }
}
