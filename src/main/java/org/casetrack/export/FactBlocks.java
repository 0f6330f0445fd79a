package org.casetrack.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.export.LetterDocument.Block;
import org.casetrack.export.LetterDocument.Bullets;
import org.casetrack.export.LetterDocument.Heading;
import org.casetrack.export.LetterDocument.Item;
import org.casetrack.export.LetterDocument.Para;
import org.casetrack.export.LetterDocument.Row;
import org.casetrack.export.LetterDocument.Style;
import org.casetrack.export.LetterDocument.Table;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Charge;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.Sex;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;

/**
 * The facts of a letter as blocks, in the order a lawyer sets them out: the case, then
 * each person (who they are, where they are, designations, then their charges, sentences
 * and appeals in date order), United Nations decisions, and a table of the other events
 * only (sentences and appeals are not repeated there). Confidential facts and free-text
 * notes are left out unless asked for. Every statement carries its sources.
 */
final class FactBlocks {

    private final LetterFacts facts;
    private final Prose prose;
    private final Words w;
    private final Citations cites;
    private final boolean includeConfidential;

    boolean includeConfidential() {
        return includeConfidential;
    }
    private final Map<Long, String> chosenNames = new LinkedHashMap<>();
    private final Set<Long> appealsShown = new LinkedHashSet<>();

    FactBlocks(LetterFacts facts, Prose prose, Citations cites, boolean includeConfidential) {
        this.facts = facts;
        this.prose = prose;
        this.w = prose.words();
        this.cites = cites;
        this.includeConfidential = includeConfidential;
        for (LetterFacts.PersonFacts pf : persons()) {
            chosenNames.put(pf.dossier().person().id(), Names.chosen(pf.dossier(), prose.lang()));
        }
    }

    /** The persons the letter may name (confidential ones only when asked for). */
    List<LetterFacts.PersonFacts> persons() {
        return facts.persons().stream().filter(pf -> includeConfidential || !pf.dossier().person().confidential()).toList();
    }

    String name(long personId) {
        return chosenNames.getOrDefault(personId, "");
    }

    List<String> names() {
        return List.copyOf(chosenNames.values());
    }

    List<Block> body() {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.get("summary.heading")));
        if (facts.isCase()) {
            CaseFile c = facts.caseFile();
            out.add(new Heading(2, c.title()));
            caseIntro(out, c, persons().get(0).dossier());
            List<String> names = names();
            if (!names.isEmpty()) {
                out.add(new Para(w.fmt(names.size() > 1 ? "case.parties.many" : "case.parties.one", Map.of("names", prose.join(names)))));
            }
            for (LetterFacts.PersonFacts pf : persons()) {
                out.add(new Heading(2, name(pf.dossier().person().id())));
                who(out, pf);
                proceedings(out, pf.dossier(), c.id());
            }
        } else {
            LetterFacts.PersonFacts pf = persons().get(0);
            PersonDossier d = pf.dossier();
            out.add(new Heading(2, name(d.person().id())));
            who(out, pf);
            for (CaseFile c : d.cases()) {
                if (c.confidential() && !includeConfidential) {
                    continue;
                }
                out.add(new Heading(2, c.title()));
                caseIntro(out, c, d);
                proceedings(out, d, c.id());
            }
            List<Block> loose = new ArrayList<>();
            proceedings(loose, d, null);
            if (!loose.isEmpty()) {
                out.add(new Heading(2, w.get("section.otherProceedings")));
                out.addAll(loose);
            }
        }
        rulings(out);
        chronology(out);
        return out;
    }

    // ---- the case ----

    private void caseIntro(List<Block> out, CaseFile c, PersonDossier d) {
        Map<String, String> v = new HashMap<>();
        v.put("title", c.title());
        v.put("number", c.caseNumber() == null ? w.get("case.noNumber") : w.fmt("case.number", Map.of("number", c.caseNumber())));
        v.put("country", c.country() == null ? "" : w.fmt("case.country", Map.of("country", prose.country(c.country()))));
        v.put("status", w.label(c.status()));
        out.add(new Para(w.fmt("case.intro", v), cite(d, FactType.CASE_FILE, c.id()), Style.NORMAL));
        if (c.summary() != null && !c.summary().isBlank()) {
            out.add(new Para(c.summary().strip()));
        }
    }

    // ---- the person ----

    private void who(List<Block> out, LetterFacts.PersonFacts pf) {
        PersonDossier d = pf.dossier();
        Person p = d.person();
        String name = name(p.id());
        boolean female = p.sex() == Sex.FEMALE;
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        List<String> other = Names.others(d, name);
        v.put("aka", other.isEmpty() ? "" : w.fmt("person.aka", Map.of("names", String.join(", ", other))));
        v.put("from", p.country() == null ? "" : w.fmt("person.from", Map.of("country", prose.country(p.country()))));
        v.put("born", p.birthYear() == null ? "" : w.fmt("person.born", Map.of("year", p.birthYear().toString())));
        List<String> roles = p.roles().stream().sorted(Comparator.comparing(PersonRole::ordinal))
                .map(r -> w.label(r, female)).filter(s -> !s.isBlank()).toList();
        v.put("roles", prose.join(roles));
        StringBuilder text = new StringBuilder();
        if (!roles.isEmpty() || !other.isEmpty() || p.country() != null || p.birthYear() != null) {
            text.append(w.fmt(roles.isEmpty() ? "person.identity.noRoles" : "person.identity", v));
        }
        PersonStatus status = p.status() == null ? PersonStatus.UNKNOWN : p.status();
        String pronoun = w.has("pronoun." + Prose.sexKey(p.sex())) ? w.get("pronoun." + Prose.sexKey(p.sex())) : name;
        v.put("who", text.length() > 0 ? pronoun : name);
        v.put("status", w.label(status, female));
        v.put("place", p.placeOfDetention() == null ? "" : prose.glossary().place(p.placeOfDetention().strip()));
        String statusText = status == PersonStatus.UNKNOWN ? w.fmt("person.status.unknown", v)
                : w.fmt(p.placeOfDetention() != null && held(status) ? "person.status.held" : "person.status", v);
        text.append(text.length() > 0 ? " " : "").append(Prose.cap(statusText));
        out.add(new Para(text.toString(), cite(d, FactType.PERSON, p.id()), Style.NORMAL));
        for (Designation des : pf.designations()) {
            if (!des.confidential() || includeConfidential) {
                out.add(designation(des, name));
            }
        }
        if (includeConfidential && p.notes() != null && !p.notes().isBlank()) {
            out.add(new Para(w.fmt("confidential.notes", Map.of("notes", p.notes().strip())), List.of(), Style.MUTED));
        }
    }

    private static boolean held(PersonStatus s) {
        return s == PersonStatus.DETAINED || s == PersonStatus.IMPRISONED || s == PersonStatus.IN_PSYCHIATRIC_DETENTION
                || s == PersonStatus.RESTRICTED_FREEDOM;
    }

    /** "Amnesty International recognised Maks Bokaev as a prisoner of conscience in May 2016." */
    Para designation(Designation des, String name) {
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        Glossary g = prose.glossary();
        v.put("by", g.genitive(des.designatedBy())); // "По оценке Правозащитного центра «Мемориал»"; English unchanged
        v.put("kind", w.label(des.kind()));
        v.put("date", des.date() == null ? "" : w.fmt("designation.date", Map.of("date", prose.on(des.date()))));
        String key;
        if (des.listName() != null) {
            key = "designation.list";
            v.put("list", g.term(des.listName()));
            v.put("by", w.fmt("designation.list.by", Map.of("by", g.term(des.designatedBy()))));
        } else {
            key = des.kind() == DesignationKind.PRISONER_OF_CONSCIENCE ? "designation.poc" : "designation.plain";
        }
        List<Integer> n = new ArrayList<>();
        SourceDocument doc = des.documentId() == null ? null : facts.designationDocuments().get(des.documentId());
        if (doc != null) {
            n.add(cites.cite(doc.id(), doc.publisher(), doc.title(), doc.periodYear(), des.quote(), null, doc.url()));
        } else if (des.url() != null) {
            n.add(cites.citeUrl(des.designatedBy(), des.url()));
        }
        return new Para(Prose.cap(w.fmt(key, v)), n, Style.NORMAL);
    }

    // ---- charges, sentences, appeals of one person in one case (or with no case) ----

    private void proceedings(List<Block> out, PersonDossier d, Long caseId) {
        Person p = d.person();
        String name = name(p.id());
        List<Item> charges = new ArrayList<>();
        for (Charge ch : d.charges()) {
            if (caseId != null && ch.caseId() == caseId && (ch.personId() == null || ch.personId().equals(p.id()))) {
                charges.add(new Item(chargeText(ch, prose.glossary()), cite(d, FactType.CHARGE, ch.id()), false));
            }
        }
        if (!charges.isEmpty()) {
            out.add(new Para(w.fmt("charges.of", Map.of("name", name)), List.of(), Style.STRONG));
            out.add(new Bullets(charges));
        }
        d.sentences().stream().filter(s -> Objects.equals(s.caseId(), caseId) && s.personId() == p.id() && visible(s.confidential()))
                .sorted(Comparator.comparing(Sentence::imposed, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(s -> out.add(new Para(prose.sentence(s, name, p.sex()), cite(d, FactType.SENTENCE, s.id()), Style.NORMAL)));
        d.appeals().stream().filter(a -> Objects.equals(a.caseId(), caseId) && visible(a.confidential()) && !appealsShown.contains(a.id()))
                .sorted(Comparator.comparing(FactBlocks::appealDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> {
                    appealsShown.add(a.id());
                    List<String> appellants = a.personIds().stream().map(id -> chosenNames.containsKey(id) ? name(id)
                            : d.otherNames().getOrDefault(id, "")).filter(s -> !s.isBlank()).toList();
                    out.add(new Para(prose.appeal(a, appellants.isEmpty() ? List.of(name) : appellants), cite(d, FactType.APPEAL, a.id()),
                            Style.NORMAL));
                });
    }

    private static PartialDate appealDate(Appeal a) {
        return a.decision() != null ? a.decision() : a.hearing() != null ? a.hearing() : a.filed();
    }

    static String chargeText(Charge ch) {
        return chargeText(ch, Glossary.of(Lang.EN));
    }

    /** "Article 174: inciting social discord", the description in the letter's language when the glossary knows it. */
    static String chargeText(Charge ch, Glossary g) {
        String article = ch.article() == null ? "" : ch.article().strip();
        String desc = ch.description() == null ? "" : g.term(ch.description().strip());
        if (article.isEmpty()) {
            return Prose.cap(desc);
        }
        if (desc.isEmpty()) {
            return Prose.cap(article);
        }
        return Prose.cap(article) + ": " + desc;
    }

    // ---- UN decisions and the other events ----

    private void rulings(List<Block> out) {
        List<Block> lines = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        boolean many = persons().size() > 1;
        for (LetterFacts.PersonFacts pf : persons()) {
            PersonDossier d = pf.dossier();
            for (UnRuling r : d.rulings()) {
                if (inScope(r.caseId()) && visible(r.confidential()) && seen.add(r.id())) {
                    String text = prose.ruling(r);
                    lines.add(new Para(many ? name(r.personId()) + " \u2014 " + text : text, cite(d, FactType.UN_RULING, r.id()), Style.NORMAL));
                }
            }
        }
        if (!lines.isEmpty()) {
            out.add(new Heading(2, w.get("ruling.heading")));
            out.addAll(lines);
        }
    }

    private void chronology(List<Block> out) {
        boolean many = persons().size() > 1;
        Map<Long, Row> rows = new LinkedHashMap<>();
        Map<Long, PartialDate> dates = new HashMap<>();
        for (LetterFacts.PersonFacts pf : persons()) {
            PersonDossier d = pf.dossier();
            for (Event e : d.events()) {
                if (!inScope(e.caseId()) || !visible(e.confidential()) || e.date() == null || rows.containsKey(e.id()) || repeats(e, d)) {
                    continue;
                }
                String what = e.summary() == null || e.summary().isBlank() ? w.label(e.type() == null ? EventType.OTHER : e.type()) : e.summary().strip();
                if (e.place() != null && !e.place().isBlank() && !what.contains(e.place().strip())) {
                    what += w.fmt("chronology.place", Map.of("place", e.place().strip()));
                }
                List<String> cells = new ArrayList<>();
                cells.add(prose.bare(e.date()));
                if (many) {
                    List<String> who = e.personIds().stream().filter(chosenNames::containsKey).map(this::name).toList();
                    cells.add(prose.join(who.isEmpty() ? List.of(name(d.person().id())) : who));
                }
                cells.add(Prose.cap(what));
                rows.put(e.id(), new Row(cells, cite(d, FactType.EVENT, e.id())));
                dates.put(e.id(), e.date());
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        List<Long> order = new ArrayList<>(rows.keySet());
        order.sort(Comparator.comparing(dates::get));
        List<String> header = many ? List.of(w.get("chronology.date"), w.get("chronology.who"), w.get("chronology.what"))
                : List.of(w.get("chronology.date"), w.get("chronology.what"));
        List<Integer> widths = many ? List.of(22, 24, 54) : List.of(26, 74);
        out.add(new Heading(2, w.get("chronology.heading")));
        out.add(new Table(header, widths, order.stream().map(rows::get).toList()));
    }

    /** A conviction or hearing event on the day of a sentence or appeal already told above. */
    private boolean repeats(Event e, PersonDossier d) {
        if (e.type() == EventType.CONVICTION || e.type() == EventType.TRIAL) {
            return d.sentences().stream().anyMatch(s -> e.date().equals(s.imposed()) && visible(s.confidential()));
        }
        if (e.type() == EventType.HEARING) {
            return d.appeals().stream().anyMatch(a -> e.date().equals(a.hearing()) || e.date().equals(a.decision()));
        }
        return false;
    }

    /** In a case letter, facts of that case; in a person letter, facts of cases the letter may show. */
    private boolean inScope(Long caseId) {
        if (facts.isCase()) {
            return Objects.equals(caseId, facts.caseFile().id());
        }
        return caseId == null || includeConfidential || facts.persons().stream().flatMap(pf -> pf.dossier().cases().stream())
                .noneMatch(c -> c.id().equals(caseId) && c.confidential());
    }

    private boolean visible(boolean confidential) {
        return includeConfidential || !confidential;
    }

    List<Integer> cite(PersonDossier d, FactType type, Long factId) {
        if (factId == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Evidence e : d.evidenceFor(type.code(), factId)) {
            SourceDocument doc = d.documents().get(e.documentId());
            if (doc != null) {
                int n = cites.cite(doc.id(), doc.publisher(), doc.title(), doc.periodYear(), e.quote(), e.quote() == null ? e.note() : null, doc.url());
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
