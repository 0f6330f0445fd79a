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
        String t = NOT_A_Z.matcher(MARKS.matcher(Normalizer.normalize(latin(word), Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        if (t.isEmpty()) {
            return t;
        }
        t = t.replace("x", "ks")
                .replace("shch", "s").replace("zh", "z").replace("kh", "h").replace("sh", "s")
                .replace("ch", "c").replace("ts", "c").replace("tz", "c")
                .replace('y', 'i').replace('j', 'i').replace('w', 'v')
                .replace("ph", "f").replace("q", "k");
        String folded = fold(t, true);
        // A short name that is mostly glide (Ayan, Iya) would fold to almost nothing and then
        // "match" unrelated names: keep its glide.
        return folded.length() < 3 && t.length() >= 3 ? fold(t, false) : folded;
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
