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

    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "da", "van", "von", "der", "di", "du", "le", "la");
    private static final Pattern RELATIVE = Rx.compile(
            "\\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter),? (\\p{Lu}[\\p{L}\\p{M}\\-]+)(?![\\p{L}\\p{M}\\-]| \\p{Lu})");
    private static final Pattern SHARED_SURNAME = Rx.compile(
            "\\b(\\p{Lu}[\\p{L}\\p{M}\\-]+) and (\\p{Lu}[\\p{L}\\p{M}\\-]+) (\\p{Lu}[\\p{L}\\p{M}\\-]+)\\b");

    /** Verbs and clause words: a title before them belongs to someone else ("a judge gave X ..."). */
    private static final Set<String> VERBISH = Set.of("said", "says", "told", "added", "stated", "who", "which",
            "whose", "when", "where", "while", "was", "were", "is", "are", "had", "has", "have", "and", "but", "gave",
            "give", "gives", "sent", "sends", "met", "meets", "put", "puts", "took", "takes", "held", "holds", "found",
            "finds", "saw", "sees", "let", "kept", "keeps", "made", "makes", "tells", "left", "got", "brought",
            "threw", "beat", "hit", "shot", "sought", "seeks", "be", "been", "became", "becomes", "fined", "jailed");
    private static final Pattern ARABIC_ARTICLE = Rx.compile("(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-\\p{Lu}[\\p{L}\\p{M}'\u2019-]*");

    /** "Seventh-day": a capitalised compound with a lower-case part is a word, not a name. */
    private static boolean lowerCompound(String w) {
        int h = w.indexOf('-');
        return h >= 0 && h + 1 < w.length() && Character.isLowerCase(w.charAt(h + 1));
    }

    /** The word in lower case with everything but letters and hyphens removed. */
    private static String letters(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isLetter(ch) || ch == '-') {
                sb.append(Character.toLowerCase(ch));
            }
        }
        return sb.toString();
    }

    private static boolean isCommon(String w, Set<String> lowerWords) {
        if (w.length() <= 2) {
            return false;
        }
        String l = Lexicon.lower(w);
        // "Attacks", "Groups" in a heading: the document writes "attack", "group"
        return lowerWords.contains(l) || (l.length() > 4 && l.endsWith("s") && lowerWords.contains(l.substring(0, l.length() - 1)));
    }

    /** The word before "leader" names a state ("Russian", "Chechnya's"), not a community ("Crimean Tatar"). */
    private static boolean rulerOf(String word) {
        String l = letters(word);
        boolean possessive = word.endsWith("'s") || word.endsWith("\u2019s");
        if (possessive && (Character.isUpperCase(word.charAt(0)) || l.equals("countrys") || l.equals("republics"))) {
            return true;
        }
        return Lexicon.STATE_WORDS.contains(l);
    }

    private static boolean formerWithin(String[] words, int w) {
        for (int k = Math.max(0, w - 3); k < w; k++) {
            String l = letters(words[k]);
            if (l.equals("former") || l.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FORMER_BEFORE = Pattern.compile("(?s).*\\b(?:former|ex-)\\s*(?:\\p{L}+\\s+){0,2}$");

    /** "former Prime Minister X": no longer in office, and often the one whose case is told. */
    private static boolean formerBefore(String text, int at, int sentenceStart) {
        int from = Math.max(sentenceStart, at - 30);
        String before = text.substring(from, at).toLowerCase(java.util.Locale.ROOT);
        return FORMER_BEFORE.matcher(before).matches() || before.endsWith("ex-");
    }

    private static boolean containsAny(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String w, String chars) {
        for (int i = 0; i < w.length(); i++) {
            if (chars.indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Tok(String word, int start, int end, boolean possessive) {
    }

    /** The one character between two words of a name: a space, or a line break of hard-wrapped text. */
    private static boolean joins(char c) {
        return c == ' ' || c == '\n' || c == '\u00A0';
    }

    private NameFinder() {
    }

    /** All name hits of the sentence [from, to), in text order. */
    static List<NameHit> find(String text, int from, int to, Set<String> lowerWords) {
        return find(text, from, to, lowerWords, null);
    }

    /**
     * As {@link #find(String, int, int, Set)}; {@code previous} is the last full name of the earlier
     * sentences, for "Her son, Artyom," at the start of a sentence.
     */
    static List<NameHit> find(String text, int from, int to, Set<String> lowerWords, NameHit previous) {
        return find(text, from, to, lowerWords, previous, text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
    }

    /** As above, with the sentence's lower-case text (text.substring(from, to).toLowerCase(ROOT)) already made. */
    static List<NameHit> find(String text, int from, int to, Set<String> lowerWords, NameHit previous, String lower) {
        List<Tok> toks = tokens(text, from, to);
        List<NameHit> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!capitalised(toks.get(i).word)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j - 1).end + 1 == toks.get(j).start && joins(text.charAt(toks.get(j - 1).end))
                    && !toks.get(j - 1).possessive
                    && (capitalised(toks.get(j).word) || (PARTICLES.contains(toks.get(j).word) && j + 1 < toks.size()
                    && capitalised(toks.get(j + 1).word)))) {
                j++;
            }
            runToHits(text, toks, i, j, from, lowerWords, out);
            i = j;
        }
        if (containsAny(lower, "son", "daughter", "brother", "sister", "wife", "husband", "father", "mother",
                "nephew", "niece", "cousin", "uncle", "aunt")) {
            relatives(text, from, to, out, previous);
        }
        if (lower.contains(" and ") && containsAny(lower, "ists ", "ers ", "ists, ", "ers, ", "brothers", "sisters", "spouses")) {
            sharedSurname(text, from, to, out);
        }
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
            while (k < to && (Lexicon.notName(toks.get(k).word) || lowerCompound(toks.get(k).word))) {
                String l = Lexicon.lower(toks.get(k).word);
                if (Lexicon.TITLES.contains(l) && !formerBefore(text, toks.get(k).start, sentenceStart)) {
                    official = true;
                }
                PersonRole r = Lexicon.ROLES.get(l);
                if (r != null) {
                    roles.add(r);
                }
                k++;
            }
            int c = k;
            while (c < to && ((!Lexicon.notName(toks.get(c).word) && !lowerCompound(toks.get(c).word))
                    || givenNameInRussianOrder(toks, k, c, to))) {
                c++;
                if (toks.get(c - 1).possessive) {
                    break;
                }
            }
            if (c == k) {
                break;
            }
            if (c - k == 1 && k > from && givenNameRole(toks.get(k - 1).word)
                    && !PATRONYMIC.matcher(toks.get(k).word).matches()) {
                roles.remove(Lexicon.ROLES.get(Lexicon.lower(toks.get(k - 1).word)));
                k--; // "Muslim Aliev": the role word is his given name, not what he believes
            }
            // "Mahatma Ghandi Park", "the banned Foo Bar movement": the name of a place or body
            boolean followedByBody = c < toks.size() && !toks.get(c - 1).possessive
                    && ((c < to && Lexicon.body(toks.get(c).word))
                    || (c >= to && Lexicon.ORG_HEADS.contains(toks.get(c).word))
                    || (c < to && Lexicon.PLACE_WORDS.contains(Lexicon.lower(toks.get(c).word))));
            int first = k;
            if (c - first > 1 && toks.get(first).start == sentenceStart && isCommon(toks.get(first).word, lowerWords)) {
                first++; // "Unlike Petrov, ...": a capitalised sentence opener is no given name
            }
            List<String> words = new ArrayList<>();
            int commonCount = 0;
            for (int m = first; m < c; m++) {
                String w = toks.get(m).word;
                words.add(w);
                if (isCommon(w, lowerWords)) {
                    commonCount++;
                }
            }
            // "Sexual Orientation", "Free Speech": every word is used in lower case too
            boolean common = commonCount == words.size();
            boolean introduced = official || !roles.isEmpty() || cueBefore(text, sentenceStart, toks.get(first).start);
            int runStart = toks.get(first).start;
            int runEnd = toks.get(c - 1).end;
            boolean notPerson = followedByBody || quoted(text, runStart, runEnd) || bodyBefore(text, sentenceStart, runStart)
                    || groupAfter(text, toks, c, to) || (!introduced && placeBefore(text, sentenceStart, runStart, toks.get(c - 1)));
            if (!notPerson && words.size() <= 4 && !(common && !introduced)) {
                int start = toks.get(first).start;
                int end = toks.get(c - 1).end;
                Context ctx = context(text, sentenceStart, start, end);
                EnumSet<PersonRole> all = EnumSet.copyOf(roles);
                all.addAll(ctx.roles);
                out.add(new NameHit(List.copyOf(order(words)), start, end, official || ctx.official, all));
            }
            official = false;
            roles = EnumSet.noneOf(PersonRole.class);
            k = c;
        }
    }

    /** "Aliev Muslim Nuriyevich": between a surname and a patronymic the role word is the given name. */
    private static boolean givenNameInRussianOrder(List<Tok> toks, int runStart, int c, int to) {
        return c > runStart && c + 1 < to && givenNameRole(toks.get(c).word)
                && PATRONYMIC.matcher(toks.get(c + 1).word).matches();
    }

    private static boolean givenNameRole(String w) {
        return Character.isUpperCase(w.charAt(0)) && Lexicon.GIVEN_NAME_ROLES.contains(Lexicon.lower(w));
    }

    private record Context(boolean official, EnumSet<PersonRole> roles) {
    }

    private static final Pattern OPEN_QUOTE = Rx.compile("[\"\u201C\u2018\u00AB]\\s*$");
    private static final Pattern CLOSE_QUOTE = Rx.compile("^[,.!?]?[\"\u201D\u2019\u00BB]");

    /** A run that is all of a quotation ("\u201CLong Live Belarus\u201D") is a slogan or title, not a person. */
    private static boolean quoted(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start);
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return OPEN_QUOTE.matcher(before).find() && CLOSE_QUOTE.matcher(after).find();
    }

    private static final Pattern PLACE_OF = Rx.compile(
            "(?i)\\b(?:city|town|village|municipality|region|province|district|republic|island|oblast|county) of\\s+(?:the\\s+)?$");
    private static final Pattern BODY_OF = Rx.compile("(?=\\p{Lu})\\b(\\p{Lu}[\\p{L}-]+) (?:of|for|on)(?: the)?\\s+$");
    private static final Pattern WORKS_OF = Rx.compile(
            "(?i)\\b(?:works?|writings?|books?|teachings?|followers|ideas|sermons|poems|songs|films?) (?:of|by)\\s+$");
    private static final Pattern HELPER_BEFORE = Rx.compile(
            "(?i)\\b(?:his|her|their|the|a)\\s+(?:defen[cs]e\\s+)?(?:lawyers?|attorneys?|counsel|advocates?)(?:\\s+of\\s+\\S+)?,?\\s+$");
    private static final Pattern HELPER_AFTER = Rx.compile(
            "^,\\s+(?:his|her|their|the)\\s+(?:\\w+\\s+)?(?:defen[cs]e\\s+)?(?:lawyers?|attorneys?|counsel|advocates?|representatives?)\\b");
    /** "X, a brother of Y," / "X, his wife,": named as someone's relative. */
    private static final Pattern RELATIVE_APPOSITION = Rx.compile(
            "^,\\s+(?:a|the|his|her|their)\\s+(?:\\w+\\s+)?(?:brother|sister|son|daughter|wife|husband|mother|father|cousin|relative|nephew|niece|uncle|aunt|widow)\\b");
    private static final Pattern COPULA_TITLE = Rx.compile(
            "(?i)^(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}(?:judge|prosecutor|investigator|head|chair(?:man|woman)?|director|minister|governor|spokes(?:person|man|woman))\\b[^.;,]{0,60}\\s(?:is|was)\\s*$");

    /**
     * Whether s ends with one of these words (in any case) once trailing blanks and line ends are
     * taken off: what a pattern ending in "of\\s+$" or "(?: the)?\\s+$" needs before it can match
     * ($ may stand before a final line end), tested first because those patterns run for every name.
     */
    private static boolean endsWithAny(String s, String... words) {
        int e = s.length();
        while (e > 0 && (regexSpace(s.charAt(e - 1)) || s.charAt(e - 1) == '\u0085' || s.charAt(e - 1) == '\u2028'
                || s.charAt(e - 1) == '\u2029')) {
            e--;
        }
        for (String w : words) {
            if (e >= w.length() && s.regionMatches(true, e - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Falun Gong practitioners", "Tibetan Buddhist monks": the run qualifies a group noun right after it. */
    private static boolean groupAfter(String text, List<Tok> toks, int c, int to) {
        if (c != to || c >= toks.size() || toks.get(c - 1).possessive) {
            return false;
        }
        Tok next = toks.get(c);
        String gap = text.substring(toks.get(c - 1).end, next.start);
        return gap.equals(" ") && Lexicon.GROUP_AFTER.contains(next.word);
    }

    private static final Pattern PLACE_BEFORE = Rx.compile("\\b(?:in|across|throughout|near|outside)\\s+(?:the\\s+)?$");

    /** "Authorities in Hong Kong": a run right after "in" names a place (a person there would be "in X's case"). */
    private static boolean placeBefore(String text, int sentenceStart, int start, Tok last) {
        return !last.possessive && PLACE_BEFORE.matcher(text.substring(Math.max(sentenceStart, start - 20), start)).find();
    }

    /** "the broadcaster Deutsche Welle", "the municipality of Marianao": a body or place. */
    private static boolean bodyBefore(String text, int sentenceStart, int start) {
        String before = text.substring(Math.max(sentenceStart, start - 40), start);
        if (endsWithAny(before, "of", "the") && PLACE_OF.matcher(before).find()) {
            return true;
        }
        Matcher bodyOf = BODY_OF.matcher(before);
        if (endsWithAny(before, "of", "for", "on", "the") && bodyOf.find() && Lexicon.body(bodyOf.group(1))) {
            return true; // "the Ministry of Digital Development", "the Chamber of Urban Planners"
        }
        String b = before.stripTrailing();
        int sp = b.lastIndexOf(' ');
        String last = b.substring(sp + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && Lexicon.BODY_BEFORE.contains(last);
    }

    /**
     * Someone named only as the author of writings ("the works of X") or as a party's lawyer
     * ("his lawyer X", "X, the defence lawyer") or an office holder in a copula ("the judge
     * in the case is X"): mentioned in that capacity, not as the one whose case is told.
     */
    static boolean nonSubjectCapacity(String text, int sentenceStart, int start, int end) {
        String before = text.substring(Math.max(sentenceStart, start - 60), start);
        if ((endsWithAny(before, "of", "by") && WORKS_OF.matcher(before).find()) || HELPER_BEFORE.matcher(before).find()) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 50));
        if (HELPER_AFTER.matcher(after).find() || RELATIVE_APPOSITION.matcher(after).find()) {
            return true;
        }
        String sentenceBefore = text.substring(sentenceStart, start);
        return sentenceBefore.length() < 120 && COPULA_TITLE.matcher(sentenceBefore).find();
    }

    private static final Pattern PATRONYMIC = Rx.compile(
            "(?i).*(?:ovich|evich|yevich|ovna|evna|yevna|ichna|ogly|oglu|kyzy|qizi)$");

    /**
     * Russian official order "Surname Given Patronymic" (court documents, lists of defendants)
     * becomes "Given Surname", as the person is named elsewhere in the text.
     */
    private static List<String> order(List<String> words) {
        if (words.size() == 3 && PATRONYMIC.matcher(words.get(2)).matches()
                && !PATRONYMIC.matcher(words.get(1)).matches()) {
            return List.of(words.get(1), words.get(0));
        }
        return words;
    }

    /**
     * The same as {@code Pattern.compile("\\s+").split(s)} without the regex machinery (it ran for
     * every name): a leading blank gives an empty first word, trailing empty words are dropped.
     */
    static String[] splitSpaces(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int index = 0;
        int i = 0;
        while (i < n) {
            if (!regexSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && regexSpace(s.charAt(j))) {
                j++;
            }
            out.add(s.substring(index, i));
            index = j;
            i = j;
        }
        if (out.isEmpty() && index == 0) {
            return new String[] {s};
        }
        out.add(s.substring(index));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /** {@code \\s} of java.util.regex: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Lower-case words just before the name ("top official, X") and an apposition after it. */
    private static Context context(String text, int sentenceStart, int start, int end) {
        boolean official = false;
        EnumSet<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        int from = Math.max(sentenceStart, start - 70);
        String before = text.substring(from, start);
        String[] words = splitSpaces(before);
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
            String l = letters(word);
            if (l.isEmpty() || l.endsWith("ed") || l.endsWith("ing") || VERBISH.contains(l) || l.equals("that") || l.equals("who")
                    || l.equals("against") || l.equals("by") || l.equals("to") || l.equals("with") || l.equals("and")
                    || l.equals("or") || l.equals("said") || l.equals("says") || l.equals("for") || l.equals("from")
                    || hasAny(word, ";:()\"\u201C\u201D") || (Character.isUpperCase(word.charAt(0)) && !Lexicon.notName(l))) {
                break;
            }
            if (Lexicon.TITLES.contains(l) && !formerWithin(words, w)) {
                official = true;
            }
            if (l.equals("leader") && w > 0 && rulerOf(words[w - 1])) {
                official = true; // "Chechen leader X", "the country's leader, X": a ruler, not an opposition figure
            }
            PersonRole r = Lexicon.ROLES.get(l);
            if (r != null) {
                roles.add(r);
            }
            seen++;
        }
        if (!official && before.stripTrailing().endsWith(",")) {
            official = titledPhraseBefore(words); // "the EU special representative for Central Asia, X,"
        }
        // apposition: "X, a lawyer," / "X, the deputy minister,"
        int e = end;
        if (e + 2 < text.length() && text.charAt(e) == ',' ) {
            int stop = e + 1;
            while (stop < text.length() && stop < e + 80 && ",.;:()\n".indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            String[] app = splitSpaces(text.substring(e + 1, stop).trim());
            if (app.length > 0 && VERBISH.contains(letters(app[0]))) {
                app = new String[0]; // "X, said ..." is no apposition
            }
            int n = 0;
            for (String a : app) {
                String l = letters(a);
                if (l.equals("a") || l.equals("an") || l.equals("the") || l.isEmpty()) {
                    continue;
                }
                if (++n > 4) {
                    break;
                }
                if (n <= 3 && Lexicon.TITLES.contains(l) && !l.equals("head") && !formerWithin(app, java.util.Arrays.asList(app).indexOf(a))) {
                    official = true;
                }
                PersonRole r = Lexicon.ROLES.get(l);
                if (r == PersonRole.TRADE_UNIONIST && l.equals("union") && Character.isUpperCase(a.charAt(0))) {
                    r = null; // "European Union", "Soviet Union": no trade union
                }
                if (r != null) {
                    roles.add(r);
                }
            }
        }
        if (!official && nonSubjectCapacity(text, sentenceStart, start, end)) {
            official = true;
        }
        return new Context(official, roles);
    }

    /**
     * A noun phrase ending in a comma right before the name that holds an office word within
     * its last eight words, without a verb in between ("the Council of Europe commissioner for
     * human rights, X"): the name is that office holder's.
     */
    private static boolean titledPhraseBefore(String[] words) {
        int seen = 0;
        for (int w = words.length - 1; w >= 0 && seen < 8; w--) {
            String word = words[w];
            if (word.isEmpty()) {
                continue;
            }
            if (seen > 0 && (word.endsWith(",") || hasAny(word, ";:()\"\u201C\u201D"))) {
                return false;
            }
            String l = letters(word);
            if (seen > 0 && (l.endsWith("ed") || VERBISH.contains(l) || l.equals("and") || l.equals("who") || l.equals("that"))) {
                return false;
            }
            if (Lexicon.TITLES.contains(l) && !l.equals("head") && !formerWithin(words, w)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static boolean cueBefore(String text, int sentenceStart, int start) {
        String before = text.substring(Math.max(sentenceStart, start - 25), start).toLowerCase().stripTrailing();
        for (String w : new String[] {" against", " of", " on behalf of", " named", " called"}) {
            if (before.endsWith(w) || before.equals(w.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** "his son, Aset," is Aset with the family name of the person named before. */
    private static void relatives(String text, int from, int to, List<NameHit> out, NameHit previous) {
        Matcher m = RELATIVE.matcher(text).region(from, to);
        while (m.find()) {
            NameHit parent = previous;
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
            String between = text.substring(prev.end(), cur.start()).replace("'s", "").replace("\u2019s", "").trim();
            if (between.equals("and") || between.equals(",") || between.equals(", and")) {
                EnumSet<PersonRole> roles = EnumSet.copyOf(cur.roles());
                roles.addAll(prev.roles());
                out.set(i, new NameHit(cur.tokens(), cur.start(), cur.end(), cur.official() || prev.official(), roles));
            }
        }
    }

    /** Words with inner apostrophes and hyphens ("O'Neil", "Jean-Claude"), initials ("A."), possessives marked. */
    private static List<Tok> tokens(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isUpperCase(c) && i + 1 < to && text.charAt(i + 1) == '.') {
                out.add(new Tok(text.substring(i, i + 2), i, i + 2, false));
                i += 2;
                continue;
            }
            i++;
            while (i < to) {
                char d = text.charAt(i);
                if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '\'' || d == '\u2019' || d == '-') && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else if (d == '-' && i + 2 < to && text.charAt(i + 1) == '\n' && Character.isUpperCase(text.charAt(i + 2))) {
                    i += 2; // "Manevich-" at a line end, "Klebanov" on the next: one double name
                } else {
                    break;
                }
            }
            String w = text.substring(s, i);
            if (w.indexOf('\n') >= 0) {
                w = w.replace("\n", "");
            }
            int end = i;
            boolean poss = false;
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                w = w.substring(0, w.length() - 2);
                end -= 2;
                poss = true;
            } else if (i < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && w.endsWith("s")
                    && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) {
                poss = true;
            }
            if (!w.isEmpty()) {
                out.add(new Tok(w, s, end, poss));
            }
        }
        return out;
    }

    /** Starts with a capital and is not written all in capitals (acronyms, shouted headings). */
    private static boolean capitalised(String w) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.indexOf('-') > 0 && ARABIC_ARTICLE.matcher(w).matches()) {
            return true; // "al-Masri", "el-Sisi", "bin-Laden": a family name with its article
        }
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && !(w.length() > 1 && !w.endsWith(".") && allCaps(w));
    }

    /** w.equals(w.toUpperCase(ROOT)), without the copy for ASCII words (others may change length: "ß"). */
    private static boolean allCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (ch >= 0x80) {
                return w.equals(w.toUpperCase(java.util.Locale.ROOT));
            }
            if (ch >= 'a' && ch <= 'z') {
                return false;
            }
        }
        return true;
    }
}
