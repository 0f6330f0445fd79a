package org.casetrack.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.PartialDate;

/**
 * One sentence with what the rules need: its text, dates, the people named in it (officials
 * left out) and, for pronouns, the people of the closest earlier sentence of the paragraph.
 */
final class SentenceContext {

    private static final Pattern PRONOUN = Rx.compile("(?i)\\b(he|she|him|her|his|hers|they|them|their)\\b");
    private static final Pattern GROUP = Rx.compile(
            "\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|\\d[\\d,]*)"
                    + "\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,2}(?:people|persons?|m[ae]n|wom[ae]n|workers?|protesters?|activists?|journalists?|"
                    + "members?|officials?|officers?|residents?|students?|prisoners?|detainees?|inmates?|believers?|"
                    + "leaders?|defenders?|lawyers?|bloggers?|individuals?|citizens?|demonstrators?|farmers?|"
                    + "employees?|teachers?|doctors?|child(?:ren)?|boys?|girls?|unionists?|guards?|policem[ae]n)\\b");
    private static final Pattern BOTH = Rx.compile("\\b(?:both|the two|the pair)\\b(?! (?:of|sides|countries|governments|states))");
    /** "Each also received ...": the sentence opens on the people of the one before. */
    private static final Pattern EACH = Rx.compile("^\\W*(?:each|all three|all four|all of them)\\b(?! of)");
    private static final Pattern PLURAL = Rx.compile("(?i)\\b(they|them|their)\\b");

    final String text;
    final Sentence sentence;
    final String lower;
    final Words words;
    final List<DateMention> dates;
    final List<Mention> people;
    final List<PersonRegistry.Entry> antecedents;
    final List<DateMention> antecedentDates;
    final Integer periodYear;

    SentenceContext(String text, Sentence sentence, String lower, Words words, List<DateMention> dates,
                    List<Mention> people, List<PersonRegistry.Entry> antecedents, List<DateMention> antecedentDates,
                    Integer periodYear) {
        this.text = text;
        this.sentence = sentence;
        this.lower = lower;
        this.words = words;
        this.dates = dates;
        this.people = people;
        this.antecedents = antecedents;
        this.antecedentDates = antecedentDates;
        this.periodYear = periodYear;
    }

    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    /** The sentence text in lower case, from an absolute offset to another. */
    String lower(int from, int to) {
        from = Math.max(from, sentence.start());
        to = Math.min(to, sentence.end());
        return from >= to ? "" : lower.substring(from - sentence.start(), to - sentence.start());
    }

    /** People named in [from, to), in order, once each. */
    List<PersonRegistry.Entry> peopleIn(int from, int to) {
        Set<PersonRegistry.Entry> out = new LinkedHashSet<>();
        for (Mention m : people) {
            if (m.start() >= from && m.end() <= to) {
                out.add(m.person());
            }
        }
        return new ArrayList<>(out);
    }

    List<PersonRegistry.Entry> allPeople() {
        return peopleIn(sentence.start(), sentence.end());
    }

    /** The people a pronoun in this sentence refers to: all of them for "they", else the first. */
    List<PersonRegistry.Entry> pronounPeople() {
        if (pronounPeople == null) {
            pronounPeople = readPronounPeople(); // asked by several rules of the sentence; depends on final fields only
        }
        return pronounPeople;
    }

    private List<PersonRegistry.Entry> pronounPeople;

    private List<PersonRegistry.Entry> readPronounPeople() {
        if (antecedents.size() >= 2 && (BOTH.matcher(lower).find() || EACH.matcher(lower).find())) {
            return antecedents.subList(0, 2); // "the court upheld both verdicts"
        }
        if (!words.hasAny("he", "she", "him", "her", "his", "hers", "they", "them", "their")) {
            return definiteAnaphor();
        }
        Matcher m = PRONOUN.matcher(lower);
        if (antecedents.isEmpty() || !m.find() || GROUP.matcher(lower.substring(0, m.start())).find()) {
            return List.of(); // "63 workers were fined for their ..." : the pronoun points inside
        }
        if (PLURAL.matcher(lower).find() && antecedents.size() > 1) {
            return antecedents;
        }
        return List.of(antecedents.get(0));
    }

    /** "the believer", "the defendants" (lexicon/anaphors.txt): the person or people named last. */
    private List<PersonRegistry.Entry> definiteAnaphor() {
        if (antecedents.isEmpty() || !words.has("the")) {
            return List.of();
        }
        Matcher m = ANAPHOR.matcher(lower);
        while (m.find()) {
            Boolean plural = Lexicon.ANAPHORS.get(m.group(1)); // "the believer"
            if (plural == null && m.group(2) != null) {
                plural = Lexicon.ANAPHORS.get(m.group(2)); // "the 45-year-old believer", "the jailed blogger"
            }
            if (plural != null) {
                return plural ? antecedents : List.of(antecedents.get(0));
            }
        }
        return List.of();
    }

    private static final Pattern ANAPHOR = Pattern.compile("\\bthe (?=([\\w-]+)(?: ([a-z]+)\\b)?)");

    /** The named people of the sentence, else those its pronouns point to. */
    List<PersonRegistry.Entry> peopleOrPronoun() {
        List<PersonRegistry.Entry> p = allPeople();
        return p.isEmpty() ? pronounPeople() : p;
    }

    /** The date closest to pos; ties go to the earlier one. */
    PartialDate dateNear(int pos) {
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : dates) {
            int dist = d.end() <= pos ? pos - d.end() : Math.max(0, d.start() - pos);
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best == null ? null : best.date();
    }

    /** The last date in [from, to), or null. */
    PartialDate lastDateIn(int from, int to) {
        PartialDate out = null;
        for (DateMention d : dates) {
            if (d.start() >= from && d.end() <= to) {
                out = d.date();
            }
        }
        return out;
    }

    PartialDate periodYearDate() {
        return periodYear == null ? null : PartialDate.ofYear(periodYear);
    }
}
