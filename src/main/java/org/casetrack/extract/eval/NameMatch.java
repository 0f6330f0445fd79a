package org.casetrack.extract.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether two spellings name the same person, exactly as the shared scorer
 * ({@code score-extraction}) decides it: tokens folded (accents, case, ks/x, kh/h, y/i,
 * an i next to a vowel), the surname must agree and first names may be initials or absent;
 * otherwise a string similarity of at least 0.9 (Python's difflib ratio).
 */
final class NameMatch {

    private NameMatch() {
    }

    static String fold(String token) {
        String t = Normalizer.normalize(token, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("[^a-z]", "").replace("ks", "x").replace("kh", "h").replace("y", "i");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'i' && ((i > 0 && vowel(t.charAt(i - 1))) || (i + 1 < t.length() && vowel(t.charAt(i + 1))))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    static List<String> key(String name) {
        List<String> out = new ArrayList<>();
        for (String p : (name == null ? "" : name).split("[\\s\\-]+")) {
            String k = fold(p);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    static boolean samePerson(String a, String b) {
        List<String> ka = key(a);
        List<String> kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        if (ka.get(ka.size() - 1).equals(kb.get(kb.size() - 1))) {
            if (ka.size() == 1 || kb.size() == 1) {
                return true;
            }
            return ka.get(0).equals(kb.get(0)) || ka.get(0).charAt(0) == kb.get(0).charAt(0);
        }
        return ratio(String.join(" ", ka), String.join(" ", kb)) >= 0.9;
    }

    static boolean anySame(List<String> as, List<String> bs) {
        for (String a : as) {
            for (String b : bs) {
                if (samePerson(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristics apply). */
    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length(), b, 0, b.length()) / total;
    }

    private static int matches(String a, int alo, int ahi, String b, int blo, int bhi) {
        // longest matching block, earliest in a, then earliest in b (as difflib finds it)
        int besti = alo;
        int bestj = blo;
        int best = 0;
        int[] prev = new int[bhi - blo + 1];
        for (int i = alo; i < ahi; i++) {
            int[] cur = new int[bhi - blo + 1];
            for (int j = blo; j < bhi; j++) {
                if (a.charAt(i) == b.charAt(j)) {
                    int k = prev[j - blo] + 1;
                    cur[j - blo + 1] = k;
                    if (k > best) {
                        besti = i - k + 1;
                        bestj = j - k + 1;
                        best = k;
                    }
                }
            }
            prev = cur;
        }
        if (best == 0) {
            return 0;
        }
        return best + matches(a, alo, besti, b, blo, bestj) + matches(a, besti + best, ahi, b, bestj + best, bhi);
    }
}
