package org.casetrack.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one extraction (the {@code extract --json} object, read as maps and lists) against
 * a gold annotation, with the matching rules of the shared {@code score-extraction} script:
 * gold items are matched in order, each to the first unused predicted item that agrees
 * (subjects by name; sentences by person, kind and term; appeals by person and date prefix;
 * UN rulings by person and body). Dates and outcomes of matched items are the "details".
 */
public final class ExtractionScorer {

    /** The four categories, in the order the script prints them. */
    public static final List<String> CATEGORIES = List.of("subjects", "sentences", "appeals", "un_rulings");

    /** Counts for one category; add tallies to pool documents. */
    public static final class Tally {
        public int tp;
        public int predicted;
        public int gold;
        public int detailsOk;
        public int detailsN;

        void add(Tally o) {
            tp += o.tp;
            predicted += o.predicted;
            gold += o.gold;
            detailsOk += o.detailsOk;
            detailsN += o.detailsN;
        }

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) tp / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** Tallies per category, plus the misses a verbose run prints. */
    public static final class Score {
        public final Map<String, Tally> tallies = new HashMap<>();
        public final List<String> log = new ArrayList<>();

        public Score() {
            for (String c : CATEGORIES) {
                tallies.put(c, new Tally());
            }
        }

        public void add(Score o) {
            for (String c : CATEGORIES) {
                tallies.get(c).add(o.tallies.get(c));
            }
        }

        /** Mean F1 over the four categories: the headline figure. */
        public double meanF1() {
            return CATEGORIES.stream().mapToDouble(c -> tallies.get(c).f1()).average().orElse(0);
        }

        public int detailsOk() {
            return tallies.values().stream().mapToInt(t -> t.detailsOk).sum();
        }

        public int detailsN() {
            return tallies.values().stream().mapToInt(t -> t.detailsN).sum();
        }
    }

    private static final Pattern TERM = Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?");

    private ExtractionScorer() {
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object v = m == null ? null : m.get(key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> x) {
                    out.add((Map<String, Object>) x);
                }
            }
        }
        return out;
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                out.add(o == null ? "None" : String.valueOf(o));
            }
        }
        return out;
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    static Object termKey(String term) {
        if (term == null || term.isEmpty()) {
            return null;
        }
        Matcher m = TERM.matcher(term.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return List.of("bad", term);
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            v[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
        }
        return List.of(v[0] * 12 + v[1], v[2] * 7 + v[3]);
    }

    static boolean dateAgrees(String gold, String pred) {
        if (gold == null || gold.isEmpty()) {
            return true;
        }
        return pred != null && !pred.isEmpty() && pred.startsWith(gold);
    }

    /** Scores one report's extraction (null when the extractor gave no usable output). */
    public static Score score(Map<String, Object> gold, Map<String, Object> out) {
        Score sc = new Score();
        Map<String, Map<String, Object>> persons = new HashMap<>();
        for (Map<String, Object> p : list(out, "persons")) {
            persons.put(str(p, "id"), p);
        }
        List<Map<String, Object>> goldSubjects = list(gold, "subjects");
        java.util.function.Function<String, List<String>> namesOf = pid -> {
            Map<String, Object> p = persons.get(pid);
            if (p == null) {
                return pid == null ? List.of() : List.of(pid);
            }
            List<String> n = new ArrayList<>();
            n.add(Objects.toString(p.get("name"), ""));
            n.addAll(strings(p.get("variants")));
            return n;
        };
        java.util.function.Function<String, List<String>> goldNames = name -> {
            for (Map<String, Object> s : goldSubjects) {
                List<String> aliases = strings(s.get("aliases"));
                if (NameMatch.samePerson(str(s, "name"), name) || aliases.stream().anyMatch(a -> NameMatch.samePerson(a, name))) {
                    List<String> n = new ArrayList<>();
                    n.add(str(s, "name"));
                    n.addAll(aliases);
                    return n;
                }
            }
            return List.of(name);
        };

        // subjects
        List<String> optional = strings(gold.get("optional_subjects"));
        List<Map<String, Object>> preds = new ArrayList<>();
        for (Map<String, Object> p : persons.values().stream().toList()) {
            if (Boolean.TRUE.equals(p.get("subject")) && !NameMatch.anySame(List.of(Objects.toString(p.get("name"), "")), optional)) {
                preds.add(p);
            }
        }
        preds.sort(java.util.Comparator.comparingInt(p -> order(out, p)));
        Set<Integer> used = new HashSet<>();
        Tally t = sc.tallies.get("subjects");
        for (Map<String, Object> p : preds) {
            List<String> pn = new ArrayList<>();
            pn.add(Objects.toString(p.get("name"), ""));
            pn.addAll(strings(p.get("variants")));
            Integer hit = null;
            for (int i = 0; i < goldSubjects.size(); i++) {
                Map<String, Object> g = goldSubjects.get(i);
                List<String> gn = new ArrayList<>();
                gn.add(str(g, "name"));
                gn.addAll(strings(g.get("aliases")));
                if (!used.contains(i) && NameMatch.anySame(pn, gn)) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                sc.log.add("  subject FP: " + p.get("name"));
            } else {
                used.add(hit);
                t.tp++;
            }
        }
        for (int i = 0; i < goldSubjects.size(); i++) {
            if (!used.contains(i)) {
                sc.log.add("  subject FN: " + str(goldSubjects.get(i), "name"));
            }
        }
        t.predicted += preds.size();
        t.gold += goldSubjects.size();

        // sentences
        List<Map<String, Object>> psent = list(out, "sentences");
        used.clear();
        t = sc.tallies.get("sentences");
        for (Map<String, Object> g : list(gold, "sentences")) {
            List<String> gn = goldNames.apply(str(g, "person"));
            Integer hit = null;
            for (int j = 0; j < psent.size() && hit == null; j++) {
                Map<String, Object> s = psent.get(j);
                if (!used.contains(j) && Objects.equals(str(s, "kind"), str(g, "kind"))
                        && Objects.equals(termKey(str(s, "term")), termKey(str(g, "term")))
                        && NameMatch.anySame(namesOf.apply(str(s, "person")), gn)) {
                    hit = j;
                }
            }
            if (hit == null) {
                sc.log.add("  sentence FN: " + str(g, "person") + " " + str(g, "kind") + " " + str(g, "term") + " " + str(g, "date"));
                continue;
            }
            used.add(hit);
            t.tp++;
            if (str(g, "date") != null) {
                t.detailsN++;
                boolean ok = Objects.equals(str(g, "date"), str(psent.get(hit), "date"));
                t.detailsOk += ok ? 1 : 0;
                if (!ok) {
                    sc.log.add("  sentence date: " + str(g, "person") + " gold " + str(g, "date") + " got " + str(psent.get(hit), "date"));
                }
            }
        }
        for (int j = 0; j < psent.size(); j++) {
            if (!used.contains(j)) {
                Map<String, Object> s = psent.get(j);
                List<String> n = namesOf.apply(str(s, "person"));
                sc.log.add("  sentence FP: " + (n.isEmpty() ? "" : n.get(0)) + " " + str(s, "kind") + " " + str(s, "term") + " " + str(s, "date"));
            }
        }
        t.predicted += psent.size();
        t.gold += list(gold, "sentences").size();

        // appeals
        List<Map<String, Object>> papp = list(out, "appeals");
        used.clear();
        t = sc.tallies.get("appeals");
        for (Map<String, Object> g : list(gold, "appeals")) {
            List<String> gn = new ArrayList<>();
            for (String p : strings(g.get("persons"))) {
                gn.addAll(goldNames.apply(p));
            }
            Integer hit = null;
            for (int j = 0; j < papp.size() && hit == null; j++) {
                Map<String, Object> a = papp.get(j);
                List<String> pn = new ArrayList<>();
                for (String pid : strings(a.get("persons"))) {
                    pn.addAll(namesOf.apply(pid));
                }
                if (!used.contains(j) && NameMatch.anySame(pn, gn) && dateAgrees(str(g, "date"), str(a, "date"))) {
                    hit = j;
                }
            }
            if (hit == null) {
                sc.log.add("  appeal FN: " + strings(g.get("persons")) + " " + str(g, "date") + " " + str(g, "outcome"));
                continue;
            }
            used.add(hit);
            t.tp++;
            t.detailsN++;
            boolean ok = Objects.equals(str(papp.get(hit), "outcome"), str(g, "outcome"));
            t.detailsOk += ok ? 1 : 0;
            if (!ok) {
                sc.log.add("  appeal outcome: " + strings(g.get("persons")) + " gold " + str(g, "outcome") + " got " + str(papp.get(hit), "outcome"));
            }
        }
        for (int j = 0; j < papp.size(); j++) {
            if (!used.contains(j)) {
                sc.log.add("  appeal FP: " + strings(papp.get(j).get("persons")) + " " + str(papp.get(j), "date") + " " + str(papp.get(j), "outcome"));
            }
        }
        t.predicted += papp.size();
        t.gold += list(gold, "appeals").size();

        // UN rulings
        List<Map<String, Object>> prul = list(out, "un_rulings");
        used.clear();
        t = sc.tallies.get("un_rulings");
        for (Map<String, Object> g : list(gold, "un_rulings")) {
            List<String> gn = goldNames.apply(str(g, "person"));
            Integer hit = null;
            for (int j = 0; j < prul.size() && hit == null; j++) {
                Map<String, Object> r = prul.get(j);
                if (!used.contains(j) && Objects.equals(str(r, "body"), str(g, "body"))
                        && NameMatch.anySame(namesOf.apply(str(r, "person")), gn)) {
                    hit = j;
                }
            }
            if (hit == null) {
                sc.log.add("  UN ruling FN: " + str(g, "person") + " " + str(g, "body") + " " + str(g, "date"));
                continue;
            }
            used.add(hit);
            t.tp++;
            if (str(g, "date") != null) {
                t.detailsN++;
                t.detailsOk += dateAgrees(str(g, "date"), str(prul.get(hit), "date")) ? 1 : 0;
            }
        }
        for (int j = 0; j < prul.size(); j++) {
            if (!used.contains(j)) {
                List<String> n = namesOf.apply(str(prul.get(j), "person"));
                sc.log.add("  UN ruling FP: " + (n.isEmpty() ? "" : n.get(0)) + " " + str(prul.get(j), "body") + " " + str(prul.get(j), "date"));
            }
        }
        t.predicted += prul.size();
        t.gold += list(gold, "un_rulings").size();
        return sc;
    }

    /** Position of a person in the output's list (the script iterates persons in that order). */
    private static int order(Map<String, Object> out, Map<String, Object> p) {
        return list(out, "persons").indexOf(p);
    }
}
