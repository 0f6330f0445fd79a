package org.casetrack.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a personal name to a key under which its common spellings coincide: case and
 * diacritics dropped, Cyrillic transliterated (ICU), and the usual English renderings of
 * Russian and Central Asian names made equal (Bokaev = Bokayev, Yeleusinov = Eleusinov,
 * Mamai = Mamay, Natalya = Natalia, Aleksei = Alexei, Zhovtis = Žovtis).
 * See docs/decisions/0004-name-matching.md.
 */
public final class NameKey {

    private static final String VOWELS = "aeiou";
    private static volatile Transliterator toLatin;
    // compiled once: a search folds its query on every keystroke
    private static final Pattern SIGNS = Pattern.compile("['’`ʹʺ]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—.,]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_Z = Pattern.compile("[^a-z]");

    private NameKey() {
    }

    /** The key of a whole name: its folded tokens joined by single spaces. */
    public static String of(String name) {
        return String.join(" ", tokens(name));
    }

    /** The folded tokens of a name, in order; particles and punctuation dropped. */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        // soft and hard signs and apostrophes belong inside a word (Natal'ya): drop, never split
        String latin = SIGNS.matcher(latin(name)).replaceAll("");
        for (String raw : SEPARATORS.split(latin)) {
            String t = foldToken(raw);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Folds one word (already Latin or not). */
    public static String foldToken(String word) {
        String t = spelled(word);
        if (t.isEmpty()) {
            return t;
        }
        String folded = fold(t, true);
        // A short name that is mostly glide (Ayan, Iya) would fold to almost nothing and then
        // "match" unrelated names: keep its glide.
        return folded.length() < 3 && t.length() >= 3 ? fold(t, false) : folded;
    }

    /**
     * The folded start of any word beginning with the last word of this text, as typed in a
     * search box: the word's fold without its last letter when that letter's fold depends on
     * the letter after it, which is not typed yet (an "i" may be a dropped glide: "Bari" is the
     * start of "Barienko", folded "barenko"; "k", "t", "p" may start "kh", "ts", "ph").
     * Empty when the text has no word.
     */
    public static String prefixKey(String text) {
        if (text == null) {
            return "";
        }
        String[] words = SEPARATORS.split(SIGNS.matcher(latin(text)).replaceAll("").strip());
        String t = words.length == 0 ? "" : spelled(words[words.length - 1]);
        if (t.isEmpty()) {
            return t;
        }
        char lastLetter = t.charAt(t.length() - 1);
        String folded = fold(t, true);
        if ("iktp".indexOf(lastLetter) >= 0 && folded.endsWith(String.valueOf(lastLetter))) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return folded;
    }

    /**
     * What the words of stored names must start with to match a one-word query typed so far
     * (search as you type): its {@link #prefixKey} when that keeps three letters, else its
     * folded word; null when the query is not one word of three letters or more.
     */
    public static String searchPrefix(String query, List<String> foldedQuery) {
        if (foldedQuery.size() != 1 || foldedQuery.get(0).length() < 3) {
            return null;
        }
        String open = prefixKey(query);
        return open.length() >= 3 ? open : foldedQuery.get(0);
    }

    /** A word in a-z with the digraphs and letters that English renderings vary on made one. */
    private static String spelled(String word) {
        String t = NOT_A_Z.matcher(MARKS.matcher(Normalizer.normalize(latin(word), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        return t.replace("x", "ks")
                .replace("shch", "s").replace("zh", "z").replace("kh", "h").replace("sh", "s")
                .replace("ch", "c").replace("ts", "c").replace("tz", "c")
                .replace('y', 'i').replace('j', 'i').replace('w', 'v')
                .replace("ph", "f").replace("q", "k");
    }

    private static String fold(String t, boolean dropGlides) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean nextToVowel = (i > 0 && VOWELS.indexOf(t.charAt(i - 1)) >= 0)
                    || (i + 1 < t.length() && VOWELS.indexOf(t.charAt(i + 1)) >= 0);
            if (dropGlides && c == 'i' && nextToVowel && t.length() > 2) {
                continue; // the glide: Bokayev/Bokaev, Natalya/Natalia, Yeleusinov/Eleusinov
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue; // doubled letters: Ablyazov/Abliazzov, Massimov/Masimov
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static String latin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x24F && Character.isLetter(c)) {
                return transliterator().transliterate(s);
            }
        }
        return s;
    }

    private static Transliterator transliterator() {
        Transliterator t = toLatin;
        if (t == null) {
            synchronized (NameKey.class) {
                if (toLatin == null) {
                    toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
                }
                t = toLatin;
            }
        }
        return t;
    }
}
