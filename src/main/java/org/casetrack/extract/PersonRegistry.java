package org.casetrack.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casetrack.model.PersonRole;

/**
 * The people of one report, merged across mentions: "Maks Bokaev", "Max Bokaev" and a later
 * "Bokaev" are one person; "Aset Mataev" and "Seitkazy Mataev" are two.
 */
final class PersonRegistry {

    static final class Entry {
        final List<String> tokens;
        final Set<String> variants = new LinkedHashSet<>();
        final EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        final List<Span> mentions = new ArrayList<>();
        boolean official;
        boolean caseCue;
        boolean target;
        final int order;

        Entry(List<String> tokens, int order) {
            this.tokens = List.copyOf(tokens);
            this.order = order;
        }

        String name() {
            return String.join(" ", tokens);
        }

        String first() {
            return tokens.get(0);
        }

        String last() {
            return tokens.get(tokens.size() - 1);
        }

        boolean subject() {
            return target || (caseCue && !official);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    List<Entry> entries() {
        return entries;
    }

    /** Finds or adds the person with this full name (two or more tokens). */
    Entry addFull(List<String> tokens) {
        Entry e = findFull(tokens);
        if (e != null) {
            String shown = String.join(" ", tokens);
            if (!shown.equals(e.name())) {
                e.variants.add(shown);
            }
            return e;
        }
        e = new Entry(tokens, entries.size());
        entries.add(e);
        return e;
    }

    /** Adds a person known by one word only (e.g. "President Karimov" with no full name given). */
    Entry addSingle(String token) {
        Entry e = new Entry(List.of(token), entries.size());
        entries.add(e);
        return e;
    }

    Entry findFull(List<String> tokens) {
        String last = fold(tokens.get(tokens.size() - 1));
        String first = fold(tokens.get(0));
        for (Entry e : entries) {
            if (!fold(e.last()).equals(last)) {
                continue;
            }
            if (e.tokens.size() == 1) {
                continue;
            }
            String f = fold(e.first());
            if (f.equals(first) || (!f.isEmpty() && !first.isEmpty() && f.charAt(0) == first.charAt(0)
                    && (f.length() <= 2 || first.length() <= 2 || similar(f, first)))) {
                return e;
            }
        }
        return null;
    }

    /** The person a lone word refers to: a surname, else a first name, when unambiguous. */
    Entry findSingle(String token) {
        String t = fold(token);
        if (t.length() < 3) {
            return null;
        }
        for (Entry e : entries) {
            if (fold(e.last()).equals(t)) {
                return e; // several share it (father and son): the first named is meant
            }
        }
        Entry found = null;
        for (Entry e : entries) {
            if (e.tokens.size() > 1 && fold(e.first()).equals(t)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static boolean similar(String a, String b) {
        int common = 0;
        int n = Math.min(a.length(), b.length());
        while (common < n && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 3;
    }

    /** Folds case, accents and common transliteration variants (Bokayev/Bokaev, Aleksei/Alexei). */
    static String fold(String token) {
        String t = Normalizer.normalize(token, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("[^a-z]", "").replace("ks", "x").replace("kh", "h").replace("y", "i");
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'i' && ((i > 0 && vowel(t.charAt(i - 1))) || (i + 1 < t.length() && vowel(t.charAt(i + 1))))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u' || c == 'i';
    }
}
