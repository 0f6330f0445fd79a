package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.DataLines;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.UnBody;

/**
 * Decisions of UN bodies on an individual's case, read two ways (rules in
 * {@code rules/un-rulings.txt}, see docs/decisions/0042-un-rulings.md):
 * <ul>
 * <li>a body's own decision (HRC Views, a CAT decision, a WGAD opinion) is recognised by its
 * header block ("Communication No.", "Opinion No. 47/2024"); its complainant is named in a
 * header field ("Submitted by:", "Alleged victim:") and its date in another ("Date of
 * adoption of Views:");</li>
 * <li>a text about a decision (a press release, a news report) names the body with a ruling
 * word and the people it concerns, all of them ("Opinion No. 36/2023 concerning A, B and C"),
 * or names a group and lists it in the next sentence ("They include A and B").</li>
 * </ul>
 * A body reviewing the country (concluding observations, a visit) names no complainant and
 * is no ruling. One instance reads one report, sentence by sentence, in order.
 */
final class UnRulingFinder {

    record Found(PersonRegistry.Entry person, UnBody body, PartialDate date, Finding finding) {
    }

    private record Body(Pattern pattern, UnBody body) {
    }

    private record Field(int start, int end) {
    }

    private static final int HEADER_CHARS = 6000;
    private static final Pattern GAP_SPLIT = Pattern.compile("[\\s,;()]+");
    private static final Pattern POSSESSIVE = Rx.compile(
            "\\b(?:his|her|their|him|them)\\b|\\b(?:these|those|the) (?:\\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\\d+) [a-z-]+");
    private static final List<Body> BODIES;
    private static final List<Body> REFERENCES;
    private static final Pattern RULING;
    private static final Pattern REVIEW;
    private static final Pattern INDIVIDUAL;
    private static final Pattern VIOLATION;
    private static final Pattern NO_VIOLATION;
    private static final Pattern INADMISSIBLE;
    private static final Pattern HEADER_DOCUMENT;
    private static final Pattern COMPLAINANT_LABEL;
    private static final Pattern DATE_LABEL;
    private static final Pattern OPINION_NUMBER;
    private static final Pattern LIST_CONTINUATION;
    private static final Pattern OTHER_STEP;

    static {
        Map<String, List<String>> r = DataLines.sections("un-rulings.txt");
        BODIES = bodies(r.get("body"));
        REFERENCES = bodies(r.get("body-reference"));
        RULING = Rx.compile(DataLines.alternation(r, "ruling"));
        REVIEW = Rx.compile(DataLines.alternation(r, "review"));
        INDIVIDUAL = Rx.compile(DataLines.alternation(r, "individual"));
        VIOLATION = Rx.compile(DataLines.alternation(r, "violation"));
        NO_VIOLATION = Rx.compile(DataLines.alternation(r, "no-violation"));
        INADMISSIBLE = Rx.compile(DataLines.alternation(r, "inadmissible"));
        HEADER_DOCUMENT = Rx.compile(DataLines.alternation(r, "header-document"), Pattern.MULTILINE);
        COMPLAINANT_LABEL = Rx.compile(DataLines.alternation(r, "complainant-label"));
        DATE_LABEL = Rx.compile(DataLines.alternation(r, "date-label"));
        OPINION_NUMBER = Rx.compile(DataLines.alternation(r, "opinion-number"));
        LIST_CONTINUATION = Rx.compile(DataLines.alternation(r, "list-continuation"));
        OTHER_STEP = Rx.compile(DataLines.alternation(r, "other-step-before-date"));
    }

    /** "CAT pattern" lines; "*" stands for the body named last in the document. */
    private static List<Body> bodies(List<String> lines) {
        List<Body> out = new ArrayList<>();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            String code = line.substring(0, sp);
            out.add(new Body(Rx.compile(line.substring(sp + 1).strip()), code.equals("*") ? null : UnBody.valueOf(code)));
        }
        return out;
    }

    /** The header of a body's own decision, or null when the report is no such document. */
    private final UnBody headerBody;
    private final List<Field> complainantFields = new ArrayList<>();
    private final PartialDate headerDate;
    private final Finding headerFinding;
    /** The year of an opinion number heading a text about the opinion, for its rulings without a date. */
    private final PartialDate numberDate;
    /** The people of the last sentence that named someone, across paragraphs ("... B. // The Group found their detention arbitrary"). */
    private List<PersonRegistry.Entry> recentPeople = List.of();
    /** The body the document named last, for "the Working Group" further on. */
    private UnBody lastBody;
    /** A ruling told of a group without names, waiting for "They include ..." in the next sentence. */
    private Found pendingGroup;
    private int pendingUntil = -1;

    UnRulingFinder(String text) {
        String head = lower(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
        UnBody body = null;
        if (HEADER_DOCUMENT.matcher(head).find()) {
            body = firstBody(head);
        }
        String lower = lower(text);
        Matcher m = COMPLAINANT_LABEL.matcher(head);
        while (body != null && m.find()) {
            int end = head.indexOf('\n', m.end());
            complainantFields.add(new Field(m.end(), beforeCounsel(head, m.end(), end < 0 ? head.length() : end)));
        }
        if (body != null && complainantFields.isEmpty() && !COMPLAINANT_LABEL.matcher(lower).find()) {
            // "Opinion No. 27/2012" heading a press release: no complainant field anywhere, so the
            // text is about the decision and is read sentence by sentence, dated by the number
            lastBody = body;
            body = null;
            Matcher n = OPINION_NUMBER.matcher(head);
            PartialDate footer = adoptedFooter(text, 0);
            numberDate = footer != null ? footer : n.find() ? PartialDate.ofYear(Integer.parseInt(n.group(1))) : null;
        } else {
            numberDate = null;
        }
        headerBody = body;
        if (body == null) {
            headerDate = null;
            headerFinding = null;
            return;
        }
        lastBody = body;
        headerDate = headerDate(text, head);
        // a decision may discuss admissibility before finding a violation: the violation wins
        headerFinding = NO_VIOLATION.matcher(lower).find() ? Finding.NO_VIOLATION
                : VIOLATION.matcher(blankBodies(lower)).find() ? Finding.VIOLATION
                : INADMISSIBLE.matcher(lower).find() ? Finding.INADMISSIBLE : Finding.UNKNOWN;
    }

    /** Lower case char by char, so that offsets stay those of the text ("İ" would grow). */
    private static String lower(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            a[i] = Character.toLowerCase(a[i]);
        }
        return new String(a);
    }

    private static UnBody firstBody(String lower) {
        UnBody best = null;
        int at = Integer.MAX_VALUE;
        for (Body b : BODIES) {
            Matcher m = b.pattern().matcher(lower);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = b.body();
            }
        }
        return best;
    }

    /** The date a header field gives ("Date of adoption of Views: 25 March 2021"), else the opinion number's year. */
    private static PartialDate headerDate(String text, String head) {
        Matcher m = DATE_LABEL.matcher(head);
        while (m.find()) {
            int end = head.indexOf('\n', m.end());
            end = end < 0 ? head.length() : Math.min(end, m.end() + 60);
            for (DateMention d : DateFinder.find(text, m.end(), end, null)) {
                if (d.date().month() != null) {
                    return d.date();
                }
            }
        }
        PartialDate footer = adoptedFooter(text, 0);
        if (footer != null) {
            return footer;
        }
        Matcher n = OPINION_NUMBER.matcher(head);
        return n.find() ? PartialDate.ofYear(Integer.parseInt(n.group(1))) : null;
    }

    /** Where the complainant's part of lower[from, to) ends: "X (represented by counsel, Y)" names the lawyer Y, no complainant. */
    private static int beforeCounsel(String lower, int from, int to) {
        int counsel = lower.indexOf("represented by", from);
        return counsel >= 0 && counsel < to ? counsel : to;
    }

    /** A Working Group opinion ends with "[Adopted on 8 September 2021]": the last such date in the tail, or null. */
    private static PartialDate adoptedFooter(String text, int notBefore) {
        int tail = Math.max(notBefore, text.length() - TAIL_CHARS);
        if (tail >= text.length()) {
            return null;
        }
        Matcher a = ADOPTED_FOOTER.matcher(lower(text.substring(tail)));
        PartialDate footer = null;
        while (a.find()) {
            int from = tail + a.end();
            for (DateMention d : DateFinder.find(text, from, Math.min(text.length(), from + 40), null)) {
                if (d.date().month() != null) {
                    footer = d.date();
                }
                break;
            }
        }
        return footer;
    }

    private static final int TAIL_CHARS = 2000;
    private static final Pattern ADOPTED_FOOTER = Rx.compile("\\[\\s*adopted on\\s+");

    /** The rulings one sentence tells, for every person they concern. */
    List<Found> find(SentenceContext c) {
        List<Found> out = new ArrayList<>();
        fromHeader(c, out);
        if (pendingGroup != null) {
            Found g = pendingGroup;
            pendingGroup = null;
            if (c.start() <= pendingUntil + 2 && LIST_CONTINUATION.matcher(c.lower).find()) {
                for (PersonRegistry.Entry p : c.allPeople()) {
                    out.add(new Found(p, g.body(), g.date(), g.finding()));
                }
                return out;
            }
        }
        if (headerBody == null) {
            fromSentence(c, out); // a body's own decision concerns the complainant of its header only
        }
        List<PersonRegistry.Entry> here = c.allPeople();
        if (!here.isEmpty()) {
            recentPeople = here;
        }
        return out;
    }

    /** The complainant named in a header field of the body's own decision. */
    private void fromHeader(SentenceContext c, List<Found> out) {
        if (headerBody == null) {
            return;
        }
        for (Field f : complainantFields) {
            if (f.end() <= c.start() || f.start() >= c.end()) {
                continue;
            }
            for (PersonRegistry.Entry p : c.peopleIn(f.start(), f.end())) {
                out.add(new Found(p, headerBody, headerDate, headerFinding));
            }
        }
        // "The author of the communication is X": a label inside a body sentence
        Matcher m = COMPLAINANT_LABEL.matcher(c.lower);
        while (m.find()) {
            int from = c.start() + m.end();
            int to = c.start() + beforeCounsel(c.lower, m.end(), Math.min(c.end(), from + 80) - c.start());
            for (PersonRegistry.Entry p : c.peopleIn(from, to)) {
                out.add(new Found(p, headerBody, headerDate, headerFinding));
            }
        }
    }

    /** A sentence about a ruling: a body, a ruling word and the people it concerns. */
    private void fromSentence(SentenceContext c, List<Found> out) {
        String l = c.lower;
        if (!c.words.hasAny("committee", "group", "cedaw", "cerd", "crpd", "cescr", "wgad", "cat", "hrc")
                && !l.contains("ccpr/")) {
            return;
        }
        UnBody body = null;
        int at = -1;
        int atEnd = -1;
        int bodyIndex = -1; // the first body pattern that occurs; -1: none does, nothing to blank
        for (int k = 0; k < BODIES.size(); k++) {
            Matcher m = BODIES.get(k).pattern().matcher(l);
            if (m.find()) {
                body = BODIES.get(k).body();
                bodyIndex = k;
                at = m.start();
                atEnd = m.end();
                break;
            }
        }
        if (body == null && lastBody != null) {
            for (Body b : REFERENCES) {
                Matcher m = b.pattern().matcher(l);
                if (m.find() && (b.body() == null || b.body() == lastBody)) {
                    body = lastBody;
                    at = m.start();
                    atEnd = m.end();
                    break;
                }
            }
        }
        if (body == null) {
            return;
        }
        lastBody = body;
        // the Working Group on Arbitrary Detention's own name is no finding of arbitrariness
        String withoutBody = bodyIndex < 0 ? l : blankBodies(l, bodyIndex);
        if (!RULING.matcher(withoutBody).find()) {
            return;
        }
        if (REVIEW.matcher(l).find() && !INDIVIDUAL.matcher(l).find()) {
            return; // a review of the country, even if it names someone, is no ruling on a complaint
        }
        Finding finding = NO_VIOLATION.matcher(l).find() ? Finding.NO_VIOLATION
                : INADMISSIBLE.matcher(l).find() ? Finding.INADMISSIBLE
                : VIOLATION.matcher(withoutBody).find() ? Finding.VIOLATION : Finding.UNKNOWN;
        PartialDate date = rulingDate(c, c.start() + at);
        List<PersonRegistry.Entry> people = listAfter(c, c.start() + atEnd);
        if (people.isEmpty()) {
            people = c.allPeople();
        }
        if (people.isEmpty()) {
            people = c.pronounPeople();
        }
        if (people.isEmpty() && POSSESSIVE.matcher(l).find()) {
            people = recentPeople; // a new paragraph on the ruling: "their detention" is of those named last
        }
        if (date == null) {
            date = numberDate;
        }
        if (people.isEmpty()) {
            pendingGroup = new Found(null, body, date, finding);
            pendingUntil = c.end();
            return;
        }
        for (PersonRegistry.Entry p : people) {
            out.add(new Found(p, body, date, finding));
        }
    }

    /**
     * The first person named after the body and those listed with them ("A, writer B and C"),
     * not people named further on in a clause of their own ("...against the prosecution of D").
     */
    private static List<PersonRegistry.Entry> listAfter(SentenceContext c, int from) {
        List<PersonRegistry.Entry> out = new ArrayList<>();
        int lastEnd = -1;
        for (Mention m : c.people) {
            if (m.start() < from) {
                continue;
            }
            if (lastEnd >= 0 && !listGap(c.text.substring(lastEnd, m.start()))) {
                break;
            }
            if (!out.contains(m.person())) {
                out.add(m.person());
            }
            lastEnd = m.end();
        }
        return out;
    }

    /**
     * True when the text between two names continues a list: commas, "and", capitalised words
     * (names and titles) and at most three lower-case words ("writer", "high-school teacher").
     */
    private static boolean listGap(String gap) {
        // "A, a lawyer of the city bar, B": an apposition between commas describes the name before it
        gap = APPOSITION.matcher(gap).replaceAll(",");
        int lowerWords = 0;
        for (String w : GAP_SPLIT.split(gap)) {
            if (w.isEmpty() || w.equals("and") || Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (!Character.isLetter(w.charAt(0)) || ++lowerWords > 3) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern APPOSITION = Pattern.compile(",\\s*(?:a|an|the|his|her|their)\\s+(?:[\\w'\u2019-]+\\s+){0,6}?[\\w'\u2019-]+\\s*,");

    /**
     * The opinion number's year (or a date of that year in the sentence, which says more: "Opinion
     * No. 27/2012, adopted on 29 August 2012"), else the date closest to the body that dates no
     * other step of the case.
     */
    private static PartialDate rulingDate(SentenceContext c, int bodyAt) {
        Matcher n = OPINION_NUMBER.matcher(c.lower);
        if (n.find()) {
            int year = Integer.parseInt(n.group(1));
            for (DateMention d : c.dates) {
                if (d.date().year() == year && d.date().month() != null) {
                    return d.date();
                }
            }
            return PartialDate.ofYear(year);
        }
        DateMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (DateMention d : c.dates) {
            String before = c.lower(Math.max(c.start(), d.start() - 40), d.start());
            if (OTHER_STEP.matcher(before).find()) {
                continue;
            }
            int dist = d.end() <= bodyAt ? bodyAt - d.end() : Math.max(0, d.start() - bodyAt);
            if (dist < bestDist) {
                best = d;
                bestDist = dist;
            }
        }
        return best == null ? null : best.date();
    }

    private static String blankBodies(String l) {
        return blankBodies(l, 0);
    }

    /** As blankBodies(l) when the body patterns before index first are known to find nothing in l. */
    private static String blankBodies(String l, int first) {
        String out = l;
        for (Body b : BODIES.subList(first, BODIES.size())) {
            Matcher m = b.pattern().matcher(out);
            if (!m.find()) {
                continue; // nothing to blank: no copy
            }
            m.reset();
            StringBuilder sb = new StringBuilder();
            int last = 0;
            while (m.find()) {
                sb.append(out, last, m.start()).append(" ".repeat(m.end() - m.start()));
                last = m.end();
            }
            out = sb.append(out.substring(last)).toString();
        }
        return out;
    }
}
