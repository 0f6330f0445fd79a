package org.casetrack.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Charge;
import org.casetrack.model.Coded;
import org.casetrack.model.Event;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;

/**
 * Turns person dossiers into a {@link CaseSummary}: plain sentences, a chronology and
 * numbered source notes. Facts marked confidential, and free-text notes, are left out
 * unless confidential content is asked for.
 */
public final class SummaryBuilder {

    private final boolean includeConfidential;
    private final Map<String, Integer> noteNumbers = new LinkedHashMap<>();
    private final List<CaseSummary.Note> notes = new ArrayList<>();

    public SummaryBuilder(boolean includeConfidential) {
        this.includeConfidential = includeConfidential;
    }

    /** A summary about one person, all their cases. */
    public CaseSummary person(PersonDossier d) {
        return build(d.person().displayName(), List.of(d), null);
    }

    /** A summary about one case: its parties (each from their dossier), facts limited to the case. */
    public CaseSummary forCase(CaseFile c, List<PersonDossier> parties) {
        return build(c.title(), parties, c.id());
    }

    private CaseSummary build(String subject, List<PersonDossier> dossiers, Long onlyCase) {
        List<CaseSummary.PersonPart> persons = new ArrayList<>();
        Map<Long, CaseSummary.CasePart> cases = new LinkedHashMap<>();
        List<CaseSummary.Line> sentences = new ArrayList<>();
        Map<Long, CaseSummary.Line> appeals = new LinkedHashMap<>();
        List<CaseSummary.Line> rulings = new ArrayList<>();
        Map<Long, CaseSummary.ChronologyRow> chronology = new LinkedHashMap<>();
        Map<Long, PartialDate> chronologyDates = new LinkedHashMap<>();
        boolean many = dossiers.size() > 1;

        for (PersonDossier d : dossiers) {
            Person p = d.person();
            if (p.confidential() && !includeConfidential) {
                continue;
            }
            List<String> other = d.names().stream().map(PersonName::name).filter(n -> !n.equals(p.displayName())).distinct().toList();
            persons.add(new CaseSummary.PersonPart(p.displayName(), other, label(p.status()), p.placeOfDetention(), p.country(),
                    p.roles().stream().map(SummaryBuilder::label).sorted().toList(),
                    includeConfidential ? p.notes() : null, cite(d, FactType.PERSON, p.id())));
            String who = many ? p.displayName() + ": " : "";

            for (CaseFile c : d.cases()) {
                if ((onlyCase != null && !onlyCase.equals(c.id())) || (c.confidential() && !includeConfidential) || cases.containsKey(c.id())) {
                    continue;
                }
                List<CaseSummary.Line> charges = new ArrayList<>();
                for (Charge ch : d.charges()) {
                    if (ch.caseId() == c.id()) {
                        String text = (ch.article() == null ? "" : ch.article()) + (ch.description() == null ? "" : (ch.article() == null ? "" : ": ") + ch.description());
                        charges.add(new CaseSummary.Line((many ? who : "") + text.strip(), cite(d, FactType.CHARGE, ch.id())));
                    }
                }
                cases.put(c.id(), new CaseSummary.CasePart(c.title(), c.country(), c.caseNumber(), label(c.status()), c.summary(), charges,
                        cite(d, FactType.CASE_FILE, c.id())));
            }
            for (Sentence s : d.sentences()) {
                if (!inScope(s.caseId(), onlyCase) || (s.confidential() && !includeConfidential)) {
                    continue;
                }
                String text = who + sentenceText(s);
                List<Integer> n = cite(d, FactType.SENTENCE, s.id());
                sentences.add(new CaseSummary.Line(text, n));
                if (s.imposed() != null) {
                    putChrono(chronology, chronologyDates, -s.id() * 10 - 1, s.imposed(), who + "Sentenced: " + sentenceShort(s), n);
                }
            }
            for (Appeal a : d.appeals()) {
                if (!inScope(a.caseId(), onlyCase) || (a.confidential() && !includeConfidential) || appeals.containsKey(a.id())) {
                    continue;
                }
                List<Integer> n = cite(d, FactType.APPEAL, a.id());
                List<String> names = a.personIds().stream().map(id -> id.equals(p.id()) ? p.displayName() : d.otherNames().getOrDefault(id, "?")).toList();
                appeals.put(a.id(), new CaseSummary.Line(appealText(a, names), n));
                if (a.decision() != null) {
                    putChrono(chronology, chronologyDates, -a.id() * 10 - 2, a.decision(),
                            cap(label(a.level())) + (a.court() == null ? "" : " (" + a.court() + ")") + ": " + label(a.outcome()), n);
                }
            }
            for (UnRuling r : d.rulings()) {
                if (!inScope(r.caseId(), onlyCase) || (r.confidential() && !includeConfidential)) {
                    continue;
                }
                List<Integer> n = cite(d, FactType.UN_RULING, r.id());
                rulings.add(new CaseSummary.Line(who + rulingText(r), n));
                if (r.adopted() != null) {
                    putChrono(chronology, chronologyDates, -r.id() * 10 - 3, r.adopted(), who + r.body().fullName() + " adopted its decision", n);
                }
            }
            for (Event e : d.events()) {
                if (!inScope(e.caseId(), onlyCase) || (e.confidential() && !includeConfidential) || e.date() == null) {
                    continue;
                }
                putChrono(chronology, chronologyDates, e.id(), e.date(), e.summary(), cite(d, FactType.EVENT, e.id()));
            }
        }
        List<Long> order = new ArrayList<>(chronology.keySet());
        order.sort(Comparator.comparing(chronologyDates::get));
        List<CaseSummary.ChronologyRow> chrono = order.stream().map(chronology::get).toList();
        return new CaseSummary(subject, persons, List.copyOf(cases.values()), sentences, List.copyOf(appeals.values()), rulings,
                chrono, List.copyOf(notes));
    }

    private static void putChrono(Map<Long, CaseSummary.ChronologyRow> rows, Map<Long, PartialDate> dates, long key, PartialDate date,
                                  String text, List<Integer> notes) {
        rows.putIfAbsent(key, new CaseSummary.ChronologyRow(Dates.human(date), text, notes));
        dates.putIfAbsent(key, date);
    }

    private static boolean inScope(Long caseId, Long onlyCase) {
        return onlyCase == null || Objects.equals(caseId, onlyCase);
    }

    private List<Integer> cite(PersonDossier d, FactType type, Long factId) {
        if (factId == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Evidence e : d.evidenceFor(type.code(), factId)) {
            SourceDocument doc = d.documents().get(e.documentId());
            if (doc == null) {
                continue;
            }
            String quote = e.quote();
            String paraphrase = quote == null ? e.note() : null;
            String key = doc.id() + "\u0000" + (quote == null ? "" : quote) + "\u0000" + (paraphrase == null ? "" : paraphrase);
            Integer n = noteNumbers.get(key);
            if (n == null) {
                n = notes.size() + 1;
                noteNumbers.put(key, n);
                notes.add(new CaseSummary.Note(n, doc.publisher(), doc.title(), doc.periodYear(), quote, paraphrase, doc.url()));
            }
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    static String sentenceText(Sentence s) {
        StringBuilder sb = new StringBuilder();
        if (s.imposed() != null) {
            sb.append("On ").append(Dates.human(s.imposed())).append(", ");
        }
        sb.append(s.court() == null ? "a court" : s.court()).append(" imposed ").append(sentenceShort(s));
        if (s.start() != null) {
            sb.append(", counted from ").append(Dates.human(s.start()));
        }
        if (s.pretrialDays() != null && s.pretrialDays() > 0) {
            sb.append(", with ").append(s.pretrialDays()).append(" days of pre-trial detention credited");
        }
        sb.append('.');
        return cap(sb.toString());
    }

    static String sentenceShort(Sentence s) {
        String kind = label(s.kind());
        if (s.kind() == SentenceKind.FINE && s.fineAmount() != null) {
            return "a fine of " + s.fineAmount().toPlainString() + (s.fineCurrency() == null ? "" : " " + s.fineCurrency());
        }
        return s.term() == null ? kind : s.term().toEnglish() + " of " + kind;
    }

    static String appealText(Appeal a, List<String> names) {
        StringBuilder sb = new StringBuilder(cap(label(a.level())));
        if (!names.isEmpty()) {
            sb.append(" by ").append(String.join(", ", names));
        }
        if (a.court() != null) {
            sb.append(" to ").append(a.court());
        }
        if (a.filed() != null) {
            sb.append(", filed ").append(Dates.human(a.filed()));
        }
        if (a.hearing() != null) {
            sb.append(", heard ").append(Dates.human(a.hearing()));
        }
        if (a.decision() != null) {
            sb.append(", decided ").append(Dates.human(a.decision()));
        }
        sb.append(": ").append(label(a.outcome())).append('.');
        return sb.toString();
    }

    static String rulingText(UnRuling r) {
        StringBuilder sb = new StringBuilder(r.body().fullName());
        if (r.communicationNumber() != null) {
            sb.append(", communication No. ").append(r.communicationNumber());
        }
        if (r.adopted() != null) {
            sb.append(", adopted ").append(Dates.human(r.adopted()));
        }
        sb.append(": ").append(label(r.finding()));
        if (r.articles() != null && !r.articles().isBlank()) {
            sb.append(" (articles ").append(r.articles()).append(')');
        }
        sb.append(". Follow-up: ").append(r.followUpStatus() == null || r.followUpStatus().isBlank() ? "no information recorded" : r.followUpStatus());
        sb.append('.');
        return sb.toString();
    }

    static String label(Coded c) {
        return c == null ? "unknown" : c.code().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    static String cap(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
