package org.casetrack.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;

/** Other dated steps of a case: arrests, detentions, charges, trials, releases, transfers, attacks... */
final class EventFinder {

    record Found(List<PersonRegistry.Entry> persons, EventType type, PartialDate date, String summary) {
    }

    /** Single words that mark a step; a few two-word cues are handled in {@link #typeAt}. */
    private static final Map<String, EventType> WORDS = Map.ofEntries(
            Map.entry("parole", EventType.PAROLE), Map.entry("paroled", EventType.PAROLE),
            Map.entry("extradited", EventType.EXTRADITION), Map.entry("extradition", EventType.EXTRADITION),
            Map.entry("extradite", EventType.EXTRADITION), Map.entry("transferred", EventType.TRANSFER),
            Map.entry("arrested", EventType.ARREST), Map.entry("apprehended", EventType.ARREST),
            Map.entry("detained", EventType.DETENTION), Map.entry("jailed", EventType.DETENTION),
            Map.entry("remanded", EventType.DETENTION), Map.entry("charged", EventType.CHARGE),
            Map.entry("indicted", EventType.CHARGE), Map.entry("convicted", EventType.CONVICTION),
            Map.entry("guilty", EventType.CONVICTION), Map.entry("sentenced", EventType.CONVICTION),
            Map.entry("released", EventType.RELEASE), Map.entry("freed", EventType.RELEASE),
            Map.entry("pardoned", EventType.RELEASE), Map.entry("amnestied", EventType.RELEASE),
            Map.entry("attacked", EventType.ATTACK), Map.entry("stabbed", EventType.ATTACK),
            Map.entry("beaten", EventType.ATTACK), Map.entry("assaulted", EventType.ATTACK),
            Map.entry("tortured", EventType.ATTACK), Map.entry("abducted", EventType.ATTACK),
            Map.entry("kidnapped", EventType.ATTACK), Map.entry("hearing", EventType.HEARING));

    /** The words typeAt reads besides those of WORDS. */
    private static final List<String> TWO_WORD_CUES = List.of("released", "freed", "trial", "charges", "custody");
    private static final int SHORTEST_CUE = java.util.stream.Stream.concat(WORDS.keySet().stream(), TWO_WORD_CUES.stream())
            .mapToInt(String::length).min().orElse(0);
    private static final int LONGEST_CUE = java.util.stream.Stream.concat(WORDS.keySet().stream(), TWO_WORD_CUES.stream())
            .mapToInt(String::length).max().orElse(0);

    private EventFinder() {
    }

    static List<Found> find(SentenceContext c, boolean penaltyFound) {
        List<Found> out = new ArrayList<>();
        String l = c.lower;
        EnumSet<EventType> seen = EnumSet.noneOf(EventType.class);
        List<PersonRegistry.Entry> persons = null;
        int prevStart = 0;
        int prevEnd = 0;
        int i = 0;
        int n = l.length();
        while (i < n) {
            if (!Character.isLetter(l.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(l.charAt(i)) || l.charAt(i) == '-')) {
                i++;
            }
            // no cue word has another length: most words are never copied out of the sentence
            EventType type = i - s < SHORTEST_CUE || i - s > LONGEST_CUE ? null
                    : typeAt(l, l.substring(s, i), l.substring(prevStart, prevEnd), i);
            prevStart = s;
            prevEnd = i;
            if (type == null || seen.contains(type) || (type == EventType.CONVICTION && penaltyFound)
                    || (type == EventType.RELEASE && seen.contains(EventType.PAROLE))) {
                continue;
            }
            if (persons == null) {
                persons = c.peopleOrPronoun();
                if (persons.isEmpty()) {
                    return out;
                }
            }
            int pos = c.start() + s;
            PartialDate date = c.dateNear(pos);
            if (date == null) {
                continue; // a timeline entry needs a date
            }
            seen.add(type);
            out.add(new Found(persons, type, date, summary(c, pos)));
        }
        return out;
    }

    /** The step a word marks, looking at its neighbours for the two-word cues. */
    private static EventType typeAt(String l, String w, String prev, int end) {
        switch (w) {
            case "released", "freed":
                return l.startsWith(" on parole", end) ? EventType.PAROLE
                        : l.contains("parole") ? null : EventType.RELEASE;
            case "trial":
                return prev.equals("on") || prev.equals("stood") || l.startsWith(" began", end)
                        || l.startsWith(" started", end) || l.startsWith(" opened", end) ? EventType.TRIAL : null;
            case "charges":
                return prev.equals("brought") || l.startsWith(" against", end) ? EventType.CHARGE : null;
            case "custody":
                return prev.equals("into") ? EventType.DETENTION : null;
            default:
                return WORDS.get(w);
        }
    }

    /** The clause around the cue, at most about 120 characters, cut at word ends. */
    private static String summary(SentenceContext c, int pos) {
        String t = c.text;
        int from = pos;
        while (from > c.start() && ",;:".indexOf(t.charAt(from - 1)) < 0 && pos - from < 60) {
            from--;
        }
        int to = pos;
        while (to < c.end() && ",;:".indexOf(t.charAt(to)) < 0 && to - pos < 60) {
            to++;
        }
        while (from > c.start() && from < pos && Character.isLetterOrDigit(t.charAt(from - 1))) {
            from++;
        }
        while (to < c.end() && to > pos && Character.isLetterOrDigit(t.charAt(to))) {
            to--;
        }
        String s = t.substring(from, to).replace('\n', ' ').trim();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
