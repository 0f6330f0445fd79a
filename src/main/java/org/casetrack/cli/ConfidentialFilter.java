package org.casetrack.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.dataset.DataSet;

/**
 * Leaves confidential records out of a bulk export: confidential persons and cases, every
 * record about them, and confidential facts. Schedule decisions name facts by their
 * position in the file, so those positions are renumbered (or the decision dropped) to
 * keep pointing at the same facts.
 */
final class ConfidentialFilter {

    private static final Pattern FILE_REF = Pattern.compile("\\b(sentence|appeal|un_ruling|event|user):#(\\d+)\\b|\\bperson:@([^:]+)");

    /** The filtered data and how many records were left out. */
    record Result(DataSet data, int leftOut) {
    }

    private ConfidentialFilter() {
    }

    static Result strip(DataSet d) {
        Set<String> persons = new HashSet<>();
        d.persons().stream().filter(p -> yes(p.confidential())).forEach(p -> persons.add(p.key()));
        Set<String> cases = new HashSet<>();
        d.cases().stream().filter(c -> yes(c.confidential())).forEach(c -> cases.add(c.key()));
        Map<String, Map<Integer, Integer>> moves = new HashMap<>();
        int[] leftOut = {persons.size() + cases.size()};

        List<DataSet.CaseEntry> keptCases = d.cases().stream().filter(c -> !cases.contains(c.key()))
                .map(c -> new DataSet.CaseEntry(c.key(), c.title(), c.country(), c.jurisdiction(), c.caseNumber(), c.status(), c.summary(),
                        c.confidential(), nonNull(c.parties()).stream().filter(x -> !persons.contains(x.person())).toList(),
                        nonNull(c.charges()).stream().filter(x -> !persons.contains(x.person())).toList(), c.sources()))
                .toList();
        Predicate<String> goneP = k -> k != null && persons.contains(k);
        Predicate<String> goneC = k -> k != null && cases.contains(k);
        List<DataSet.SentenceEntry> sentences = keep(d.sentences(), "sentence", moves, leftOut,
                s -> yes(s.confidential()) || goneP.test(s.person()) || goneC.test(s.caseKey()));
        List<DataSet.AppealEntry> appeals = keep(d.appeals(), "appeal", moves, leftOut,
                a -> yes(a.confidential()) || nonNull(a.persons()).stream().anyMatch(goneP) || goneC.test(a.caseKey()));
        List<DataSet.RulingEntry> rulings = keep(d.unRulings(), "un_ruling", moves, leftOut,
                r -> yes(r.confidential()) || goneP.test(r.person()) || goneC.test(r.caseKey()));
        List<DataSet.EventEntry> events = keep(d.events(), "event", moves, leftOut,
                e -> yes(e.confidential()) || nonNull(e.persons()).stream().anyMatch(goneP) || goneC.test(e.caseKey()));
        List<DataSet.UserDeadlineEntry> user = keep(d.userDeadlines(), "user", moves, leftOut,
                u -> goneP.test(u.person()) || goneC.test(u.caseKey()));
        List<DataSet.ScheduleStateEntry> states = new ArrayList<>();
        for (DataSet.ScheduleStateEntry s : d.scheduleStates()) {
            String key = renumber(s.itemKey(), moves, persons);
            if (key != null) {
                states.add(new DataSet.ScheduleStateEntry(key, s.status(), s.overrideDate(), s.note()));
            }
        }
        List<DataSet.DesignationEntry> designations = d.designations().stream()
                .filter(g -> !yes(g.confidential()) && !goneP.test(g.person())).toList();
        leftOut[0] += d.designations().size() - designations.size();
        DataSet out = new DataSet(d.format(), d.documents(), d.persons().stream().filter(p -> !persons.contains(p.key())).toList(),
                keptCases, sentences, appeals, rulings, events, states, user, d.deadlineRules(), designations, d.settings());
        return new Result(out, leftOut[0]);
    }

    private static <T> List<T> nonNull(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static <T> List<T> keep(List<T> all, String kind, Map<String, Map<Integer, Integer>> moves, int[] leftOut, Predicate<T> drop) {
        List<T> kept = new ArrayList<>();
        Map<Integer, Integer> move = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (drop.test(all.get(i))) {
                leftOut[0]++;
            } else {
                move.put(i, kept.size());
                kept.add(all.get(i));
            }
        }
        moves.put(kind, move);
        return kept;
    }

    /** The key with its positions moved, or null when it names something left out. */
    static String renumber(String key, Map<String, Map<Integer, Integer>> moves, Set<String> persons) {
        if (key == null) {
            return null;
        }
        Matcher m = FILE_REF.matcher(key);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (m.group(3) != null) {
                if (persons.contains(m.group(3))) {
                    return null;
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
                continue;
            }
            Integer to = moves.getOrDefault(m.group(1), Map.of()).get(Integer.parseInt(m.group(2)));
            if (to == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ":#" + to));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
