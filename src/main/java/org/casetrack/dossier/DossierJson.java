package org.casetrack.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Event;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.Sentence;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;

/**
 * The documented JSON shapes of {@code casetrack persons --json} and {@code casetrack person
 * --json} (docs/cli-json.md), as ordered maps ready to serialise.
 */
public final class DossierJson {

    private DossierJson() {
    }

    public static Map<String, Object> personSummary(Person p, List<String> variants) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.displayName());
        m.put("variants", variants);
        m.put("roles", p.roles().stream().map(PersonRole::code).sorted().toList());
        m.put("status", p.status().code());
        m.put("place_of_detention", p.placeOfDetention());
        m.put("country", p.country());
        return m;
    }

    public static Map<String, Object> person(PersonDossier d) {
        Person p = d.person();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", "casetrack.person/1");
        m.put("id", p.id());
        m.put("name", p.displayName());
        m.put("names", d.names().stream().map(n -> ordered("name", n.name(), "kind", n.kind().code())).toList());
        m.put("given_name", p.givenName());
        m.put("family_name", p.familyName());
        m.put("sex", p.sex().code());
        m.put("birth_year", p.birthYear());
        m.put("roles", p.roles().stream().map(PersonRole::code).sorted().toList());
        m.put("status", p.status().code());
        m.put("place_of_detention", p.placeOfDetention());
        m.put("country", p.country());
        m.put("notes", p.notes());
        m.put("confidential", p.confidential());
        m.put("sources", sources(d, FactType.PERSON, p.id()));
        List<Object> cases = new ArrayList<>();
        for (CaseFile c : d.cases()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("title", c.title());
            cm.put("country", c.country());
            cm.put("jurisdiction", c.jurisdiction());
            cm.put("case_number", c.caseNumber());
            cm.put("status", c.status().code());
            cm.put("roles", d.parties().stream().filter(pa -> pa.caseId() == c.id() && pa.personId() == p.id())
                    .map(pa -> pa.role().code()).toList());
            cm.put("charges", d.charges().stream().filter(ch -> ch.caseId() == c.id())
                    .map(ch -> ordered("article", ch.article(), "description", ch.description())).toList());
            cm.put("sources", sources(d, FactType.CASE_FILE, c.id()));
            cases.add(cm);
        }
        m.put("cases", cases);
        List<Object> sentences = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("id", s.id());
            sm.put("case_id", s.caseId());
            sm.put("kind", s.kind().code());
            sm.put("term", s.term() == null ? null : s.term().toIso());
            sm.put("fine_amount", s.fineAmount());
            sm.put("fine_currency", s.fineCurrency());
            sm.put("imposed", PartialDate.isoOrNull(s.imposed()));
            sm.put("court", s.court());
            sm.put("start", PartialDate.isoOrNull(s.start()));
            sm.put("pretrial_days", s.pretrialDays());
            sm.put("notes", s.notes());
            sm.put("sources", sources(d, FactType.SENTENCE, s.id()));
            sentences.add(sm);
        }
        m.put("sentences", sentences);
        List<Object> appeals = new ArrayList<>();
        for (Appeal a : d.appeals()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("case_id", a.caseId());
            am.put("persons", a.personIds().stream().map(pid -> pid == p.id() ? p.displayName() : d.otherNames().get(pid)).toList());
            am.put("level", a.level().code());
            am.put("court", a.court());
            am.put("filed", PartialDate.isoOrNull(a.filed()));
            am.put("hearing", PartialDate.isoOrNull(a.hearing()));
            am.put("decision", PartialDate.isoOrNull(a.decision()));
            am.put("outcome", a.outcome().code());
            am.put("notes", a.notes());
            am.put("sources", sources(d, FactType.APPEAL, a.id()));
            appeals.add(am);
        }
        m.put("appeals", appeals);
        List<Object> rulings = new ArrayList<>();
        for (UnRuling r : d.rulings()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("id", r.id());
            rm.put("case_id", r.caseId());
            rm.put("body", r.body().code());
            rm.put("communication_number", r.communicationNumber());
            rm.put("adopted", PartialDate.isoOrNull(r.adopted()));
            rm.put("finding", r.finding().code());
            rm.put("articles", r.articles());
            rm.put("follow_up_status", r.followUpStatus());
            rm.put("notes", r.notes());
            rm.put("sources", sources(d, FactType.UN_RULING, r.id()));
            rulings.add(rm);
        }
        m.put("un_rulings", rulings);
        List<Object> events = new ArrayList<>();
        for (Event e : d.events()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("id", e.id());
            em.put("case_id", e.caseId());
            em.put("type", e.type().code());
            em.put("date", PartialDate.isoOrNull(e.date()));
            em.put("place", e.place());
            em.put("summary", e.summary());
            em.put("persons", e.personIds().stream().map(pid -> pid == p.id() ? p.displayName() : d.otherNames().get(pid)).toList());
            em.put("sources", sources(d, FactType.EVENT, e.id()));
            events.add(em);
        }
        m.put("events", events);
        List<Object> designations = new ArrayList<>();
        for (var x : d.designations()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("id", x.id());
            dm.put("kind", x.kind().code());
            dm.put("designated_by", x.designatedBy());
            dm.put("list_name", x.listName());
            dm.put("date", PartialDate.isoOrNull(x.date()));
            dm.put("document_id", x.documentId());
            dm.put("quote", x.quote());
            dm.put("url", x.url());
            dm.put("confidential", x.confidential());
            designations.add(dm);
        }
        m.put("designations", designations);
        List<Object> docs = new ArrayList<>();
        for (SourceDocument doc : d.documents().values()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("id", doc.id());
            dm.put("title", doc.title());
            dm.put("publisher", doc.publisher());
            dm.put("country", doc.country());
            dm.put("period_year", doc.periodYear());
            dm.put("url", doc.url());
            docs.add(dm);
        }
        m.put("documents", docs);
        return m;
    }

    private static List<Object> sources(PersonDossier d, FactType type, long id) {
        List<Object> out = new ArrayList<>();
        for (Evidence e : d.evidenceFor(type.code(), id)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document_id", e.documentId());
            m.put("start", e.startOffset());
            m.put("end", e.endOffset());
            m.put("quote", e.quote());
            m.put("note", e.note());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
