package org.casetrack.names;

/** How a name matched a stored spelling, strongest first. */
public enum MatchKind {
    /** The same string, ignoring case. */
    EXACT,
    /** The same folded key: another spelling or transliteration of the same name. */
    SAME_KEY,
    /** The same tokens in another order ("Bokaev Maks"). */
    REORDERED,
    /** Same surname and a given name that is its initial or short form ("M. Bokaev"). */
    INITIAL,
    /** Only a surname was given and it equals the stored surname. */
    SURNAME_ONLY,
    /** The query is the start of a word of the name (search as you type). */
    PREFIX,
    NONE;

    /** True for the kinds that mean "this is the same person", not merely "worth showing". */
    public boolean identifies() {
        return this == EXACT || this == SAME_KEY || this == REORDERED || this == INITIAL;
    }
}
