package org.casetrack.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known translations of facts entered in English (charges, designating bodies, list names,
 * kinds of places of detention), from {@code glossary_LANG.txt}. Only a whole fact that is
 * listed is translated (a place by its leading kind); free text stays as the user wrote it.
 * English letters use no glossary.
 */
final class Glossary {

    private static final Map<Lang, Glossary> CACHE = new EnumMap<>(Lang.class);
    private static final Glossary NONE = new Glossary(Map.of(), List.of());

    /** [nominative, genitive] by folded English. */
    private final Map<String, String[]> terms;
    /** Kinds of places, longest first: [folded English, Russian]. */
    private final List<String[]> places;

    private Glossary(Map<String, String[]> terms, List<String[]> places) {
        this.terms = terms;
        this.places = places;
    }

    static synchronized Glossary of(Lang lang) {
        if (lang == Lang.EN) {
            return NONE;
        }
        return CACHE.computeIfAbsent(lang, l -> load("glossary_" + l.code() + ".txt"));
    }

    /** The translation of the whole fact, else the fact as entered. */
    String term(String english) {
        String[] t = english == null ? null : terms.get(fold(english));
        return t == null ? english : t[0];
    }

    /** The genitive form of a listed name ("По оценке Правозащитного центра «Мемориал»"), else as entered. */
    String genitive(String english) {
        String[] t = english == null ? null : terms.get(fold(english));
        return t == null ? english : t[1];
    }

    /** A place with its leading kind translated ("penal colony, Aktobe" → "исправительная колония, Aktobe"). */
    String place(String english) {
        if (english == null || terms.containsKey(fold(english))) {
            return term(english);
        }
        String s = english.strip();
        String folded = fold(s);
        for (String[] p : places) {
            if (folded.startsWith(p[0]) && (folded.length() == p[0].length() || !Character.isLetterOrDigit(folded.charAt(p[0].length())))) {
                int cut = cutAfter(s, p[0]);
                return p[1] + s.substring(cut).replaceFirst("^\\s+No\\.?\\s*(?=\\d)", " № ");
            }
        }
        return english;
    }

    /** Where the kind ends in the original text (spaces may be doubled there). */
    private static int cutAfter(String s, String foldedKind) {
        int words = foldedKind.split(" ").length;
        int i = 0;
        for (int w = 0; w < words; w++) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ',') {
                i++;
            }
        }
        return i;
    }

    static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Glossary load(String resource) {
        Map<String, String[]> terms = new HashMap<>();
        List<String[]> places = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return NONE;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    continue;
                }
                int eq = t.indexOf(" = ");
                if (eq < 0) {
                    throw new IllegalStateException(resource + ": a line without \" = \": " + t);
                }
                String en = fold(t.substring(0, eq));
                String[] forms = t.substring(eq + 3).split("\\|");
                String nom = forms[0].strip();
                String gen = forms.length > 1 ? forms[1].strip() : nom;
                if (section.equals("places")) {
                    places.add(new String[] {en, nom});
                }
                terms.put(en, new String[] {nom, gen});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        places.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        return new Glossary(Map.copyOf(terms), List.copyOf(places));
    }
}
