package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;

/** Other dated steps of a case: arrests, detentions, charges, trials, releases, transfers, attacks... */
final class EventFinder {

    record Found(List<PersonRegistry.Entry> persons, EventType type, PartialDate date, String summary, int cue) {
    }

    private static final Object[][] CUES = {
            {Pattern.compile("\\b(?:released on parole|paroled|parole)\\b"), EventType.PAROLE},
            {Pattern.compile("\\bextradit\\w*"), EventType.EXTRADITION},
            {Pattern.compile("\\btransferred\\b"), EventType.TRANSFER},
            {Pattern.compile("\\b(?:arrested|apprehended)\\b"), EventType.ARREST},
            {Pattern.compile("\\b(?:detained|jailed|remanded|taken into custody)\\b"), EventType.DETENTION},
            {Pattern.compile("\\b(?:charged|indicted|brought (?:\\w+ ){0,2}charges|charges against)\\b"), EventType.CHARGE},
            {Pattern.compile("\\b(?:on trial|trial (?:began|started|opened)|went on trial|stood trial)\\b"), EventType.TRIAL},
            {Pattern.compile("\\b(?:convicted|found (?:\\w+ ){0,6}guilty|sentenced)\\b"), EventType.CONVICTION},
            {Pattern.compile("\\b(?:released|freed|pardoned|amnestied)\\b"), EventType.RELEASE},
            {Pattern.compile("\\b(?:attacked|stabbed|beaten|beat|assaulted|tortured|abducted|kidnapped)\\b"), EventType.ATTACK},
            {Pattern.compile("\\bhearing\\b"), EventType.HEARING},
    };

    private EventFinder() {
    }

    static List<Found> find(SentenceContext c, boolean penaltyFound) {
        List<Found> out = new ArrayList<>();
        List<PersonRegistry.Entry> persons = c.peopleOrPronoun();
        if (persons.isEmpty()) {
            return out;
        }
        for (Object[] cue : CUES) {
            EventType type = (EventType) cue[1];
            if (type == EventType.CONVICTION && penaltyFound) {
                continue;
            }
            Matcher m = ((Pattern) cue[0]).matcher(c.lower);
            if (!m.find()) {
                continue;
            }
            int pos = c.start() + m.start();
            PartialDate date = c.dateNear(pos);
            if (date == null) {
                continue; // a timeline entry needs a date
            }
            out.add(new Found(persons, type, date, summary(c, pos), pos));
            if (type == EventType.PAROLE) {
                break;
            }
        }
        return out;
    }

    /** The clause around the cue, at most about 100 characters. */
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
            from++; // do not start inside a word
        }
        while (to < c.end() && to > pos && Character.isLetterOrDigit(t.charAt(to))) {
            to--; // nor end inside one
        }
        String s = t.substring(from, to).replace('\n', ' ').trim();
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
