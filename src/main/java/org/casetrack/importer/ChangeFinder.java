package org.casetrack.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casetrack.model.Coded;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.Term;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.jooq.DSLContext;

/**
 * What a newer report says has changed for people already known: released (status at
 * liberty), paroled (restricted freedom), transferred (a new place of detention), a sentence
 * reduced on appeal (a shorter term), roles the report gives them. Only findings about the
 * person count, and each change is a proposal with its evidence: nothing is applied unless
 * the reviewer ticks it (docs/decisions/0057-reimport-as-diff.md). Reads only.
 */
final class ChangeFinder {

    private static final Properties CUES = load();
    private static final List<String> REDUCED = list("reduced");
    private static final List<String> TRANSFER = list("transfer");
    private static final List<String> PLACE_END = list("place.end");

    private final PersonStore persons;
    private final FactStore facts;
    private final ImportPlan plan;
    private final List<ImportPlan.ChangeCandidate> out = new ArrayList<>();

    ChangeFinder(DSLContext ctx, ImportPlan plan) {
        this.persons = new PersonStore(ctx);
        this.facts = new FactStore(ctx);
        this.plan = plan;
    }

    List<ImportPlan.ChangeCandidate> changes() {
        for (var pc : plan.persons()) {
            if (pc.matchedPersonId() == null) {
                continue;
            }
            Person known = persons.get(pc.matchedPersonId()).orElse(null);
            if (known == null) {
                continue;
            }
            status(pc, known);
            place(pc, known);
            sentences(pc, known);
            roles(pc, known);
        }
        return out;
    }

    /** The latest release or parole the report dates for this person. */
    private void status(ImportPlan.PersonCandidate pc, Person known) {
        plan.events().stream()
                .filter(e -> e.persons().contains(pc.id()) && (e.type() == EventType.RELEASE || e.type() == EventType.PAROLE))
                .max(Comparator.comparing(ImportPlan.EventCandidate::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .ifPresent(e -> {
                    PersonStatus after = e.type() == EventType.RELEASE ? PersonStatus.AT_LIBERTY : PersonStatus.RESTRICTED_FREEDOM;
                    // older news: a sentence imposed after this release is known, so the release does not say where they are now
                    boolean superseded = e.date() != null && facts.sentencesOf(known.id()).stream()
                            .anyMatch(k -> k.imposed() != null && k.imposed().earliest().isAfter(e.date().latest()));
                    if (after != known.status() && !superseded) {
                        add(known, ImportPlan.ChangeKind.STATUS, known.status().code(), after.code(), null, null, e.evidence());
                    }
                });
    }

    private void place(ImportPlan.PersonCandidate pc, Person known) {
        plan.events().stream().filter(e -> e.persons().contains(pc.id()) && e.type() == EventType.TRANSFER)
                .max(Comparator.comparing(ImportPlan.EventCandidate::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .ifPresent(e -> {
                    String place = placeAfterTransfer(plan.quote(e.evidence()));
                    if (place != null && !place.equalsIgnoreCase(known.placeOfDetention() == null ? "" : known.placeOfDetention())) {
                        add(known, ImportPlan.ChangeKind.PLACE_OF_DETENTION, known.placeOfDetention(), place, null, null, e.evidence());
                    }
                });
    }

    /** A sentence the report gives with a shorter term than the known one of the same kind, in words of reduction. */
    private void sentences(ImportPlan.PersonCandidate pc, Person known) {
        List<Sentence> stored = facts.sentencesOf(known.id());
        for (var s : plan.sentences()) {
            if (!s.person().equals(pc.id()) || s.term() == null || !mentions(plan.quote(s.evidence()), REDUCED)) {
                continue;
            }
            boolean same = stored.stream().anyMatch(k -> k.kind() == s.kind() && s.term().equals(k.term()));
            if (same) {
                continue;
            }
            stored.stream().filter(k -> k.kind() == s.kind() && k.term() != null && length(k.term()) > length(s.term())
                            && !before(s.date(), k.imposed()))
                    .max(Comparator.comparing(Sentence::imposed, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .ifPresent(k -> add(known, ImportPlan.ChangeKind.SENTENCE_TERM, k.term().toIso(), s.term().toIso(), k.id(), s.id(),
                            s.evidence()));
        }
    }

    /** Roles the report gives a known person that they lack; "other" says nothing and is never proposed. */
    private void roles(ImportPlan.PersonCandidate pc, Person known) {
        Set<PersonRole> extra = EnumSet.noneOf(PersonRole.class);
        pc.roles().stream().filter(r -> r != PersonRole.OTHER && !known.roles().contains(r)).forEach(extra::add);
        if (!extra.isEmpty()) {
            Set<PersonRole> after = EnumSet.noneOf(PersonRole.class);
            after.addAll(known.roles());
            after.addAll(extra);
            add(known, ImportPlan.ChangeKind.ROLES, codes(known.roles()), codes(after), null, null, pc.firstMention());
        }
    }

    private void add(Person known, ImportPlan.ChangeKind kind, String before, String after, Long sentenceId, String replaces,
                     org.casetrack.extract.Span evidence) {
        out.add(new ImportPlan.ChangeCandidate("c" + (out.size() + 1), known.id(), known.displayName(), kind, before, after,
                sentenceId, replaces, evidence));
    }

    static String codes(Set<PersonRole> roles) {
        return roles.stream().map(PersonRole::code).sorted().collect(Collectors.joining(";"));
    }

    static Set<PersonRole> roles(String codes) {
        Set<PersonRole> out = EnumSet.noneOf(PersonRole.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(";")).map(String::strip).forEach(c -> out.add(Coded.parse(PersonRole.class, c)));
        }
        return out;
    }

    /** "was transferred to a prison colony in Pavlodar on 3 May" gives "a prison colony in Pavlodar". */
    static String placeAfterTransfer(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String cue : TRANSFER) {
            int at = lower.indexOf(cue + " ");
            if (at < 0) {
                continue;
            }
            String rest = sentence.substring(at + cue.length() + 1);
            rest = rest.split("[,;.()]", 2)[0];
            int end = rest.length();
            for (String stop : PLACE_END) {
                // "on" ends the place before a date ("on 3 May", "on May 3"), not inside a name ("Rostov-on-Don")
                String next = stop.equals("on") ? "(\\d|\\p{Lu})" : "\\S";
                var m = Pattern.compile("(?i)\\s" + Pattern.quote(stop) + "\\s+(?-i)" + next).matcher(rest);
                if (m.find()) {
                    end = Math.min(end, m.start());
                }
            }
            var year = Pattern.compile("\\sin\\s+\\d").matcher(rest); // "in 2018"
            if (year.find()) {
                end = Math.min(end, year.start());
            }
            String place = rest.substring(0, end).strip();
            if (place.length() > 200) {
                place = place.substring(0, 200).strip();
            }
            return place.isEmpty() ? null : place;
        }
        return null;
    }

    static boolean mentions(String sentence, List<String> words) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(lower).find());
    }

    private static int length(Term t) {
        return t.totalMonths() * 31 + t.days();
    }

    private static boolean before(PartialDate a, PartialDate b) {
        return a != null && b != null && a.latest().isBefore(b.earliest());
    }

    private static List<String> list(String key) {
        return Arrays.stream(CUES.getProperty(key, "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ChangeFinder.class.getResourceAsStream("change-cues.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing resource change-cues.properties");
            }
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
