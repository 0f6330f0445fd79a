package org.casetrack.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.PersonRole;

/**
 * Finds person names in a sentence: runs of capitalised words with titles, roles, places
 * and bodies stripped ("EU Commission President Jean-Claude Juncker" is an official named
 * Jean-Claude Juncker; "Mahatma Ghandi Park" is a place). Words the document also uses in
 * lower case are common words, not names. Offices and roles come from the words before
 * the name and from an apposition after it.
 */
final class NameFinder {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\.|[\\p{L}\\p{M}]+(?:['\u2019\\-][\\p{L}\\p{M}]+)*");
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "di", "du", "le", "la");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:his|her|their) (?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter),? (\\p{Lu}[\\p{L}\\p{M}\\-]+)(?![\\p{L}\\p{M}\\-]| \\p{Lu})");
    private static final Pattern SHARED_SURNAME = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}\\p{M}\\-]+) and (\\p{Lu}[\\p{L}\\p{M}\\-]+) (\\p{Lu}[\\p{L}\\p{M}\\-]+)\\b");

    private record Tok(String word, int start, int end, boolean possessive) {
    }

    private NameFinder() {
    }

    /** All name hits of the sentence [from, to), in text order. */
    static List<NameHit> find(String text, int from, int to, Set<String> lowerWords) {
        List<Tok> toks = tokens(text, from, to);
        List<NameHit> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!capitalised(toks.get(i).word)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j - 1).end + 1 == toks.get(j).start && text.charAt(toks.get(j - 1).end) == ' '
                    && !toks.get(j - 1).possessive
                    && (capitalised(toks.get(j).word) || (PARTICLES.contains(toks.get(j).word) && j + 1 < toks.size()
                    && capitalised(toks.get(j + 1).word)))) {
                j++;
            }
            runToHits(text, toks, i, j, from, lowerWords, out);
            i = j;
        }
        relatives(text, from, to, out);
        sharedSurname(text, from, to, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        inheritCoordinated(text, out);
        return out;
    }

    private static void runToHits(String text, List<Tok> toks, int from, int to, int sentenceStart,
                                  Set<String> lowerWords, List<NameHit> out) {
        boolean official = false;
        EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        int k = from;
        while (k < to) {
            // prefix: words that cannot be names
            while (k < to && (Lexicon.notName(toks.get(k).word) || toks.get(k).word.matches(".*-\\p{Ll}.*"))) {
                String l = Lexicon.lower(toks.get(k).word);
                if (Lexicon.TITLES.contains(l)) {
                    official = true;
                }
                PersonRole r = Lexicon.ROLES.get(l);
                if (r != null) {
                    roles.add(r);
                }
                k++;
            }
            int c = k;
            while (c < to && !Lexicon.notName(toks.get(c).word) && !toks.get(c).word.matches(".*-\\p{Ll}.*")) {
                c++;
                if (toks.get(c - 1).possessive) {
                    break;
                }
            }
            if (c == k) {
                break;
            }
            // "Mahatma Ghandi Park", "the banned Foo Bar movement": the name of a place or body
            boolean followedByBody = c < toks.size() && !toks.get(c - 1).possessive
                    && (c < to || Character.isLowerCase(toks.get(c).word.charAt(0)))
                    && (Lexicon.ORG.contains(Lexicon.lower(toks.get(c).word))
                    || (c < to && Lexicon.PLACE_WORDS.contains(Lexicon.lower(toks.get(c).word))));
            List<String> words = new ArrayList<>();
            boolean common = false;
            for (int m = k; m < c; m++) {
                String w = toks.get(m).word;
                if (w.length() == 2 && w.endsWith(".")) {
                    w = w.substring(0, 1) + ".";
                }
                words.add(w);
                if (w.length() > 2 && lowerWords.contains(Lexicon.lower(w))) {
                    common = true;
                }
            }
            boolean introduced = official || !roles.isEmpty() || cueBefore(text, sentenceStart, toks.get(k).start);
            boolean sentenceInitial = toks.get(k).start == sentenceStart;
            if (!followedByBody && words.size() <= 4 && !(common && !introduced)
                    && !(words.size() == 1 && sentenceInitial && !introduced)) {
                int start = toks.get(k).start;
                int end = toks.get(c - 1).end;
                Context ctx = context(text, sentenceStart, start, end);
                EnumSet<PersonRole> all = EnumSet.copyOf(roles);
                all.addAll(ctx.roles);
                out.add(new NameHit(List.copyOf(words), start, end, official || ctx.official, all));
            }
            official = false;
            roles = EnumSet.noneOf(PersonRole.class);
            k = c;
        }
    }

    private record Context(boolean official, EnumSet<PersonRole> roles) {
    }

    /** Lower-case words just before the name ("top official, X") and an apposition after it. */
    private static Context context(String text, int sentenceStart, int start, int end) {
        boolean official = false;
        EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        int from = Math.max(sentenceStart, start - 70);
        String before = text.substring(from, start);
        String[] words = before.split("[\\s]+");
        int seen = 0;
        boolean commaUsed = false;
        for (int w = words.length - 1; w >= 0 && seen < 6; w--) {
            String word = words[w];
            if (word.isEmpty()) {
                continue;
            }
            boolean comma = word.endsWith(",");
            if (comma) {
                if (seen > 0 || commaUsed) {
                    break;
                }
                commaUsed = true;
            }
            String l = Lexicon.lower(word.replaceAll("[^\\p{L}\\-]", ""));
            if (l.isEmpty() || l.endsWith("ed") || l.endsWith("ing") || l.equals("that") || l.equals("who")
                    || l.equals("against") || l.equals("by") || l.equals("to") || l.equals("with") || l.equals("and")
                    || l.equals("or") || l.equals("said") || l.equals("says") || l.equals("for") || l.equals("from")
                    || word.matches(".*[;:()\"\u201C\u201D].*") || (Character.isUpperCase(word.charAt(0)) && !Lexicon.notName(l))) {
                break;
            }
            if (Lexicon.TITLES.contains(l)) {
                official = true;
            }
            PersonRole r = Lexicon.ROLES.get(l);
            if (r != null) {
                roles.add(r);
            }
            seen++;
        }
        // apposition: "X, a lawyer," / "X, the deputy minister,"
        int e = end;
        if (e + 2 < text.length() && text.charAt(e) == ',' ) {
            int stop = e + 1;
            while (stop < text.length() && stop < e + 80 && ",.;:()\n".indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            String[] app = text.substring(e + 1, stop).trim().split("\\s+");
            int n = 0;
            for (String a : app) {
                String l = Lexicon.lower(a.replaceAll("[^\\p{L}\\-]", ""));
                if (l.equals("a") || l.equals("an") || l.equals("the") || l.isEmpty()) {
                    continue;
                }
                if (++n > 4) {
                    break;
                }
                if (n <= 3 && Lexicon.TITLES.contains(l) && !l.equals("head")) {
                    official = true;
                }
                PersonRole r = Lexicon.ROLES.get(l);
                if (r != null) {
                    roles.add(r);
                }
            }
        }
        return new Context(official, roles);
    }

    private static boolean cueBefore(String text, int sentenceStart, int start) {
        String before = text.substring(Math.max(sentenceStart, start - 25), start).toLowerCase();
        return before.matches(".*\\b(?:against|of|on behalf of|named|called)\\s+$");
    }

    /** "his son, Aset," is Aset with the family name of the person named before. */
    private static void relatives(String text, int from, int to, List<NameHit> out) {
        Matcher m = RELATIVE.matcher(text).region(from, to);
        while (m.find()) {
            NameHit parent = null;
            for (NameHit h : out) {
                if (h.end() <= m.start() && !h.single()) {
                    parent = h;
                }
            }
            String given = m.group(1);
            if (parent == null || Lexicon.notName(given)) {
                continue;
            }
            out.removeIf(h -> h.start() == m.start(1));
            List<String> tokens = List.of(given, parent.tokens().get(parent.tokens().size() - 1));
            out.add(new NameHit(tokens, m.start(1), m.end(1), false, EnumSet.noneOf(PersonRole.class)));
        }
    }

    /** "journalists Ivan and Oleg Petrov": two people sharing one family name. */
    private static void sharedSurname(String text, int from, int to, List<NameHit> out) {
        Matcher m = SHARED_SURNAME.matcher(text).region(from, to);
        while (m.find()) {
            String before = text.substring(Math.max(from, m.start() - 20), m.start()).trim();
            String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1).toLowerCase();
            boolean plural = last.endsWith("s") && (Lexicon.ROLES.containsKey(last) || last.equals("brothers")
                    || last.equals("sisters") || last.equals("spouses"));
            if (!plural || Lexicon.notName(m.group(1)) || Lexicon.notName(m.group(2)) || Lexicon.notName(m.group(3))) {
                continue;
            }
            out.removeIf(h -> h.start() == m.start(1));
            EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
            PersonRole r = Lexicon.ROLES.get(last);
            if (r != null) {
                roles.add(r);
            }
            out.add(new NameHit(List.of(m.group(1), m.group(3)), m.start(1), m.end(1), false, roles));
        }
    }

    /** "activists X and Y": Y shares X's role and office. */
    private static void inheritCoordinated(String text, List<NameHit> out) {
        for (int i = 1; i < out.size(); i++) {
            NameHit prev = out.get(i - 1);
            NameHit cur = out.get(i);
            if (cur.start() < prev.end()) {
                continue;
            }
            String between = text.substring(prev.end(), cur.start()).replaceAll("['\u2019]s", "").trim();
            if (between.equals("and") || between.equals(",") || between.equals(", and")) {
                EnumSet<PersonRole> roles = EnumSet.copyOf(cur.roles());
                roles.addAll(prev.roles());
                out.set(i, new NameHit(cur.tokens(), cur.start(), cur.end(), cur.official() || prev.official(), roles));
            }
        }
    }

    private static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            int end = m.end();
            boolean poss = false;
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                w = w.substring(0, w.length() - 2);
                end -= 2;
                poss = true;
            } else if (end < to && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && w.endsWith("s")
                    && (end + 1 >= to || !Character.isLetter(text.charAt(end + 1)))) {
                poss = true;
            }
            if (!w.isEmpty()) {
                out.add(new Tok(w, m.start(), end, poss));
            }
        }
        return out;
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !(w.length() > 1 && w.equals(w.toUpperCase())
                && w.length() <= 6 && !w.endsWith("."));
    }
}
