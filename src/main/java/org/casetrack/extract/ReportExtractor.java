package org.casetrack.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonRole;

/**
 * Reads people, penalties, appeals, UN rulings and case events out of a country report.
 * Rule-based: the cues are those of the genre (how Human Rights Watch and Amnesty
 * International chapters word a case); see docs/decisions/0010-extraction-rules.md.
 * Never throws: on a failure inside a rule, the findings made so far are dropped and an
 * empty extraction is returned.
 */
public final class ReportExtractor {

    /** Words (or word beginnings) that tell a person's own case: detained, sentenced, tortured... */
    private static final String[] CASE_CUES = {"sentenc", "convict", "detain", "detention", "arrest", "charged",
            "charges", "prosecut", "fined", "jailed", "imprison", "prison", "releas", "parole", "transferred",
            "tortur", "beat", "beaten", "beating", "ill-treat", "stabbed", "attack", "assault", "abduct",
            "disappear", "psychiatric", "extradit", "deport", "guilty", "trial", "acquit", "appeal", "appeals",
            "complain", "violat", "victim", "harass", "threat", "interrogat", "summon", "searched", "custody",
            "colony", "hunger", "banned", "killed", "murdered", "died", "injured", "investigat", "accused",
            "prisoner", "prisoners", "dismissed", "expelled", "raided", "persecut", "intimidat", "surveillance",
            "confiscat", "retaliat", "disbar", "stripped", "wanted", "exile", "fled", "evict", "blocked", "denied",
            "forcibly", "sued", "lawsuit", "defamation", "seized", "frozen", "fired", "missing", "whereabouts",
            "incommunicado", "solitary", "punish", "abused", "raped", "executed", "extremis", "terroris"};

    private static final String RELATIVES = "(?:sister|brother|wife|husband|son|daughter|mother|father|parents?|"
            + "relatives?|family|children|cousin|nephew|niece|colleagues?|friends?|supporters?|driver|assistant|employees?)";
    private static final Pattern SPEAKER_AFTER = Rx.compile(
            "^\\s*(?:,[^,;.]{0,80},\\s*|,\\s*)?(?:said|says|told|stated|wrote|explained|noted|argued|stressed|insisted|added|commented|warned|urged|condemned|called (?:the|it|for|on)\\b)\\b");
    private static final Pattern SPEAKER_BEFORE = Rx.compile("(?i)\\baccording to\\s+(?:\\w+\\s+){0,3}$");
    private static final Pattern COUNSEL_BEFORE = Rx.compile("(?i)\\b(?:defen[cs]e|his|her|their|the)\\s+(?:lawyer|attorney|counsel|advocate)\\s*,?\\s+$");
    private static final Pattern SELF_REFERENCE = Rx.compile(
            "\\b(?:him|them|himself|herself|themselves|me|i|my)\\b|\\bher\\s+(?:repeatedly|again|in|at|on|with|for|to|and|until|because)\\b|\\bher[,.;]");
    private static final Pattern BOTH = Rx.compile("\\b(?:both|the two|the pair)\\b");
    private static final Pattern RELATIVE_AFTER = Rx.compile("['\u2019]s?\\s+(?:\\w+\\s+)?" + RELATIVES + "\\b");
    private static final Pattern RELATIVE_BEFORE = Rx.compile(
            "\\b(?:the|a|an|his|her|their)\\s+(?:\\w+\\s+)?" + RELATIVES + "s?\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");

    /** A paragraph opening on a pronoun or "Each", "Both" continues the case of the paragraph before. */
    private static final Pattern CARRIES_BACK = Pattern.compile("^\\W*(?:(?i:he|she|they|each|both)\\b|(?:[A-Z]\\w+ ){1,3}(?:he|she|they)\\b)");

    private ReportExtractor() {
    }

    /** Extracts everything from the report; never throws and keeps every offset inside the text. */
    public static Extraction extract(ReportText report) {
        Extraction.DocumentInfo doc = new Extraction.DocumentInfo(report.title(), report.publisher(), report.country(),
                report.periodYear(), report.format(), report.text().length());
        try {
            return new ReportExtractor.Run(report, doc).run();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return new Extraction(doc, List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    private static final class Run {
        private final ReportText report;
        private final String text;
        private final Extraction.DocumentInfo doc;
        private final PersonRegistry registry = new PersonRegistry();
        /** A finding with the sentence it was read from (and, for penalties, the court named there). */
        private record Read<T>(T found, Span evidence, String court, Basis basis) {
        }

        private final List<Read<PenaltyFinder.Found>> penalties = new ArrayList<>();
        private final List<Read<AppealFinder.Found>> appeals = new ArrayList<>();
        private final List<Read<UnRulingFinder.Found>> rulings = new ArrayList<>();
        private final List<Read<EventFinder.Found>> events = new ArrayList<>();
        private final List<Read<DesignationFinder.Found>> designations = new ArrayList<>();
        private final UnRulingFinder unRulings;
        private final DateResolver dateResolver;
        private final VerdictDate verdictDate = new VerdictDate();

        Run(ReportText report, Extraction.DocumentInfo doc) {
            this.report = report;
            this.text = report.text();
            this.doc = doc;
            this.unRulings = new UnRulingFinder(text);
            this.dateResolver = new DateResolver(text, report.periodYear());
        }

        Extraction run() {
            List<Sentence> sentences = SentenceSplitter.split(text, report.bodyStart(), report.bodyEnd());
            Set<String> lowerWords = lowerWords();
            List<List<NameHit>> hits = new ArrayList<>(sentences.size());
            List<String> lowers = new ArrayList<>(sentences.size()); // made once, read by both passes
            NameHit previous = null;
            int previousParagraph = -1;
            for (Sentence s : sentences) {
                if (s.paragraph() != previousParagraph) {
                    previous = null;
                    previousParagraph = s.paragraph();
                }
                String sentenceLower = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT);
                lowers.add(sentenceLower);
                List<NameHit> h = NameFinder.find(text, s.start(), s.end(), lowerWords, previous, sentenceLower);
                hits.add(h);
                NameHit before = null;
                for (NameHit n : h) {
                    if (before != null && !before.single() && alias(before, n)) {
                        registry.addAlias(registry.findFull(before.tokens()), n.tokens());
                    } else if (!n.single()) {
                        registry.addFull(n.tokens());
                        if (!n.official()) {
                            previous = n;
                        }
                    }
                    before = n;
                }
            }
            List<PersonRegistry.Entry> antecedents = List.of();
            List<DateMention> antecedentDates = List.of();
            List<PersonRegistry.Entry> paragraphPeople = new ArrayList<>(); // most recent last
            int paragraph = -1;
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (s.paragraph() != paragraph) {
                    paragraph = s.paragraph();
                    if (!hits.get(i).isEmpty() || !CARRIES_BACK.matcher(text.substring(s.start(), s.end())).find()) {
                        antecedents = List.of();
                        antecedentDates = List.of();
                    } // else "Each also received ..." opening a paragraph: the people of the paragraph before
                    paragraphPeople.clear();
                }
                List<Mention> mentions = resolve(hits.get(i), s);
                String lower = lowers.get(i);
                Words words = new Words(lower);
                List<DateMention> dates = dateResolver.find(s, words);
                // officials, relatives of the one the sentence is about and people speaking of
                // someone else's case are named in that capacity: no finding goes to them
                List<Mention> people = new ArrayList<>();
                for (Mention m : mentions) {
                    if (m.bystander()) {
                        m.person().relative = true;
                    } else if (!m.official() && speaker(m)) {
                        m.person().speaker = true;
                    } else if (!m.official()) {
                        people.add(m);
                    }
                }
                boolean officialNamed = mentions.stream().anyMatch(Mention::official);
                List<PersonRegistry.Entry> ante = antecedents;
                if (ante.size() < 2 && paragraphPeople.size() >= 2 && mayBeBoth(lower) && BOTH.matcher(lower).find()) {
                    // "both" reaches back to the last two people of the paragraph
                    ante = List.of(paragraphPeople.get(paragraphPeople.size() - 1), paragraphPeople.get(paragraphPeople.size() - 2));
                }
                SentenceContext c = new SentenceContext(text, s, lower, words, dates, people,
                        officialNamed && !objectPronoun(words) ? List.of() : ante, antecedentDates, report.periodYear());
                boolean cue = words.hasPrefix(CASE_CUES);
                if (cue) {
                    // "In May, he was detained.": the case is told of the person the pronoun points to
                    if (people.isEmpty()) {
                        c.pronounPeople().forEach(e -> e.caseCue = true);
                    }
                    for (Mention m : people) {
                        m.person().caseCue = true; // speakers are not among them: "X said her client was tortured"
                    }
                }
                analyse(c);
                List<PersonRegistry.Entry> here = c.allPeople();
                if (!here.isEmpty()) {
                    antecedents = here;
                    antecedentDates = dates;
                    for (PersonRegistry.Entry e : here) {
                        paragraphPeople.remove(e);
                        paragraphPeople.add(e);
                    }
                }
            }
            return build();
        }

        /** Whether BOTH can match: its every match holds one of these phrases (a quick test before the pattern). */
        private static boolean mayBeBoth(String lower) {
            return lower.contains("both") || lower.contains("the two") || lower.contains("the pair");
        }

        /** "Judge X sentenced him": with an official named, only an object pronoun still points back. */
        private static boolean objectPronoun(Words words) {
            return words.hasAny("him", "them");
        }

        /** "Nguyen Hoang Hai (Dieu Cay)": a full name in brackets right after another is its alias. */
        private boolean alias(NameHit before, NameHit n) {
            String between = text.substring(before.end(), n.start());
            return (between.equals(" (") || between.equals("(")) && n.end() < text.length() && text.charAt(n.end()) == ')';
        }

        /** True when the mention is someone speaking about a case ("X said", "according to X"). */
        private boolean speaker(Mention m) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 120));
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            Matcher said = SPEAKER_AFTER.matcher(after);
            if (said.find()) {
                // "X told Amnesty that guards beat him": the speaker tells their own case
                int sentenceEnd = text.indexOf('.', m.end() + said.end());
                String rest = text.substring(m.end() + said.end(), sentenceEnd < 0 ? text.length() : Math.min(sentenceEnd, text.length()));
                return !SELF_REFERENCE.matcher(rest.toLowerCase(Locale.ROOT)).find();
            }
            if (COUNSEL_BEFORE.matcher(before).find()) {
                // "defence lawyer X asked the court to acquit his client": the client's case, not X's
                int sentenceEnd = text.indexOf('.', m.end());
                String rest = text.substring(m.end(), sentenceEnd < 0 ? text.length() : sentenceEnd).toLowerCase(Locale.ROOT);
                if (rest.contains("client")) {
                    return true;
                }
            }
            return SPEAKER_BEFORE.matcher(before).find();
        }

        /** Every word the document writes in lower case: such words are not names. */
        private Set<String> lowerWords() {
            Set<String> out = new HashSet<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (!Character.isLetter(c)) {
                    i++;
                    continue;
                }
                int s = i;
                while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                    i++;
                }
                if (Character.isLowerCase(c) && (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                        && seen.add(s, i)) {
                    out.add(text.substring(s, i));
                }
            }
            return out;
        }

        /** Words of the text already added to lowerWords: most occur many times, and each copy cost. */
        private final RangeSet seen = new RangeSet();

        /** A set of distinct substrings of the text, kept as offsets (open addressing on their hash). */
        private final class RangeSet {
            private int[] starts = new int[1024];
            private int[] ends = new int[1024];
            private int size;

            /** True when text[s, e) was not in the set (it is now). */
            boolean add(int s, int e) {
                if (size * 2 >= starts.length) {
                    grow();
                }
                int mask = starts.length - 1;
                for (int k = hash(s, e) & mask; ; k = (k + 1) & mask) {
                    if (ends[k] == 0) {
                        starts[k] = s;
                        ends[k] = e;
                        size++;
                        return true;
                    }
                    if (ends[k] - starts[k] == e - s && text.regionMatches(starts[k], text, s, e - s)) {
                        return false;
                    }
                }
            }

            private int hash(int s, int e) {
                int h = 0;
                for (int i = s; i < e; i++) {
                    h = 31 * h + text.charAt(i);
                }
                return h ^ (h >>> 16);
            }

            private void grow() {
                int[] os = starts;
                int[] oe = ends;
                starts = new int[os.length * 2];
                ends = new int[oe.length * 2];
                size = 0;
                for (int k = 0; k < os.length; k++) {
                    if (oe[k] != 0) {
                        add(os[k], oe[k]);
                    }
                }
            }
        }

        private List<Mention> resolve(List<NameHit> hits, Sentence s) {
            List<Mention> out = new ArrayList<>();
            for (NameHit h : hits) {
                PersonRegistry.Entry e;
                if (h.single()) {
                    e = registry.findSingle(h.tokens().get(0));
                    if (e == null && h.official()) {
                        e = registry.addSingle(h.tokens().get(0));
                    }
                } else {
                    e = registry.findFull(h.tokens());
                }
                if (e == null) {
                    continue;
                }
                if (h.single() && !e.tokens.get(e.tokens.size() - 1).equals(h.tokens().get(0))
                        && !e.first().equals(h.tokens().get(0))) {
                    e.variants.add(h.tokens().get(0));
                } else if (h.single() && e.tokens.size() > 1) {
                    e.variants.add(h.tokens().get(0));
                }
                e.mentions.add(new Span(h.start(), h.end()));
                e.roles.addAll(h.roles());
                if (h.official()) {
                    e.official = true;
                }
                out.add(new Mention(e, h.start(), h.end(), e.official && !e.target, bystander(h)));
            }
            return out;
        }

        /** "X's sister" or "the brother of X": the sentence is about someone else. */
        private boolean bystander(NameHit h) {
            int e = h.end();
            if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')) {
                Matcher m = RELATIVE_AFTER.matcher(text).region(e, Math.min(text.length(), e + 40));
                if (m.lookingAt()) {
                    return true;
                }
            }
            String before = text.substring(Math.max(0, h.start() - 60), h.start());
            return before.contains(" of ") && RELATIVE_BEFORE.matcher(before).find();
        }

        private void analyse(SentenceContext c) {
            Span span = c.sentence.span();
            AppealFinder.Found appeal = AppealFinder.find(c);
            if (appeal != null) {
                appeals.add(new Read<>(appeal, span, null, Bases.appeal(appeal)));
                appeal.persons().forEach(p -> p.target = true);
            }
            boolean upheld = appeal != null && appeal.outcome() == org.casetrack.model.AppealOutcome.DISMISSED;
            List<TermMention> terms = TermFinder.find(text, c.start(), c.end(), c.lower);
            List<PenaltyFinder.Found> found = PenaltyFinder.find(c, terms, upheld, appeal == null ? null : appeal.date());
            if (appeal == null) {
                found = withVerdictDate(c, found);
            }
            verdictDate.see(c);
            // the court that upheld a sentence did not impose it: it is the appeal's court, not the sentence's
            String court = found.isEmpty() || upheld ? null : AppealFinder.court(c);
            for (PenaltyFinder.Found f : found) {
                penalties.add(new Read<>(f, span, court, Bases.penalty(f)));
                f.person().target = true;
            }
            for (UnRulingFinder.Found ruling : unRulings.find(c)) {
                rulings.add(new Read<>(ruling, span, null, Bases.ruling(ruling)));
                ruling.person().target = true;
            }
            for (EventFinder.Found e : EventFinder.find(c, !found.isEmpty())) {
                events.add(new Read<>(e, span, null, Bases.event(e, c.allPeople().isEmpty())));
            }
            for (DesignationFinder.Found d : DesignationFinder.find(c, report.publisher(), report.title())) {
                designations.add(new Read<>(d, span, null, DesignationFinder.basis(d)));
            }
        }

        /** Dateless penalties after a dated verdict sentence take its date (VerdictDate). */
        private List<PenaltyFinder.Found> withVerdictDate(SentenceContext c, List<PenaltyFinder.Found> found) {
            PartialDate d = found.stream().anyMatch(f -> f.date() == null) ? verdictDate.forUndated(c) : null;
            if (d == null) {
                return found;
            }
            List<PenaltyFinder.Found> out = new ArrayList<>(found.size());
            for (PenaltyFinder.Found f : found) {
                out.add(f.date() != null ? f : new PenaltyFinder.Found(f.person(), f.kind(), f.term(), d, f.charges(),
                        f.fromPronoun(), f.via()));
            }
            return out;
        }

        private Extraction build() {
            List<PersonRegistry.Entry> shown = registry.entries().stream()
                    .filter(e -> !e.mentions.isEmpty())
                    .sorted(Comparator.comparingInt(e -> e.mentions.get(0).start()))
                    .toList();
            Map<PersonRegistry.Entry, String> ids = new IdentityHashMap<>();
            List<Extraction.Person> persons = new ArrayList<>();
            for (PersonRegistry.Entry e : shown) {
                String id = "p" + (persons.size() + 1);
                ids.put(e, id);
                List<String> variants = new ArrayList<>(e.variants);
                variants.remove(e.name());
                List<Span> mentions = e.mentions.stream().distinct().sorted(Comparator.comparingInt(Span::start)).toList();
                persons.add(new Extraction.Person(id, e.name(), variants, e.subject(),
                        new ArrayList<>(e.roles.isEmpty() ? EnumSet.noneOf(PersonRole.class) : e.roles), mentions, Bases.person(e)));
            }
            List<Extraction.Penalty> outPenalties = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (Read<PenaltyFinder.Found> read : penalties) {
                PenaltyFinder.Found f = read.found();
                String id = ids.get(f.person());
                if (id == null) {
                    continue;
                }
                String key = id + "|" + f.kind() + "|" + (f.term() == null ? "" : f.term().totalMonths() + "/" + f.term().days());
                Integer prev = seen.get(key);
                if (prev != null) {
                    Extraction.Penalty p = outPenalties.get(prev);
                    if (p.date() == null && f.date() != null) {
                        // the dated statement is the one to show: the date is read from its sentence
                        outPenalties.set(prev, new Extraction.Penalty(p.person(), p.kind(), p.term(), f.date(),
                                p.court() != null ? p.court() : read.court(), p.charges().isEmpty() ? f.charges() : p.charges(),
                                read.evidence(), read.basis()));
                    }
                    continue;
                }
                seen.put(key, outPenalties.size());
                outPenalties.add(new Extraction.Penalty(id, f.kind(), f.term(), f.date(), read.court(),
                        f.charges(), read.evidence(), read.basis()));
            }
            List<Extraction.Appeal> outAppeals = new ArrayList<>();
            Map<List<Object>, List<String>> appealCourts = new HashMap<>();
            for (Read<AppealFinder.Found> read : appeals) {
                AppealFinder.Found a = read.found();
                List<String> pids = a.persons().stream().map(ids::get).filter(Objects::nonNull).distinct().toList();
                if (pids.isEmpty()) {
                    continue;
                }
                // told twice is one ruling, unless two different courts are named (appeal court, then constitutional court)
                List<String> courts = appealCourts.computeIfAbsent(java.util.Arrays.asList(pids, a.date(), a.outcome()), k -> new ArrayList<>());
                if (!courts.isEmpty() && (a.court() == null || courts.contains(a.court()))) {
                    continue;
                }
                courts.add(a.court());
                outAppeals.add(new Extraction.Appeal(pids, a.date(), a.court(), a.outcome(), read.evidence(), read.basis()));
            }
            List<Extraction.UnRuling> outRulings = new ArrayList<>();
            Set<String> rulingKeys = new HashSet<>();
            for (Read<UnRulingFinder.Found> read : rulings) {
                UnRulingFinder.Found r = read.found();
                String id = ids.get(r.person());
                if (id == null || !rulingKeys.add(id + "|" + r.body())) {
                    continue;
                }
                outRulings.add(new Extraction.UnRuling(id, r.body(), r.date(), r.finding(), read.evidence(), read.basis()));
            }
            List<Extraction.Event> outEvents = new ArrayList<>();
            Set<List<Object>> eventKeys = new HashSet<>();
            Map<List<Object>, Integer> eventByPeople = new HashMap<>();
            for (Read<EventFinder.Found> read : events) {
                EventFinder.Found e = read.found();
                List<String> pids = e.persons().stream().map(ids::get).filter(Objects::nonNull).distinct().toList();
                PartialDate d = e.date();
                if (pids.isEmpty() || !eventKeys.add(java.util.Arrays.asList(pids, e.type(), d))) {
                    continue;
                }
                List<Object> key = java.util.Arrays.asList(pids, e.type());
                Integer same = eventByPeople.get(key);
                if (same != null && overlaps(outEvents.get(same).date(), d)) {
                    // told twice (a summary, then the details): keep the more precise date
                    if (coarser(outEvents.get(same).date(), d)) {
                        outEvents.set(same, new Extraction.Event(pids, e.type(), d, e.summary(), read.evidence(), read.basis()));
                    }
                    continue;
                }
                eventByPeople.put(key, outEvents.size());
                outEvents.add(new Extraction.Event(pids, e.type(), d, e.summary(), read.evidence(), read.basis()));
            }
            return new Extraction(doc, persons, outPenalties, outAppeals, outRulings, outEvents,
                    DesignationFinder.distinct(designations, ids, Read::found, Read::evidence, Read::basis));
        }

        /** True when one date lies within the other ("August" and "20 August"). */
        private static boolean overlaps(PartialDate a, PartialDate b) {
            return coarser(a, b) || coarser(b, a);
        }

        /** True when b says all that a says and possibly more (a = 2016-08, b = 2016-08-20). */
        private static boolean coarser(PartialDate a, PartialDate b) {
            return a.year() == b.year() && (a.month() == null || (a.month().equals(b.month())
                    && (a.day() == null || a.day().equals(b.day()))));
        }
    }

}
