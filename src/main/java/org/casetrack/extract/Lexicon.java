package org.casetrack.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casetrack.model.PersonRole;

/** Word lists of the genre: titles of officials, roles of people, words that make a name a place or body. */
final class Lexicon {

    private Lexicon() {
    }

    /** Capitalised words that start sentences or clauses and are never part of a name. */
    static final Set<String> STOP = load("stop-words");

    static final Set<String> MONTHS_DAYS = load("months-days");

    /** Polite forms: stripped from a name, but say nothing about office. */
    static final Set<String> HONORIFICS = load("honorifics");

    /** Words that mark an official, author or diplomat, not a person whose case is told. */
    static final Set<String> TITLES = load("titles");

    /** Role nouns before or after a name ("journalist X", "X, a lawyer"). */
    static final Map<String, PersonRole> ROLES = loadRoles();
    /** Role words that are also given names ("Muslim Aliev"): a name when they stand capitalised before a lone surname. */
    static final Set<String> GIVEN_NAME_ROLES = load("given-name-roles");
    /** "the believer" (false: one person) and "the believers" (true: all named last); see SentenceContext. */
    static final Map<String, Boolean> ANAPHORS = loadAnaphors();

    private static Map<String, Boolean> loadAnaphors() {
        Map<String, Boolean> out = new java.util.HashMap<>();
        for (String line : lines("anaphors")) {
            String[] p = line.split("\\s+");
            out.put(p[0], p.length > 1 && p[1].equals("n"));
        }
        return Map.copyOf(out);
    }

    /** Words that make a capitalised run a body, place, text or event rather than a person. */
    static final Set<String> ORG = load("body-words");

    /** Body words that are acronyms: they count only when written in capitals ("NGO", not the name "Ngo"). */
    static final Set<String> ACRONYMS = load("acronyms");

    /** Lower-case nouns that make the capitalised words before them a body or place ("the Nur Jol movement"). */
    static final Set<String> ORG_HEADS = load("body-heads");
    /** Plural nouns after a capitalised run that make it a group's adjective ("Falun Gong practitioners"). */
    static final Set<String> GROUP_AFTER = load("group-after");

    /** Lower-case nouns that make the capitalised words right after them a body ("the broadcaster Deutsche Welle"). */
    static final Set<String> BODY_BEFORE = load("body-before");

    /** Countries and national adjectives: "Russian leader X" is a ruler; ethnic groups are not in here. */
    static final Set<String> STATE_WORDS = buildStates();

    private static Set<String> buildStates() {
        Set<String> s = new HashSet<>(load("state-words"));
        for (String c : org.casetrack.extract.read.Countries.NAMES) {
            s.add(c.toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        return Set.copyOf(s);
    }

    /** Countries and nationalities: not names of people. */
    static final Set<String> PLACE_WORDS = buildPlaces();

    private static Set<String> buildPlaces() {
        Set<String> s = new HashSet<>(load("place-words"));
        for (String c : org.casetrack.extract.read.Countries.NAMES) {
            for (String w : c.toLowerCase(Locale.ROOT).split(" ")) {
                if (!w.equals("and") && !w.equals("of") && !w.equals("the")) {
                    s.add(w);
                }
            }
        }
        return Set.copyOf(s);
    }

    /** One word list of resources/org/casetrack/extract/lexicon: a word a line, "#" comments. */
    private static Set<String> load(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static Map<String, PersonRole> loadRoles() {
        Map<String, PersonRole> out = new HashMap<>();
        for (String line : lines("roles")) {
            String[] p = line.split("\\s+");
            out.put(p[0].toLowerCase(Locale.ROOT), PersonRole.valueOf(p[1]));
        }
        return Map.copyOf(out);
    }

    static List<String> lines(String name) {
        String path = "lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + path);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static final Set<String> NOT_NAME = buildNotName();

    private static Set<String> buildNotName() {
        Set<String> s = new HashSet<>();
        s.addAll(STOP);
        s.addAll(MONTHS_DAYS);
        s.addAll(TITLES);
        s.addAll(HONORIFICS);
        s.addAll(ROLES.keySet());
        s.addAll(ORG);
        s.removeAll(ACRONYMS);
        s.addAll(PLACE_WORDS);
        return Set.copyOf(s);
    }

    /** True for words that cannot be part of a person's name. */
    static boolean notName(String w) {
        String l = lower(w);
        return NOT_NAME.contains(l) || (ACRONYMS.contains(l) && w.equals(w.toUpperCase(Locale.ROOT)));
    }

    /** A body word, an acronym only when written in capitals. */
    static boolean body(String w) {
        String l = lower(w);
        return ACRONYMS.contains(l) ? w.equals(w.toUpperCase(Locale.ROOT)) : ORG.contains(l);
    }
}
