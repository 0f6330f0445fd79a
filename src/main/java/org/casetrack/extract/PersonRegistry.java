package org.casetrack.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Stream;
import org.casetrack.model.PersonRole;

/**
 * The people of one report, merged across mentions: "Maks Bokaev", "Max Bokaev" and a later
 * "Bokaev" are one person; "Aset Mataev" and "Seitkazy Mataev" are two.
 */
final class PersonRegistry {

    static final class Entry {
        /** The longest form of the name met so far: a report may give "Maykel Castillo" before "Maykel Castillo Pérez". */
        List<String> tokens;
        final Set<String> variants = new LinkedHashSet<>();
        final EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        final List<Span> mentions = new ArrayList<>();
        boolean official;
        boolean caseCue;
        boolean target;
        /** Named as someone's relative ("X's sister") or as a speaker about another's case. */
        boolean relative;
        boolean speaker;

        String foldedFirst;
        String foldedLast;

        Entry(List<String> tokens) {
            setTokens(tokens);
        }

        private void setTokens(List<String> tokens) {
            this.tokens = List.copyOf(tokens);
            this.foldedFirst = fold(tokens.get(0));
            this.foldedLast = fold(tokens.get(tokens.size() - 1));
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

    private static final Pattern COMBINING = Rx.compile("\\p{M}+");

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byLast = new HashMap<>();
    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    List<Entry> entries() {
        return entries;
    }

    /** Finds or adds the person with this full name (two or more tokens). */
    Entry addFull(List<String> tokens) {
        Entry e = findFull(tokens);
        if (e == null) {
            e = extended(tokens);
            if (e != null) {
                lengthen(e, tokens);
                return e;
            }
        }
        if (e != null) {
            String shown = String.join(" ", tokens);
            if (!shown.equals(e.name())) {
                e.variants.add(shown);
            }
            return e;
        }
        return add(new Entry(tokens));
    }

    /**
     * The one person already known by a shorter form of this name, which this one begins or
     * ends with ("Maykel Castillo", "Otero Alcántara" before "Maykel Castillo Pérez", "Luis
     * Manuel Otero Alcántara"); null when none or several are.
     */
    private Entry extended(List<String> tokens) {
        return only(Stream.concat(
                byLast.getOrDefault(fold(tokens.get(tokens.size() - 1)), List.of()).stream()
                        .filter(e -> e.tokens.size() > 1 && e.tokens.size() < tokens.size() && suffix(tokens, e.tokens)),
                byFirst.getOrDefault(fold(tokens.get(0)), List.of()).stream()
                        .filter(e -> e.tokens.size() < tokens.size() && prefix(tokens, e.tokens))));
    }

    /** The one entry among these, or null when there is none or there are several. */
    private static Entry only(Stream<Entry> candidates) {
        List<Entry> distinct = candidates.distinct().limit(2).toList();
        return distinct.size() == 1 ? distinct.get(0) : null;
    }

    /** The entry takes the longer name; the shorter one stays a variant and keeps finding it. */
    private void lengthen(Entry e, List<String> tokens) {
        e.variants.add(e.name());
        e.variants.remove(String.join(" ", tokens));
        e.setTokens(tokens);
        List<Entry> last = byLast.computeIfAbsent(e.foldedLast, k -> new ArrayList<>());
        if (!last.contains(e)) {
            last.add(e);
        }
        List<Entry> first = byFirst.computeIfAbsent(e.foldedFirst, k -> new ArrayList<>());
        if (!first.contains(e)) {
            first.add(e);
        }
    }

    /** Adds a person known by one word only (e.g. "President Karimov" with no full name given). */
    Entry addSingle(String token) {
        return add(new Entry(List.of(token)));
    }

    private Entry add(Entry e) {
        entries.add(e);
        byLast.computeIfAbsent(e.foldedLast, k -> new ArrayList<>()).add(e);
        if (e.tokens.size() > 1) {
            byFirst.computeIfAbsent(e.foldedFirst, k -> new ArrayList<>()).add(e);
        }
        return e;
    }

    Entry findFull(List<String> tokens) {
        Entry alias = aliases.get(key(tokens));
        if (alias != null) {
            return alias;
        }
        String last = fold(tokens.get(tokens.size() - 1));
        String first = fold(tokens.get(0));
        for (Entry e : byLast.getOrDefault(last, List.of())) {
            if (e.tokens.size() == 1) {
                continue;
            }
            String f = e.foldedFirst;
            if ((f.equals(first) || (!f.isEmpty() && !first.isEmpty() && f.charAt(0) == first.charAt(0)
                    && (f.length() <= 2 || first.length() <= 2 || similar(f, first)))) && sameMiddle(e.tokens, tokens)) {
                return e;
            }
        }
        for (Entry e : byLast.getOrDefault(last, List.of())) {
            if (e.tokens.size() > tokens.size() && suffix(e.tokens, tokens)) {
                return e; // "Otero Alcántara" after "Luis Manuel Otero Alcántara": both family names
            }
        }
        // "Maykel Castillo" after "Maykel Castillo Pérez": the second family name left out
        Entry begun = only(byFirst.getOrDefault(first, List.of()).stream()
                .filter(e -> e.tokens.size() > tokens.size() && prefix(e.tokens, tokens)));
        if (begun != null) {
            return begun;
        }
        if (tokens.size() == 2) {
            // "Siruk Vadim" in a list of defendants is the "Vadim Siruk" of the report's prose
            for (Entry e : byLast.getOrDefault(first, List.of())) {
                if (e.tokens.size() == 2 && e.foldedFirst.equals(last)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Three-part names (Vietnamese, Chinese, Arabic) that share the family and last given
     * name are different people when their middle parts differ: "Nguyen Van Hai" is not
     * "Nguyen Hoang Hai".
     */
    private static boolean sameMiddle(List<String> a, List<String> b) {
        if (a.size() < 3 || b.size() < 3) {
            return true;
        }
        String ma = fold(a.get(1));
        String mb = fold(b.get(1));
        return ma.isEmpty() || mb.isEmpty() || ma.charAt(0) == mb.charAt(0);
    }

    private static boolean suffix(List<String> longer, List<String> shorter) {
        return partAt(longer, shorter, longer.size() - shorter.size());
    }

    private static boolean prefix(List<String> longer, List<String> shorter) {
        return partAt(longer, shorter, 0);
    }

    /** Whether the shorter name's words stand, folded, in the longer one from this word on. */
    private static boolean partAt(List<String> longer, List<String> shorter, int off) {
        for (int i = 0; i < shorter.size(); i++) {
            if (!fold(longer.get(off + i)).equals(fold(shorter.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private final Map<String, Entry> aliases = new HashMap<>();

    /** "Nguyen Hoang Hai (Dieu Cay)": the name in brackets is another name of the same person. */
    void addAlias(Entry e, List<String> tokens) {
        if (e == null) {
            return;
        }
        if (tokens.size() == 1) {
            // "Maykel Castillo Pérez (Osorbo)": later "Osorbo" and "Maykel Osorbo" are him
            if (findSingle(tokens.get(0)) == null) {
                byLast.computeIfAbsent(fold(tokens.get(0)), k -> new ArrayList<>()).add(e);
                e.variants.add(tokens.get(0));
            }
            return;
        }
        if (findFull(tokens) == null) {
            aliases.put(key(tokens), e);
            e.variants.add(String.join(" ", tokens));
        }
    }

    private static String key(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append(fold(t)).append(' ');
        }
        return sb.toString();
    }

    /** The person a lone word refers to: a surname, else a first name, when unambiguous. */
    Entry findSingle(String token) {
        String t = fold(token);
        if (t.length() < 3) {
            return null;
        }
        List<Entry> last = byLast.get(t);
        if (last != null && !last.isEmpty()) {
            return last.get(0); // several share it (father and son): the first named is meant
        }
        List<Entry> first = byFirst.get(t);
        return first != null && first.size() == 1 ? first.get(0) : null;
    }

    private static boolean similar(String a, String b) {
        int common = 0;
        int n = Math.min(a.length(), b.length());
        while (common < n && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 3;
    }

    /** Folded tokens: a report names the same few people in every sentence (a pure function, so a cache is safe). */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 20_000;

    /** Folds case, accents and common transliteration variants (Bokayev/Bokaev, Aleksei/Alexei). */
    static String fold(String token) {
        String f = FOLDED.get(token);
        if (f == null) {
            if (FOLDED.size() > FOLDED_MAX) {
                FOLDED.clear();
            }
            f = foldUncached(token);
            FOLDED.put(token, f);
        }
        return f;
    }

    private static String foldUncached(String token) {
        String t = token;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7F) {
                t = COMBINING.matcher(Normalizer.normalize(token, Normalizer.Form.NFKD)).replaceAll("");
                break;
            }
        }
        StringBuilder letters = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = Character.toLowerCase(t.charAt(i));
            if (c >= 'a' && c <= 'z') {
                if (c == 's' && letters.length() > 0 && letters.charAt(letters.length() - 1) == 'k') {
                    letters.setCharAt(letters.length() - 1, 'x');
                    continue;
                }
                if (c == 'h' && letters.length() > 0 && letters.charAt(letters.length() - 1) == 'k') {
                    letters.setCharAt(letters.length() - 1, 'h');
                    continue;
                }
                letters.append(c == 'y' ? 'i' : c);
            }
        }
        StringBuilder sb = new StringBuilder(letters.length());
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c == 'i' && ((i > 0 && vowel(letters.charAt(i - 1))) || (i + 1 < letters.length() && vowel(letters.charAt(i + 1))))) {
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
