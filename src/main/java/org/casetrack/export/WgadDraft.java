package org.casetrack.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.export.LetterDocument.Block;
import org.casetrack.export.LetterDocument.Heading;
import org.casetrack.export.LetterDocument.Para;
import org.casetrack.export.LetterDocument.Style;
import org.casetrack.model.Appeal;
import org.casetrack.model.Charge;
import org.casetrack.model.Designation;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.FactType;
import org.casetrack.model.Letterhead;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.Sex;

/**
 * A draft individual communication to the UN Working Group on Arbitrary Detention,
 * following the order of its model questionnaire: identity, arrest, detention, why the
 * deprivation of liberty is arbitrary (categories I-V), domestic remedies, and who submits
 * it. Each answer comes from the structured facts with its sources; where the database has
 * no answer the draft says so in a clearly marked gap. The questions are template text
 * ({@code letters/wgad_LANG.properties}), not code.
 */
final class WgadDraft {

    private final LetterFacts facts;
    private final FactBlocks fb;
    private final Prose prose;
    private final LetterTemplate t;
    private final Map<String, String> vars;
    private final Letterhead head;
    private final LocalDate today;
    private final List<Block> out = new ArrayList<>();

    WgadDraft(LetterFacts facts, FactBlocks fb, Prose prose, LetterTemplate t, Map<String, String> vars, Letterhead head, LocalDate today) {
        this.facts = facts;
        this.fb = fb;
        this.prose = prose;
        this.t = t;
        this.vars = vars;
        this.head = head;
        this.today = today;
    }

    List<Block> blocks() {
        para(t.fill("intro", vars));
        for (LetterFacts.PersonFacts pf : fb.persons()) {
            person(pf);
        }
        arbitrary();
        remedies();
        submitter();
        return out;
    }

    private void person(LetterFacts.PersonFacts pf) {
        PersonDossier d = pf.dossier();
        Person p = d.person();
        String name = fb.name(p.id());
        boolean several = fb.persons().size() > 1;
        out.add(new Heading(1, t.fill("s1.title", vars) + (several ? " \u2014 " + name : "")));
        List<Integer> personNotes = fb.cite(d, FactType.PERSON, p.id());
        answer("s1.q1", p.familyName(), personNotes, "gap.familyName");
        answer("s1.q2", p.givenName(), personNotes, "gap.givenName");
        answer("s1.q3", p.sex() == null || p.sex() == Sex.UNKNOWN ? null : Prose.cap(prose.words().label(p.sex())), personNotes, "gap.sex");
        answer("s1.q4", p.birthYear() == null ? null : t.fill("a.born", Map.of("year", p.birthYear().toString())), personNotes, "gap.birth");
        answer("s1.q5", null, List.of(), "gap.nationality");
        answer("s1.q6", null, List.of(), "gap.document");
        List<String> roles = p.roles().stream().sorted(Comparator.comparing(PersonRole::ordinal))
                .map(r -> prose.words().label(r, p.sex() == Sex.FEMALE)).filter(s -> !s.isBlank()).toList();
        answer("s1.q7", roles.isEmpty() ? null : Prose.cap(prose.join(roles)), personNotes, "gap.profession");
        answer("s1.q8", null, List.of(), "gap.residence");
        List<String> other = Names.others(d, name);
        if (!other.isEmpty()) {
            out.add(new Para(t.fill("a.otherNames", Map.of("names", String.join(", ", other))), List.of(), Style.MUTED));
        }

        Optional<Event> arrest = first(d, EventType.ARREST).or(() -> first(d, EventType.DETENTION));
        out.add(new Heading(2, t.fill("s2.title", vars)));
        answer("s2.q1", arrest.map(e -> prose.bare(e.date())).orElse(null), arrest.map(e -> fb.cite(d, FactType.EVENT, e.id())).orElse(List.of()), "gap.arrestDate");
        answer("s2.q2", arrest.map(Event::place).filter(Objects::nonNull).orElse(null), arrest.map(e -> fb.cite(d, FactType.EVENT, e.id())).orElse(List.of()), "gap.arrestPlace");
        answer("s2.q3", null, List.of(), "gap.forces");
        answer("s2.q4", null, List.of(), "gap.warrant");
        answer("s2.q5", null, List.of(), "gap.warrantAuthority");
        chargesAnswer("s2.q6", d, p, "gap.reasons");
        chargesAnswer("s2.q7", d, p, "gap.legalBasis");

        Optional<Event> detention = first(d, EventType.DETENTION).or(() -> arrest);
        out.add(new Heading(2, t.fill("s3.title", vars)));
        answer("s3.q1", detention.map(e -> prose.bare(e.date())).orElse(null), detention.map(e -> fb.cite(d, FactType.EVENT, e.id())).orElse(List.of()), "gap.detentionDate");
        boolean held = p.status() == PersonStatus.DETAINED || p.status() == PersonStatus.IMPRISONED || p.status() == PersonStatus.IN_PSYCHIATRIC_DETENTION;
        String duration = detention.filter(e -> held).map(e -> t.fill("a.duration", Map.of("from", prose.from(e.date()), "date", prose.on(PartialDate.of(today))))).orElse(null);
        answer("s3.q2", duration, List.of(), "gap.duration");
        answer("s3.q3", null, List.of(), "gap.custody");
        List<String> places = new ArrayList<>();
        List<Integer> placeNotes = new ArrayList<>();
        for (Event e : events(d)) {
            if (e.type() == EventType.TRANSFER) {
                places.add(prose.bare(e.date()) + ": " + (e.summary() == null ? prose.words().label(EventType.TRANSFER) : e.summary().strip())
                        + (e.place() == null ? "" : " (" + e.place().strip() + ")"));
                placeNotes.addAll(fb.cite(d, FactType.EVENT, e.id()));
            }
        }
        if (p.placeOfDetention() != null) {
            places.add(t.fill("a.placeNow", Map.of("place", prose.glossary().place(p.placeOfDetention().strip()))));
            placeNotes.addAll(personNotes);
        }
        answer("s3.q4", places.isEmpty() ? null : String.join("; ", places), placeNotes, "gap.places");
        List<Sentence> sentences = d.sentences().stream().filter(s -> s.personId() == p.id() && inScope(s.caseId()) && visible(s.confidential())).toList();
        List<Integer> sentenceNotes = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        for (Sentence s : sentences) {
            sentenceTexts.add(prose.sentence(s, name, p.sex()));
            sentenceNotes.addAll(fb.cite(d, FactType.SENTENCE, s.id()));
        }
        answer("s3.q5", sentenceTexts.isEmpty() ? null : String.join(" ", sentenceTexts), sentenceNotes, "gap.orderedBy");
        chargesAnswer("s3.q6", d, p, "gap.reasons");
        chargesAnswer("s3.q7", d, p, "gap.legalBasis");
    }

    private void arbitrary() {
        out.add(new Heading(1, t.fill("s4.title", vars)));
        question("s4.q");
        List<String> told = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (LetterFacts.PersonFacts pf : fb.persons()) {
            String name = fb.name(pf.dossier().person().id());
            for (Designation des : pf.designations()) {
                if (visible(des.confidential())) {
                    Para p = fb.designation(des, name);
                    told.add(p.text());
                    notes.addAll(p.notes());
                }
            }
        }
        if (!told.isEmpty()) {
            out.add(new Para(String.join(" ", told), notes, Style.NORMAL));
        }
        gap("gap.circumstances");
        for (int c = 1; c <= 5; c++) {
            question("cat." + c);
            if (c == 2 && categoryTwoHint() != null) {
                out.add(new Para(categoryTwoHint(), List.of(), Style.NORMAL));
            }
            gap("gap.cat." + c);
        }
    }

    /** The record suggests category II when the person is known for activity the Covenant protects. */
    private String categoryTwoHint() {
        List<String> who = new ArrayList<>();
        for (LetterFacts.PersonFacts pf : fb.persons()) {
            Person p = pf.dossier().person();
            List<String> roles = p.roles().stream().filter(r -> r != PersonRole.OTHER && r != PersonRole.LAWYER)
                    .sorted(Comparator.comparing(PersonRole::ordinal)).map(r -> prose.words().label(r, p.sex() == Sex.FEMALE)).toList();
            if (!roles.isEmpty()) {
                who.add(t.fill("a.cat2.person", Map.of("name", fb.name(p.id()), "roles", prose.join(roles))));
            }
        }
        return who.isEmpty() ? null : t.fill("a.cat2", Map.of("who", String.join("; ", who)));
    }

    private void remedies() {
        out.add(new Heading(1, t.fill("s5.title", vars)));
        question("s5.q");
        int before = out.size();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (LetterFacts.PersonFacts pf : fb.persons()) {
            PersonDossier d = pf.dossier();
            d.appeals().stream().filter(a -> inScope(a.caseId()) && visible(a.confidential()) && seen.add(a.id()))
                    .sorted(Comparator.comparing((Appeal a) -> a.decision() != null ? a.decision() : a.filed(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(a -> {
                        List<String> names = a.personIds().stream().map(fb::name).filter(s -> !s.isBlank()).toList();
                        out.add(new Para(prose.appeal(a, names.isEmpty() ? List.of(fb.name(d.person().id())) : names), fb.cite(d, FactType.APPEAL, a.id()), Style.NORMAL));
                    });
            for (var r : d.rulings()) {
                if (inScope(r.caseId()) && visible(r.confidential()) && seen.add(-r.id())) {
                    out.add(new Para(prose.ruling(r), fb.cite(d, FactType.UN_RULING, r.id()), Style.NORMAL));
                }
            }
        }
        if (out.size() == before) {
            gap("gap.remedies");
        } else {
            gap("gap.remediesMore");
        }
    }

    private void submitter() {
        out.add(new Heading(1, t.fill("s6.title", vars)));
        question("s6.q1");
        if (head != null && !head.organisation().isBlank()) {
            out.add(new Para(head.organisation() + (head.address().isBlank() ? "" : ", " + head.address().replaceAll("\\R", ", "))));
        } else {
            gap("gap.submitter");
        }
        question("s6.q2");
        gap("gap.consent");
        para(t.fill("closing", vars));
    }

    // ---- helpers ----

    private void chargesAnswer(String q, PersonDossier d, Person p, String gapKey) {
        List<String> texts = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        for (Charge ch : d.charges()) {
            if (inScope(ch.caseId()) && (ch.personId() == null || ch.personId().equals(p.id()))) {
                texts.add(FactBlocks.chargeText(ch, prose.glossary()));
                notes.addAll(fb.cite(d, FactType.CHARGE, ch.id()));
            }
        }
        answer(q, texts.isEmpty() ? null : String.join("; ", texts), notes, gapKey);
    }

    private void answer(String q, String value, List<Integer> notes, String gapKey) {
        question(q);
        if (value == null || value.isBlank()) {
            gap(gapKey);
        } else {
            out.add(new Para(value.strip(), notes.stream().distinct().collect(Collectors.toList()), Style.NORMAL));
        }
    }

    private void question(String key) {
        out.add(new Para(t.fill(key, vars), List.of(), Style.QUESTION));
    }

    private void gap(String key) {
        out.add(new Para(prose.gap(t.fill(key, vars)), List.of(), Style.GAP));
    }

    private void para(String text) {
        if (text != null && !text.isBlank()) {
            out.add(new Para(text.strip()));
        }
    }

    private List<Event> events(PersonDossier d) {
        return d.events().stream().filter(e -> e.date() != null && inScope(e.caseId()) && visible(e.confidential()))
                .sorted(Comparator.comparing(Event::date)).toList();
    }

    private Optional<Event> first(PersonDossier d, EventType type) {
        return events(d).stream().filter(e -> e.type() == type).findFirst();
    }

    private boolean inScope(Long caseId) {
        return !facts.isCase() || Objects.equals(caseId, facts.caseFile().id());
    }

    private boolean visible(boolean confidential) {
        return fb.includeConfidential() || !confidential;
    }
}
