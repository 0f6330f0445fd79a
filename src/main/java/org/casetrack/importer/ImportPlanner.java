package org.casetrack.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.casetrack.extract.Basis;
import org.casetrack.extract.Extraction;
import org.casetrack.extract.Span;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.PersonRole;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;

/** Turns an extraction into a reviewable plan, matching its persons against the known ones. */
final class ImportPlanner {

    private ImportPlanner() {
    }

    static ImportPlan plan(String fileName, ReportText report, Extraction x, PersonFinder finder, Long alreadyImportedAs) {
        List<ImportPlan.PersonCandidate> persons = new ArrayList<>();
        Map<String, Basis> bases = new HashMap<>();
        for (Extraction.Person p : x.persons()) {
            bases.put(p.id(), p.basis());
            Optional<NameMatch> match = finder.resolve(p.name());
            for (int i = 0; match.isEmpty() && i < p.variants().size(); i++) {
                String v = p.variants().get(i);
                if (v.trim().contains(" ")) { // a lone surname variant proves nothing across reports
                    match = finder.resolve(v).filter(m -> m.kind().identifies());
                }
            }
            Span first = p.mentions().isEmpty() ? new Span(0, 0) : p.mentions().get(0);
            persons.add(new ImportPlan.PersonCandidate(p.id(), p.name(), p.variants(),
                    p.roles().isEmpty() ? EnumSet.noneOf(PersonRole.class) : EnumSet.copyOf(p.roles()), p.subject(),
                    match.map(NameMatch::personId).orElse(null), match.map(NameMatch::matchedName).orElse(null),
                    match.map(NameMatch::kind).orElse(null), first));
        }
        List<ImportPlan.SentenceCandidate> sentences = new ArrayList<>();
        int n = 0;
        for (Extraction.Penalty s : x.sentences()) {
            bases.put("s" + (n + 1), s.basis());
            sentences.add(new ImportPlan.SentenceCandidate("s" + (++n), s.person(), s.kind(), s.term(), s.date(), s.court(),
                    s.charges(), s.evidence()));
        }
        List<ImportPlan.AppealCandidate> appeals = new ArrayList<>();
        n = 0;
        for (Extraction.Appeal a : x.appeals()) {
            bases.put("a" + (n + 1), a.basis());
            appeals.add(new ImportPlan.AppealCandidate("a" + (++n), a.persons(), level(report.text(), a), a.date(), a.court(),
                    a.outcome(), a.evidence()));
        }
        List<ImportPlan.RulingCandidate> rulings = new ArrayList<>();
        n = 0;
        for (Extraction.UnRuling u : x.unRulings()) {
            bases.put("u" + (n + 1), u.basis());
            rulings.add(new ImportPlan.RulingCandidate("u" + (++n), u.person(), u.body(), u.date(), u.finding(), u.evidence()));
        }
        List<ImportPlan.EventCandidate> events = new ArrayList<>();
        n = 0;
        for (Extraction.Event e : x.events()) {
            bases.put("e" + (n + 1), e.basis());
            events.add(new ImportPlan.EventCandidate("e" + (++n), e.persons(), e.type(), e.date(), e.summary(), e.evidence()));
        }
        List<ImportPlan.DesignationCandidate> designations = new ArrayList<>();
        n = 0;
        for (Extraction.Designation d : x.designations()) {
            bases.put("d" + (n + 1), d.basis());
            designations.add(new ImportPlan.DesignationCandidate("d" + (++n), d.person(), d.kind(), d.designatedBy(), d.listName(),
                    d.date(), d.evidence()));
        }
        return new ImportPlan(fileName, report, contentHash(report.text()), alreadyImportedAs, persons, sentences, appeals,
                rulings, events, bases).withDesignations(designations);
    }

    /** The level of a challenge, from the words of its evidence sentence. */
    static AppealLevel level(String text, Extraction.Appeal a) {
        Span e = a.evidence();
        String s = text.substring(Math.max(0, e.start()), Math.min(text.length(), e.end())).toLowerCase(Locale.ROOT);
        if (s.contains("cassation")) {
            return AppealLevel.CASSATION;
        }
        if (s.contains("supervisory")) {
            return AppealLevel.SUPERVISORY;
        }
        if (s.contains("constitutional")) {
            return AppealLevel.CONSTITUTIONAL;
        }
        return AppealLevel.APPEAL;
    }

    static String contentHash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
