package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.DataLines;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.PartialDate;

/**
 * Designations stated in a report: an organisation calls a named person a prisoner of
 * conscience or a political prisoner. Three shapes, words in {@code rules/designations.txt}
 * (docs/decisions/0063-designations-from-reports.md):
 * <ul>
 * <li>an act word before the label in the same clause: "X was recognised as a prisoner of
 * conscience by Amnesty International", "Viasna declared him a political prisoner";</li>
 * <li>a list: "Memorial added X to its list of political prisoners" (the list is kept);</li>
 * <li>the label as a title: "political prisoner X", "X, a prisoner of conscience": the
 * report itself calls the person so, and its publisher is the designator (trusted less,
 * and not at all when the report has no publisher).</li>
 * </ul>
 * The date is one the sentence gives (never the report's year); a denial ("was not
 * recognised") is no designation.
 */
final class DesignationFinder {

    /** One designation: who, what, by whom, on which list, when (null when the sentence gives no date). */
    record Found(PersonRegistry.Entry person, DesignationKind kind, String designatedBy, String listName, PartialDate date,
                 String via, boolean knownBody) {
    }

    private record Kind(Pattern pattern, DesignationKind kind) {
    }

    private record Body(String name, Pattern pattern) {
    }

    private record At(String name, int start, int end) {
    }

    private static final List<Kind> KINDS = new ArrayList<>();
    private static final List<Body> BODIES = new ArrayList<>();
    private static final Pattern ACT;
    private static final Pattern LIST;
    private static final Pattern NEGATION;
    private static final Pattern BY_OTHER;
    private static final Pattern SELF;
    /** A clause ends at these marks: an act word further back belongs to another clause. */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:()\u2014]|, (?:and|but|while|whereas|although|who|which) ");

    static {
        Map<String, List<String>> r = DataLines.sections("designations.txt");
        for (String line : r.get("kind")) {
            int sp = line.indexOf(' ');
            KINDS.add(new Kind(Pattern.compile(line.substring(sp + 1).strip()), DesignationKind.valueOf(line.substring(0, sp))));
        }
        for (String line : r.get("body")) {
            int eq = line.indexOf(" = ");
            BODIES.add(new Body(line.substring(0, eq).strip(), Pattern.compile(line.substring(eq + 3).strip())));
        }
        ACT = Pattern.compile(DataLines.alternation(r, "act"));
        LIST = Pattern.compile(DataLines.alternation(r, "list"));
        NEGATION = Pattern.compile(DataLines.alternation(r, "negation"));
        BY_OTHER = Pattern.compile(DataLines.alternation(r, "by-other"));
        SELF = Pattern.compile(DataLines.alternation(r, "self"));
    }

    private DesignationFinder() {
    }

    /** Cheap test first: most sentences name neither label. */
    static boolean mayHold(Words words) {
        return words.has("conscience") || (words.has("political") && words.hasPrefix("prisoner", "detainee"));
    }

    static List<Found> find(SentenceContext c, String publisher) {
        return find(c, publisher, null);
    }

    /**
     * The designations of one sentence. When the report names no designator and has no
     * publisher, the report itself (its title) stands for it, offered but never proposed.
     */
    static List<Found> find(SentenceContext c, String publisher, String title) {
        if (!mayHold(c.words)) {
            return List.of();
        }
        if ((publisher == null || publisher.isBlank()) && title != null && !title.isBlank()) {
            return find(c, null, title.strip(), true);
        }
        return find(c, publisher, null, false);
    }

    private static List<Found> find(SentenceContext c, String publisher, String title, boolean untitled) {
        List<Found> out = new ArrayList<>();
        String original = c.text.substring(c.start(), c.end());
        String self = untitled ? title : publisher;
        for (Kind k : KINDS) {
            Matcher m = k.pattern().matcher(c.lower);
            while (m.find()) {
                read(c, original, self, k.kind(), m.start(), m.end(), out);
            }
        }
        if (untitled) { // "by" the report's title: who designated is not known, the reviewer decides
            out.replaceAll(f -> f.designatedBy().equals(title)
                    ? new Found(f.person(), f.kind(), f.designatedBy(), f.listName(), f.date(), f.via() + "-report-title", false) : f);
        }
        return out;
    }

    /** One label at [ks, ke) of the sentence (offsets relative to its start). */
    private static void read(SentenceContext c, String original, String publisher, DesignationKind kind, int ks, int ke,
                             List<Found> out) {
        int clause = clauseStart(c.lower, ks);
        String before = c.lower.substring(clause, ks);
        // a list is named at the end of the whole statement: "added X, who was jailed, to its list of"
        boolean list = before.endsWith("list of ") && LIST.matcher(c.lower.substring(0, ks)).find();
        int act = -1;
        int actEnd = -1;
        if (!list) {
            Matcher a = ACT.matcher(before);
            while (a.find()) {
                act = clause + a.start();
                actEnd = clause + a.end();
            }
        } else {
            Matcher a = LIST.matcher(c.lower.substring(0, ks));
            if (a.find()) {
                act = a.start();
                actEnd = a.end();
                clause = Math.min(clause, clauseStart(c.lower, act));
            }
        }
        if (act >= 0) {
            String lead = c.lower.substring(Math.max(clause, act - 30), act);
            if (NEGATION.matcher(lead).find()) {
                return;
            }
            At body = body(original, clause, act, ke);
            boolean self = body == null && SELF.matcher(c.lower.substring(clause, act)).find();
            boolean knownBody = body != null && body.start() >= 0;
            String by = body != null ? body.name() : publisher;
            if (by == null || by.isBlank()) {
                return;
            }
            List<PersonRegistry.Entry> people;
            String via;
            boolean active = body != null && body.start() >= 0 && body.end() <= act || self;
            if (active) { // "Amnesty International declared him a prisoner of conscience"
                people = c.peopleIn(c.start() + actEnd, c.start() + ks);
                via = "active";
            } else { // "X was recognised as a prisoner of conscience (by ...)"
                people = c.peopleIn(c.start() + clause, c.start() + act);
                if (people.isEmpty()) { // "X, who was jailed, was added to the list": the clause's subject is before it
                    people = c.peopleIn(c.start(), c.start() + act);
                }
                via = "passive";
            }
            if (people.isEmpty()) {
                people = c.pronounPeople();
                via += "-pronoun";
            }
            PartialDate date = date(c, clause, c.start() + act);
            String listName = list ? "the list of " + (kind == DesignationKind.PRISONER_OF_CONSCIENCE
                    ? "prisoners of conscience" : "political prisoners") : null;
            for (PersonRegistry.Entry p : people) {
                out.add(new Found(p, kind, by, listName, date, (list ? "list-" : "act-") + via, knownBody || self));
            }
            return;
        }
        // the label as a title: "political prisoner X" or "X, a prisoner of conscience,"
        if (publisher == null || publisher.isBlank()) {
            return;
        }
        PersonRegistry.Entry titled = titled(c, ks, ke);
        if (titled != null) {
            boolean knownBody = BODIES.stream().anyMatch(b -> b.pattern().matcher(publisher).find());
            out.add(new Found(titled, kind, publisher, null, null, "title", knownBody));
        }
    }

    /** The person the label is a title of: named right after it, or right before ", a". */
    private static PersonRegistry.Entry titled(SentenceContext c, int ks, int ke) {
        boolean singular = !c.lower.substring(ks, ke).contains("prisoners ") && !c.lower.substring(ks, ke).endsWith("s");
        for (Mention m : c.people) {
            int ms = m.start() - c.start();
            int me = m.end() - c.start();
            if (singular && ms >= ke && c.lower.substring(ke, ms).isBlank()) {
                return m.person(); // "prisoner of conscience X"
            }
            if (singular && me <= ks) {
                String between = c.lower.substring(me, ks);
                if (between.matches(",\\s*(?:a|an|the|now a|himself a|herself a|also a)\\s+(?:[\\w-]+\\s+)?")) {
                    return m.person(); // "X, a prisoner of conscience"
                }
            }
        }
        return null;
    }

    /** Where the label's clause starts (relative to the sentence). */
    private static int clauseStart(String lower, int ks) {
        int start = 0;
        Matcher m = CLAUSE_END.matcher(lower);
        while (m.find() && m.end() <= ks) {
            start = m.end();
        }
        return start;
    }

    /**
     * The designating body: named right after the label ("by Amnesty International"), else
     * before the act word in its clause (the subject of "declared"), else anywhere in the
     * sentence; a body not on the list after "by" is taken as written (start -1: not known).
     */
    private static At body(String original, int clause, int act, int ke) {
        String after = original.substring(ke);
        Matcher by = Pattern.compile("^\\s*,?\\s*by\\b").matcher(after);
        if (by.find()) {
            At known = firstBody(original, ke, Math.min(original.length(), ke + by.end() + 80));
            if (known != null && known.start() - (ke + by.end()) < 6) {
                return known;
            }
            Matcher other = BY_OTHER.matcher(after);
            if (other.find() && other.group(1) != null) {
                return new At(other.group(1).strip().replaceAll("(?: (?:of|for|and|the))+$", ""), -1, -1);
            }
        }
        At subject = lastBody(original, clause, act);
        if (subject != null) {
            return subject;
        }
        return firstBody(original, 0, original.length());
    }

    private static At firstBody(String s, int from, int to) {
        At best = null;
        for (Body b : BODIES) {
            Matcher m = b.pattern().matcher(s).region(from, to);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new At(b.name(), m.start(), m.end());
            }
        }
        return best;
    }

    private static At lastBody(String s, int from, int to) {
        At best = null;
        for (Body b : BODIES) {
            Matcher m = b.pattern().matcher(s).region(from, to);
            while (m.find()) {
                if (best == null || m.start() > best.start()) {
                    best = new At(b.name(), m.start(), m.end());
                }
            }
        }
        return best;
    }

    /**
     * How far to trust a designation: an act word with a named body is a plain statement;
     * the report's own title for a person is its publisher's view, trusted only when the
     * publisher is a designating body; a person reached through a pronoun is less sure.
     */
    static Basis basis(Found f) {
        double c = f.via().endsWith("-report-title") ? 0.4
                : f.via().startsWith("title") ? (f.knownBody() ? 0.7 : 0.5) : f.knownBody() ? 0.85 : 0.7;
        if (f.via().contains("-pronoun")) {
            c -= 0.2;
        }
        return new Basis("designation." + f.kind().code() + "/" + f.via(), Math.round(c * 100) / 100.0);
    }

    /**
     * The designations of a report, once per person, kind and body (a report repeats them);
     * the first statement is kept, unless only a later one gives a date.
     */
    static <R> List<Extraction.Designation> distinct(List<R> reads, Map<PersonRegistry.Entry, String> ids,
                                                       java.util.function.Function<R, Found> found,
                                                       java.util.function.Function<R, Span> evidence,
                                                       java.util.function.Function<R, Basis> basis) {
        List<Extraction.Designation> out = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (R r : reads) {
            Found f = found.apply(r);
            String id = ids.get(f.person());
            if (id == null) {
                continue;
            }
            String key = id + "|" + f.kind() + "|" + f.designatedBy().toLowerCase(java.util.Locale.ROOT);
            Integer prev = seen.get(key);
            if (prev != null) {
                if (out.get(prev).date() == null && f.date() != null) { // the dated statement, with its own sentence
                    out.set(prev, new Extraction.Designation(id, f.kind(), f.designatedBy(), f.listName(), f.date(),
                            evidence.apply(r), basis.apply(r)));
                }
                continue;
            }
            seen.put(key, out.size());
            out.add(new Extraction.Designation(id, f.kind(), f.designatedBy(), f.listName(), f.date(), evidence.apply(r),
                    basis.apply(r)));
        }
        return out;
    }

    /**
     * The first date after the act word; else one opening the clause ("On 12 April 2030,
     * Viasna declared..."). A date further back belongs to another step ("detained in May
     * and named a political prisoner"): then null, never the report's year.
     */
    private static PartialDate date(SentenceContext c, int clause, int act) {
        PartialDate opening = null;
        for (DateMention d : c.dates) {
            if (d.start() >= act) {
                return d.date();
            }
            if (d.start() - (c.start() + clause) < 25 && c.peopleIn(c.start() + clause, d.start()).isEmpty()) {
                opening = d.date();
            }
        }
        return opening;
    }
}
