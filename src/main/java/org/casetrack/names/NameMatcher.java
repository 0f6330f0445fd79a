package org.casetrack.names;

import java.util.HashSet;
import java.util.List;

/**
 * Compares two personal names. Deliberately strict about given names: two people who share a
 * surname (a father and his son) never match on the surname alone when both given names
 * are known and differ.
 */
public final class NameMatcher {

    private NameMatcher() {
    }

    public static MatchKind compare(String query, String stored) {
        if (query == null || stored == null) {
            return MatchKind.NONE;
        }
        return compare(query, NameKey.tokens(query), stored, NameKey.tokens(stored));
    }

    /**
     * The same comparison with both names already folded (the query once per search, the
     * stored spelling from its stored match key), so a search folds nothing per spelling.
     */
    public static MatchKind compare(String query, List<String> q, String stored, List<String> s) {
        if (query == null || stored == null || query.isBlank() || stored.isBlank()) {
            return MatchKind.NONE;
        }
        if (query.trim().equalsIgnoreCase(stored.trim())) {
            return MatchKind.EXACT;
        }
        if (q.isEmpty() || s.isEmpty()) {
            return MatchKind.NONE;
        }
        if (q.equals(s)) {
            return MatchKind.SAME_KEY;
        }
        if (q.size() == s.size() && q.size() > 1 && new HashSet<>(q).equals(new HashSet<>(s))) {
            return MatchKind.REORDERED;
        }
        String qLast = q.get(q.size() - 1);
        String sLast = s.get(s.size() - 1);
        if (q.size() == 1) {
            if (s.contains(qLast) && (qLast.equals(sLast) || qLast.equals(s.get(0)) && s.size() == 2)) {
                return MatchKind.SURNAME_ONLY;
            }
        } else if (qLast.equals(sLast) && s.size() > 1 && initialOf(q.get(0), s.get(0))) {
            return MatchKind.INITIAL;
        }
        if (isPrefixOfWord(query, q, s)) {
            return MatchKind.PREFIX;
        }
        return MatchKind.NONE;
    }

    /** True when a is an initial or the start of b, or the reverse ("M" / "Maks"). */
    private static boolean initialOf(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() == 1 && longer.startsWith(shorter);
    }

    private static boolean isPrefixOfWord(String query, List<String> q, List<String> stored) {
        String p = NameKey.searchPrefix(query, q);
        return p != null && stored.stream().anyMatch(w -> w.startsWith(p));
    }
}
