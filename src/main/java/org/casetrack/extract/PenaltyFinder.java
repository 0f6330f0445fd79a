package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.RuleTable;
import org.casetrack.model.PartialDate;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;

/**
 * Penalties in one sentence: a length of time that a sentencing word qualifies ("two years'
 * imprisonment", "a seven-year suspended sentence", "15 days' administrative detention",
 * "restricted his freedom of movement for three years"), fines and forced psychiatric
 * treatment, each given to the people named before it in the sentence ("X to six years
 * and his son Y to five", "five and three days respectively"), or to the people a pronoun
 * points to. Durations served, statutory maximums and ages are not penalties.
 */
final class PenaltyFinder {

    /**
     * One penalty; {@code via} says how its person was found: "named" (before the penalty in
     * its clause), "named-after", "list-after", "earlier-term" (the people of the previous term
     * of the sentence), "clause-pronoun" or "pronoun" (the people of an earlier sentence).
     */
    record Found(PersonRegistry.Entry person, SentenceKind kind, Term term, PartialDate date, List<String> charges,
                 boolean fromPronoun, String via) {
        Found(PersonRegistry.Entry person, SentenceKind kind, Term term, PartialDate date, List<String> charges,
              boolean fromPronoun) {
            this(person, kind, term, date, charges, fromPronoun, fromPronoun ? "pronoun" : "named");
        }
    }

    /** The phrasings of penalties, one section per rule (rules/penalties.txt); read before every pattern below. */
    private static final RuleTable RULES = RuleTable.load("penalties.txt");

    /** Words right before a length of time that make it no penalty imposed ("up to", "served", "the past"). */
    private static final String[] NOT_IMPOSED_BEFORE = RULES.words("not-imposed-before").toArray(String[]::new);
    private static final Pattern SERVED = Rx.compile(RULES.regex("served"));
    private static final Pattern SERVED_PART = Rx.compile(RULES.regex("served-part"));
    private static final Pattern SERVING_BEFORE = Rx.compile(RULES.regex("serving-before"));
    private static final Pattern NOT_IMPOSED_AFTER = Rx.compile(RULES.regex("not-imposed-after"));
    private static final Pattern SUSPENDED = Rx.compile(RULES.regex("suspended"));
    private static final Pattern RESTRICTED_AFTER = Rx.compile(RULES.regex("restricted-after"));
    private static final Pattern RESTRICTED_BEFORE = Rx.compile(RULES.regex("restricted-before"));
    private static final Pattern ADMIN = Rx.compile(RULES.regex("admin"));
    private static final Pattern PRISON_AFTER = Rx.compile(RULES.regex("prison-after"));
    private static final Pattern PRISON_BEFORE = Rx.compile(RULES.regex("prison-before"));
    /** "Her co-defendant received 16 years": receiving a bare length of time is a prison term. */
    private static final Pattern RECEIVED_BEFORE = Rx.compile(RULES.regex("received-before"));
    private static final Pattern OTHER_AFTER = Rx.compile(RULES.regex("other-after"));
    private static final Pattern FINE = Rx.compile(RULES.regex("fine"));
    private static final Pattern SUSPENDED_BEFORE = Rx.compile(RULES.regex("suspended-before"));
    private static final Pattern FOR_END = Rx.compile("\\bfor\\s+$");
    private static final Pattern ADMIN_START = Rx.compile(RULES.regex("admin-start"));
    private static final Pattern COORDINATION = Rx.compile("(?:['\u2019]s?)?\\s*(?:,|,?\\s+and|,?\\s+as well as)\\s+(?:[a-z-]+\\s+){0,3}");
    private static final Pattern AMOUNT = Rx.compile(RULES.regex("amount"));
    private static final Pattern TERMLESS = Rx.compile(RULES.regex("termless"));
    private static final Pattern TERMLESS_EARLIER = Rx.compile(RULES.regex("termless-earlier"));
    private static final Pattern OF_AFTER = Rx.compile("\\s+(?:of|for|against)\\s+(?:(?:the\\s+)?[a-z-]+\\s+)??");
    private static final Pattern PSYCHIATRIC = Rx.compile(RULES.regex("psychiatric"));
    private static final Pattern CHARGE_QUOTED = Rx.compile(RULES.regex("charge-quoted"));
    private static final Pattern CHARGE_ON = Rx.compile(RULES.regex("charge-on"));
    private static final Pattern CHARGE_OF = Rx.compile(RULES.regex("charge-of"));

    private PenaltyFinder() {
    }

    static List<Found> find(SentenceContext c, List<TermMention> terms, boolean upheld, PartialDate appealDate) {
        List<Found> out = new ArrayList<>();
        boolean fine = c.words.hasAny("fined", "fine", "fines", "fining");
        boolean psychiatric = c.words.has("psychiatric");
        boolean termless = c.words.hasAny("life", "death", "suspended", "conditional");
        if (terms.isEmpty() && !fine && !psychiatric && !termless) {
            return out;
        }
        if (terms.size() > 1 && c.words.has("respectively")) {
            terms = respectively(c, terms);
        }
        List<String> charges = List.of(); // filled in at the end, only when a penalty was found
        int anchor = c.start();
        List<PersonRegistry.Entry> lastGroup = List.of();
        boolean lastFromPronoun = false;
        SentenceKind lastKind = null;
        for (int t = 0; t < terms.size(); t++) {
            TermMention tm = terms.get(t);
            int nextStart = t + 1 < terms.size() ? terms.get(t + 1).start() : c.end();
            SentenceKind kind = kind(c, tm, nextStart);
            if (kind == null) {
                kind = elliptical(c, tm, lastKind);
            }
            if (kind == null) {
                continue;
            }
            lastKind = kind;
            List<PersonRegistry.Entry> listed = listAfter(c, tm.end(), nextStart); // read once: its pattern backtracks
            if (listed.isEmpty() && FOR_GROUP.matcher(c.lower(tm.end(), tm.end() + 60)).find()) {
                anchor = tm.end(); // "1.5-year suspended sentences for four minors": an unnamed group
                continue;
            }
            int clause = lastClauseBreak(c, anchor, tm.start());
            List<PersonRegistry.Entry> group = c.peopleIn(Math.max(clause, lastSentencingVerb(c, anchor, tm.start())), tm.start());
            String via = "named";
            if (group.isEmpty() && clause > anchor) {
                group = pronounInClause(c, clause, tm.start()); // "X said her client Y's trial was unfair; he was sentenced"
                via = "clause-pronoun";
            }
            boolean pronoun = false;
            if (!listed.isEmpty()) {
                group = listed;
                via = "list-after";
            }
            if (group.isEmpty()) {
                group = lastGroup;
                pronoun = lastFromPronoun;
                via = pronoun ? "pronoun" : "earlier-term";
            }
            if (group.isEmpty()) {
                group = coordinatedAfter(c, tm.end());
                via = "named-after";
            }
            if (group.isEmpty()) {
                group = c.pronounPeople();
                pronoun = true;
                via = "pronoun";
            }
            if (group.isEmpty() && THE_SENTENCE.matcher(c.lower).find()) {
                group = c.antecedents; // "The sentence was later reduced to seven years.": dated only by its own sentence
                pronoun = false;
                via = "pronoun";
            }
            // a sentence an appeal court upheld was imposed earlier (date unknown here); one it
            // imposed itself dates from the appeal ruling
            // and one someone served or completed, too: "released on 2 May after serving his four-year term"
            boolean earlier = upheld || servingBefore(c, tm);
            PartialDate told = earlier ? null : nearestInClause(c, anchor, tm);
            PartialDate date = earlier ? toldWithVerb(c, anchor, tm) : laterThan(c, told, tm);
            if (!earlier && date == null && told == null) { // "two weeks later": no date rather than the earlier one
                date = appealDate != null && anchor > c.start() ? appealDate : dateFor(c, anchor, tm.start(), pronoun);
            }
            assign(out, group, tm.values(), kind, date, charges, pronoun, via);
            anchor = tm.end();
            lastGroup = group;
            lastFromPronoun = pronoun;
        }
        Matcher f = FINE.matcher(c.text).region(c.start(), c.end());
        if (fine && f.find() && (f.group().equalsIgnoreCase("fined") || amountFine(c, f.group()) || AMOUNT.matcher(c.lower).find())) {
            List<PersonRegistry.Entry> group = c.peopleIn(c.start(), f.start());
            boolean pronoun = false;
            if (group.isEmpty()) {
                group = coordinatedAfter(c, f.end()); // "a court fined the editor X ..."
            }
            if (group.isEmpty()) {
                group = c.pronounPeople();
                pronoun = true;
            }
            PartialDate date = dateFor(c, c.start(), f.start(), pronoun);
            for (PersonRegistry.Entry p : group) {
                out.add(new Found(p, SentenceKind.FINE, null, date, charges, pronoun));
            }
        }
        if (termless && out.stream().noneMatch(x -> x.term() == null || x.kind() == SentenceKind.SUSPENDED_SENTENCE)) {
            termless(c, out);
        }
        Matcher p = PSYCHIATRIC.matcher(c.text).region(c.start(), c.end());
        if (psychiatric && p.find()) {
            List<PersonRegistry.Entry> group = c.peopleIn(c.start(), c.end());
            boolean pronoun = false;
            if (group.isEmpty()) {
                group = c.pronounPeople();
                pronoun = true;
            }
            boolean hasTerm = out.stream().anyMatch(x -> x.kind() == SentenceKind.FORCED_PSYCHIATRIC_TREATMENT);
            if (!hasTerm) {
                PartialDate date = dateFor(c, c.start(), p.start(), pronoun);
                for (PersonRegistry.Entry e : group) {
                    out.add(new Found(e, SentenceKind.FORCED_PSYCHIATRIC_TREATMENT, null, date, charges, pronoun));
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        List<String> found = charges(c);
        List<Found> withCharges = new ArrayList<>(out.size());
        for (Found x : out) {
            withCharges.add(new Found(x.person(), x.kind(), x.term(), x.date(), found, x.fromPronoun(), x.via()));
        }
        return withCharges;
    }

    private static final String[] FINE_IMPOSED = RULES.words("fine-imposed").toArray(String[]::new);

    /** "a 46,000-ruble fine" in a sentence that gives a penalty: the amount makes it a fine imposed. */
    private static boolean amountFine(SentenceContext c, String cue) {
        char first = cue.charAt(0);
        return !Character.isLetter(first) && c.words.hasAny(FINE_IMPOSED);
    }

    private static final Pattern TERM_JOIN = Rx.compile("^(?:,\\s*|\\s+)(?:and\\s+|or\\s+)?$|^['\u2019]?\\s*(?:,\\s*)?(?:and|or)\\s+$");

    /**
     * "six and four years, respectively": terms joined by "and" or commas
     * in a sentence that says "respectively" are one list of values, one for each person.
     */
    private static List<TermMention> respectively(SentenceContext c, List<TermMention> terms) {
        List<TermMention> out = new ArrayList<>();
        TermMention cur = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            TermMention n = terms.get(i);
            String between = c.text.substring(cur.end(), n.start());
            if (TERM_JOIN.matcher(between).matches() && n.values().size() == 1) {
                List<Term> values = new ArrayList<>(cur.values());
                values.addAll(n.values());
                cur = new TermMention(cur.start(), n.end(), List.copyOf(values), n.unit());
            } else {
                out.add(cur);
                cur = n;
            }
        }
        out.add(cur);
        return out;
    }

    /** "... sentences for three co-defendants", "terms of two others": a group nobody is named in. */
    private static final Pattern FOR_GROUP = Rx.compile(RULES.regex("for-group"));
    /** A penalty asked for, owed or feared is not one imposed: "prosecutors sought seven years", "should have received". */
    private static final Pattern REQUESTED = Rx.compile(RULES.regex("requested"));

    /** "the sentence", "the prison term" of the people named just before. */
    private static final Pattern THE_SENTENCE = Rx.compile(RULES.regex("the-sentence"));

    // "; he was", "; and two weeks later she was": a short time phrase may stand before the pronoun
    private static final Pattern CLAUSE_PRONOUN = Rx.compile(
            "^\\W*(?:and\\s+|but\\s+)?(?:(?:[\\w-]+\\s+){0,3}(?:later|afterwards|then|thereafter),?\\s+)?(he|she|they)\\b");

    private static final Pattern CLAUSE_OBJECT = Rx.compile(
            "\\b(?:sentenced|jailed|convicted|handed|gave|fined)\\s+(him|her|them)\\b");

    /** Just after the last semicolon between from and to, or from when there is none. */
    private static int lastClauseBreak(SentenceContext c, int from, int to) {
        for (int k = to - 1; k >= from; k--) { // bounded by from: a whole-text look-back made long texts quadratic
            if (c.text.charAt(k) == ';') {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * The people a clause's leading pronoun stands for: the last person named before the
     * clause for "he"/"she", everyone named before it for "they"; none without such a pronoun.
     */
    private static List<PersonRegistry.Entry> pronounInClause(SentenceContext c, int clause, int termStart) {
        String lowerClause = c.text.substring(clause, termStart).toLowerCase(java.util.Locale.ROOT);
        Matcher m = CLAUSE_PRONOUN.matcher(lowerClause);
        if (!m.find()) {
            m = CLAUSE_OBJECT.matcher(lowerClause); // "...; in October a court sentenced her to six years"
            if (!m.find()) {
                return List.of();
            }
        }
        List<PersonRegistry.Entry> before = c.peopleIn(c.start(), clause);
        if (before.isEmpty()) {
            return List.of();
        }
        if (m.group(1).equals("they") || m.group(1).equals("them")) {
            return before;
        }
        PersonRegistry.Entry last = null;
        int lastEnd = -1;
        for (Mention men : c.people) {
            if (men.end() <= clause && men.end() > lastEnd) {
                last = men.person();
                lastEnd = men.end();
            }
        }
        return last == null ? List.of() : List.of(last);
    }

    private static final Pattern SENTENCING_VERB = Rx.compile(RULES.regex("sentencing-verb"));

    /**
     * Where the people of a term start: after the last sentencing verb before it when someone is
     * named between that verb and the term ("fined X ... and sentenced his brother, Y, to 15
     * days" gives the days to Y alone), else at the anchor.
     */
    private static int lastSentencingVerb(SentenceContext c, int anchor, int termStart) {
        Matcher m = SENTENCING_VERB.matcher(c.lower);
        int from = anchor;
        while (m.find()) {
            int at = c.start() + m.start();
            if (at >= termStart) {
                break;
            }
            if (at > anchor && !c.peopleIn(at, termStart).isEmpty() && !c.peopleIn(anchor, at).isEmpty()) {
                from = at;
            }
        }
        return from;
    }

    private static boolean notImposedBefore(String before) {
        String b = before.stripTrailing();
        for (String article : new String[] {" a", " an", " the"}) {
            if (b.endsWith(article)) {
                b = b.substring(0, b.length() - article.length()).stripTrailing();
                break;
            }
        }
        for (String p : NOT_IMPOSED_BEFORE) {
            if (b.endsWith(p) && (b.length() == p.length() || !Character.isLetter(b.charAt(b.length() - p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FOR_LIST = Rx.compile(RULES.regex("for-list"));

    /**
     * "upheld the 18-year sentences for four other defendants \u2014 A, B; C; and D": a dash
     * or colon after the term opens the list of the people it was given to.
     */
    private static List<PersonRegistry.Entry> listAfter(SentenceContext c, int termEnd, int nextStart) {
        String after = c.text.substring(termEnd, Math.min(c.end(), termEnd + 200));
        Matcher m = FOR_LIST.matcher(after);
        if (!m.find()) {
            return List.of();
        }
        int from = termEnd + m.end();
        return c.peopleIn(from, Math.max(from, nextStart));
    }

    /** The first person named after pos and those joined to them by "and" or commas ("X, Y and journalist Z"). */
    private static List<PersonRegistry.Entry> coordinatedAfter(SentenceContext c, int pos) {
        List<PersonRegistry.Entry> out = new ArrayList<>();
        Mention prev = null;
        for (Mention m : c.people) {
            if (m.start() < pos) {
                continue;
            }
            if (prev != null) {
                String between = c.text.substring(prev.end(), m.start());
                if (!COORDINATION.matcher(between).matches()) {
                    break;
                }
            }
            if (!out.contains(m.person())) {
                out.add(m.person());
            }
            prev = m;
        }
        return out;
    }

    private static boolean servingBefore(SentenceContext c, TermMention tm) {
        int end = tm.start() - c.start();
        return SERVING_BEFORE.matcher(c.lower.substring(Math.max(0, end - 40), end)).find();
    }

    /** Penalties stated without a length: life imprisonment, death, a suspended sentence. */
    private static void termless(SentenceContext c, List<Found> out) {
        if (!c.words.hasAny("life", "death", "suspended", "conditional")) {
            return;
        }
        Matcher m = TERMLESS.matcher(c.lower);
        if (!m.find() || REQUESTED.matcher(c.lower.substring(Math.max(0, m.start() - 60), m.start())).find()) {
            return;
        }
        SentenceKind kind = m.group(1) != null ? SentenceKind.IMPRISONMENT
                : m.group(2) != null ? SentenceKind.OTHER : SentenceKind.SUSPENDED_SENTENCE;
        if (kind == SentenceKind.SUSPENDED_SENTENCE && !out.isEmpty()) {
            return; // "a two-year suspended sentence" was read with its term
        }
        int pos = c.start() + (m.start(1) >= 0 ? m.start(1) : m.start(2) >= 0 ? m.start(2) : m.start(3));
        List<PersonRegistry.Entry> group = c.peopleIn(c.start(), pos);
        boolean pronoun = false;
        if (group.isEmpty()) {
            Matcher of = OF_AFTER.matcher(c.lower).region(m.end(), c.lower.length());
            if (of.lookingAt()) {
                // "upheld the life sentence of journalist X": the one named right after it
                group = c.peopleIn(c.start() + of.end(), c.start() + Math.min(c.lower.length(), of.end() + 40));
                group = group.isEmpty() ? group : group.subList(0, 1);
            }
        }
        if (group.isEmpty()) {
            group = c.pronounPeople();
            pronoun = true;
        }
        // a sentence someone is serving, or one a court upheld, was imposed earlier: the sentence's date is not its date
        boolean earlier = TERMLESS_EARLIER.matcher(c.lower).region(m.start(), c.lower.length()).lookingAt();
        PartialDate date = earlier ? null : dateFor(c, c.start(), pos, pronoun);
        for (PersonRegistry.Entry e : group) {
            out.add(new Found(e, kind, null, date, List.of(), pronoun));
        }
    }

    private static void assign(List<Found> out, List<PersonRegistry.Entry> group, List<Term> values, SentenceKind kind,
                               PartialDate date, List<String> charges, boolean pronoun, String via) {
        if (group.isEmpty()) {
            return;
        }
        if (values.size() > 1 && group.size() >= values.size()) {
            // "X and Y ... to five and three days respectively"
            List<PersonRegistry.Entry> last = group.subList(group.size() - values.size(), group.size());
            for (int i = 0; i < values.size(); i++) {
                out.add(new Found(last.get(i), kind, values.get(i), date, charges, pronoun, via + "+respectively"));
            }
            return;
        }
        for (PersonRegistry.Entry p : group) {
            out.add(new Found(p, kind, values.get(0), date, charges, pronoun, via));
        }
    }

    /** "the next day", "three days later", "two weeks later" between a date and the term. */
    private static final Pattern LATER = Rx.compile(
            "\\b(?:(the next|the following|a|one|two|three|four|five|six|seven|\\d{1,2}) (day|days|week|weeks|month|months) later"
                    + "|the (?:next|following) (day|week|month))\\b");

    /**
     * A date told before "the next day" or "two weeks later" is not the penalty's own: a day
     * precise date moves by the days said; anything longer or vaguer leaves no date rather
     * than a wrong one.
     */
    private static PartialDate laterThan(SentenceContext c, PartialDate date, TermMention tm) {
        if (date == null) {
            return null;
        }
        DateMention told = null;
        for (DateMention d : c.dates) {
            if (d.end() <= tm.start() && d.date().equals(date) && (told == null || d.end() > told.end())) {
                told = d;
            }
        }
        if (told == null) {
            return date;
        }
        Matcher m = LATER.matcher(c.lower(told.end(), tm.start()));
        if (!m.find()) {
            return date;
        }
        String unit = m.group(2) != null ? m.group(2) : m.group(3);
        if (!unit.startsWith("day") || date.precision() != org.casetrack.model.DatePrecision.DAY) {
            return null;
        }
        String n = m.group(1) == null ? "one" : m.group(1);
        Integer days = n.startsWith("the ") || n.equals("a") ? Integer.valueOf(1) : NumberWords.parse(n);
        if (days == null) {
            return null;
        }
        return PartialDate.of(date.earliest().plusDays(days));
    }

    /**
     * The date of the clause of the term: the last one between the previous penalty and this one, or
     * one right after the term with no comma between ("jailed for 10 days in 2012"), whichever is nearer.
     */
    private static PartialDate nearestInClause(SentenceContext c, int anchor, TermMention tm) {
        DateMention before = null;
        DateMention after = null;
        for (DateMention d : c.dates) {
            if (d.start() >= anchor && d.end() <= tm.start()) {
                if (!SINCE.matcher(c.lower(Math.max(c.start(), d.start() - 12), d.start())).find()) {
                    before = d; // "held since 2019": the start of a detention, not the sentencing
                }
            } else if (after == null && d.start() >= tm.end() && d.start() - tm.end() <= 60) {
                String between = c.text.substring(tm.end(), d.start());
                if (between.indexOf(',') < 0 && between.indexOf(';') < 0) {
                    after = d;
                }
            }
        }
        if (after != null && (before == null || after.start() - tm.end() < tm.start() - before.end())) {
            return after.date();
        }
        return before == null ? null : before.date();
    }

    private static final Pattern SINCE = Pattern.compile(RULES.regex("since"));
    private static final Pattern SENTENCED_ON = Pattern.compile(RULES.regex("sentenced-on"));

    /** In an upheld sentence, only a date told with the sentencing verb ("sentenced in 2022 to ..."). */
    private static PartialDate toldWithVerb(SentenceContext c, int anchor, TermMention tm) {
        PartialDate found = null;
        for (DateMention d : c.dates) {
            if (d.start() >= anchor && d.end() <= tm.start()
                    && SENTENCED_ON.matcher(c.lower(Math.max(c.start(), d.start() - 30), d.start())).find()) {
                found = d.date();
            }
        }
        return found;
    }

    private static PartialDate dateFor(SentenceContext c, int from, int pos, boolean pronoun) {
        PartialDate d = c.lastDateIn(from, pos);
        if (d == null) {
            d = c.dateNear(pos);
        }
        if (d == null && pronoun && !c.antecedentDates.isEmpty()) {
            d = c.antecedentDates.get(c.antecedentDates.size() - 1).date();
        }
        return d;
    }

    /** The kind of penalty a length of time describes, or null when it is no penalty. */
    static SentenceKind kind(SentenceContext c, TermMention tm, int nextStart) {
        String before = c.lower(tm.start() - 70, tm.start());
        String after = c.lower(tm.end(), Math.min(nextStart, tm.end() + 70));
        int semi = after.indexOf(';');
        if (semi >= 0) {
            after = after.substring(0, semi);
        }
        if (notImposedBefore(before) || NOT_IMPOSED_AFTER.matcher(after).find() || REQUESTED.matcher(before).find()) {
            return null;
        }
        if (SERVED.matcher(before).find() && SERVED_PART.matcher(after).find()) {
            return null; // "served four years of a seven-year sentence": time served, not a penalty
        }
        String near = after.length() > 45 ? after.substring(0, 45) : after;
        String nearBefore = before.length() > 30 ? before.substring(before.length() - 30) : before;
        if (near.contains("psychiatric")) {
            return SentenceKind.FORCED_PSYCHIATRIC_TREATMENT;
        }
        if ((PROBATION_AFTER_PRISON.matcher(nearBefore(before, 70)).find() || PROBATION_AFTER_TERM.matcher(nearBefore(before, 40)).find())
                && PROBATION_ONLY.matcher(near).matches()) {
            return SentenceKind.RESTRICTED_FREEDOM; // "eight years in prison and three years' probation": supervision after release
        }
        if (SUSPENDED.matcher(near).find() || SUSPENDED_BEFORE.matcher(nearBefore).find()) {
            return SentenceKind.SUSPENDED_SENTENCE;
        }
        if (RESTRICTED_AFTER.matcher(near).find() || HOUSE_ARREST_AFTER.matcher(near).find()
                || TRAVEL_BAN.matcher(near).find() || TRAVEL_BAN_BEFORE.matcher(nearBefore(before, 60)).find()) {
            return SentenceKind.RESTRICTED_FREEDOM;
        }
        if (OTHER_BEFORE.matcher(nearBefore(before, 70)).find() || OTHER_BAN_AFTER.matcher(near).find()) {
            return SentenceKind.OTHER; // deprivation of rights, a ban on an activity
        }
        if (RESTRICTED_BEFORE.matcher(before).find() && FOR_END.matcher(before).find()) {
            return SentenceKind.RESTRICTED_FREEDOM;
        }
        if (OTHER_AFTER.matcher(after).find()) {
            return SentenceKind.OTHER;
        }
        // prison words before the term are looked for only when those after it leave it open (a slow pattern)
        boolean prison = PRISON_AFTER.matcher(after).find();
        if (tm.unit() == 'd' || ADMIN_START.matcher(near).find()) {
            boolean imposed = c.words.hasAny("sentenced", "jailed", "given", "received", "handed", "ordered", "imposed",
                    "administrative", "sentence", "sentences");
            if (imposed && (prison || prisonBefore(before) || ADMIN.matcher(near).find())) {
                return SentenceKind.ADMINISTRATIVE_DETENTION;
            }
            return null;
        }
        if (prison || prisonBefore(before)) {
            return SentenceKind.IMPRISONMENT;
        }
        return null;
    }

    private static boolean prisonBefore(String before) {
        return PRISON_BEFORE.matcher(before).find() || RECEIVED_BEFORE.matcher(before).find();
    }

    private static final Pattern NAME_TO = Rx.compile("\\p{Lu}[\\p{L}'\u2019-]*\\)?,?\\s+(?:to|for)\\s+$");
    /** "Zhang Hua (four years), Chen Mei (three years)": a length in brackets right after a name. */
    private static final Pattern NAME_PAREN = Rx.compile("\\p{Lu}[\\p{L}'\u2019-]*\\s*\\(\\s*$");
    private static final Pattern PAREN_CLOSE = Rx.compile(RULES.regex("paren-close"));
    private static final Pattern PRISON_WORD = Rx.compile(RULES.regex("prison-word"));

    /**
     * "sentenced A to six years of imprisonment, B to four years and C to three", "jailed three
     * activists: A for four years, B for three": a bare length after "NAME to/for" in a sentence
     * with a sentencing verb before it repeats the penalty of the term before (a prison term when
     * it is the first); so does "A (four years), B (three years)" in a sentence about prison terms.
     */
    private static SentenceKind elliptical(SentenceContext c, TermMention tm, SentenceKind lastKind) {
        String before = c.text.substring(Math.max(c.start(), tm.start() - 60), tm.start());
        String lowerBefore = before.toLowerCase(java.util.Locale.ROOT);
        if (NAME_PAREN.matcher(before).find() && PAREN_CLOSE.matcher(c.text.substring(tm.end(), c.end())).find()
                && PRISON_WORD.matcher(c.lower).find() && !c.peopleIn(tm.start() - 60, tm.start()).isEmpty()) {
            return lastKind != null ? lastKind : tm.unit() == 'd' ? SentenceKind.ADMINISTRATIVE_DETENTION : SentenceKind.IMPRISONMENT;
        }
        if (!NAME_TO.matcher(before).find() || notImposedBefore(lowerBefore) || REQUESTED.matcher(lowerBefore).find()
                || c.peopleIn(tm.start() - 60, tm.start()).isEmpty()) {
            return null;
        }
        Matcher v = SENTENCING_VERB.matcher(c.lower);
        if (!v.find() || c.start() + v.start() >= tm.start()) {
            return null;
        }
        if (lastKind != null) {
            return lastKind;
        }
        return tm.unit() == 'd' ? SentenceKind.ADMINISTRATIVE_DETENTION : SentenceKind.IMPRISONMENT;
    }

    /** "two years of house arrest", "a two-year house arrest": confinement at home is restricted freedom. */
    private static final Pattern HOUSE_ARREST_AFTER = Rx.compile(RULES.regex("house-arrest-after"));
    /** A prison term just before, joined by "and" or "followed by": the probation after it restricts freedom. */
    private static final Pattern PROBATION_AFTER_PRISON = Rx.compile(RULES.regex("probation-after-prison"));
    private static final Pattern PROBATION_AFTER_TERM = Rx.compile(RULES.regex("probation-after-term"));
    private static final Pattern TRAVEL_BAN = Rx.compile(RULES.regex("travel-ban"));
    /** "banned him from leaving the country for two years", "placed under house arrest for two months". */
    private static final Pattern TRAVEL_BAN_BEFORE = Rx.compile(RULES.regex("travel-ban-before"));
    /** Deprivation of political rights and bans on an activity are kind other. */
    private static final Pattern OTHER_BEFORE = Rx.compile(RULES.regex("other-before"));
    private static final Pattern OTHER_BAN_AFTER = Rx.compile(RULES.regex("other-ban-after"));

    /** Probation alone right after a length ("three years' probation"). */
    private static final Pattern PROBATION_ONLY = Pattern.compile(RULES.regex("probation-only"));

    private static String nearBefore(String before, int n) {
        return before.length() > n ? before.substring(before.length() - n) : before;
    }

    private static final Pattern CHARGE_ADJECTIVE = Pattern.compile(RULES.regex("charge-adjective"));
    private static final Pattern NOT_A_CHARGE = Pattern.compile(RULES.regex("not-a-charge"));
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.,;:!?]+$");

    private static List<String> charges(SentenceContext c) {
        List<String> out = new ArrayList<>();
        String s = c.text.substring(c.start(), c.end());
        if (s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0) {
            Matcher q = CHARGE_QUOTED.matcher(s);
            while (q.find()) {
                addCharge(out, q.group(1));
            }
        }
        Matcher on = CHARGE_ON.matcher(s);
        while (c.words.has("charges") && on.find()) {
            for (String part : on.group(1).split(" and ")) {
                String p = CHARGE_ADJECTIVE.matcher(part).replaceAll("");
                if (!NOT_A_CHARGE.matcher(p).matches()) {
                    addCharge(out, p);
                }
            }
        }
        if (out.isEmpty() && c.words.hasAny("of", "with", "for")) {
            Matcher o = CHARGE_OF.matcher(s);
            while (o.find()) {
                addCharge(out, o.group(1).trim());
            }
        }
        return out;
    }

    private static final Pattern PENALTY_NAME = Rx.compile(RULES.regex("penalty-name"));

    private static void addCharge(List<String> out, String charge) {
        String c = TRAILING_STOPS.matcher(charge.trim()).replaceAll("");
        if (PENALTY_NAME.matcher(c).find()) {
            return; // "two years of \"restricted freedom\"" quotes the penalty, not a charge
        }
        if (!c.isEmpty() && !out.contains(c) && out.size() < 6) {
            out.add(c);
        }
    }
}
