package org.casetrack.ui.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casetrack.importer.ImportPlan;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Term;
import org.casetrack.ui.control.PartialDates;

/** The title and detail lines of review rows, in the wizard's language. Pure: no nodes. */
final class CandidateTexts {

    private static final String SEP = " · ";

    private final WizardText text;

    CandidateTexts(WizardText text) {
        this.text = text;
    }

    /** Fills the row's title and detail; names maps person candidate ids to their current names. */
    void describe(CandidateRow row, Map<String, String> names) {
        Object c = row.candidate();
        String title;
        List<String> detail = new ArrayList<>();
        if (c instanceof ImportPlan.PersonCandidate p) {
            title = p.name();
            detail.add(p.isNew() ? text.tr("person.new") : text.tr("person.matches", p.matchedName()));
            detail.add(text.tr(p.subject() ? "person.subject" : "person.passing"));
            if (!p.roles().isEmpty()) {
                detail.add(p.roles().stream().map(text::label).collect(Collectors.joining(", ")));
            }
        } else if (c instanceof ImportPlan.SentenceCandidate s) {
            title = text.tr("sentence.title", name(names, s.person()), text.label(s.kind()), term(s.term()));
            detail.add(date(s.date()));
            if (s.court() != null && !s.court().isBlank()) {
                detail.add(s.court());
            }
            if (!s.charges().isEmpty()) {
                detail.add(String.join(", ", s.charges()));
            }
        } else if (c instanceof ImportPlan.AppealCandidate a) {
            title = text.tr("appeal.title", names(names, a.persons()), text.label(a.level()), text.label(a.outcome()));
            detail.add(date(a.date()));
            if (a.court() != null && !a.court().isBlank()) {
                detail.add(a.court());
            }
        } else if (c instanceof ImportPlan.RulingCandidate u) {
            title = text.tr("ruling.title", name(names, u.person()), text.label(u.body()), text.label(u.finding()));
            detail.add(date(u.date()));
        } else if (c instanceof ImportPlan.EventCandidate e) {
            title = text.tr("event.title", text.label(e.type()),
                    e.persons().isEmpty() ? text.tr("event.nobody") : names(names, e.persons()));
            detail.add(date(e.date()));
            if (e.summary() != null && !e.summary().isBlank()) {
                detail.add(e.summary());
            }
        } else if (c instanceof ImportPlan.DesignationCandidate d) {
            title = text.tr("designation.title", name(names, d.person()), text.label(d.kind()), d.designatedBy());
            detail.add(date(d.date()));
            if (d.listName() != null && !d.listName().isBlank()) {
                detail.add(d.listName());
            }
        } else if (c instanceof ImportPlan.ChangeCandidate ch) {
            title = text.tr("change.title", ch.personName(), text.tr("change." + ch.kind().name().toLowerCase(java.util.Locale.ROOT)));
            detail.add(text.tr("change.beforeAfter", value(ch, ch.before()), value(ch, ch.after())));
        } else {
            throw new IllegalArgumentException("Not an import candidate: " + c);
        }
        if (row.isKnown()) {
            detail.add(text.tr("fact.known"));
        }
        if (!org.casetrack.extract.Basis.UNKNOWN.equals(row.basis())) {
            // why the extractor found it, so that a caseworker can judge the low-confidence rows
            int percent = (int) Math.round(row.basis().confidence() * 100);
            detail.add(text.tr(row.basis().proposed() ? "basis" : "basis.low", row.basis().rule(), percent));
        }
        if (row.isOrphan()) {
            detail.add(text.tr(row.personIds().size() > 1 ? "fact.orphan.many" : "fact.orphan.one"));
        }
        row.setText(title, String.join(SEP, detail));
    }

    /** A change's before or after value in words: a status or role label, a term, a place. */
    private String value(ImportPlan.ChangeCandidate ch, String v) {
        if (v == null || v.isBlank()) {
            return text.tr("change.none");
        }
        return switch (ch.kind()) {
            case STATUS -> text.label(org.casetrack.model.Coded.parse(org.casetrack.model.PersonStatus.class, v));
            case ROLES -> java.util.Arrays.stream(v.split(";"))
                    .map(r -> text.label(org.casetrack.model.Coded.parse(org.casetrack.model.PersonRole.class, r.strip())))
                    .collect(Collectors.joining(", "));
            case SENTENCE_TERM -> term(Term.parse(v));
            case PLACE_OF_DETENTION -> v;
        };
    }

    String term(Term t) {
        if (t == null || t.isZero()) {
            return text.tr("term.unknown");
        }
        List<String> parts = new ArrayList<>();
        if (t.years() > 0) {
            parts.add(text.tr("term.years", t.years()));
        }
        if (t.months() > 0) {
            parts.add(text.tr("term.months", t.months()));
        }
        if (t.days() > 0) {
            parts.add(text.tr("term.days", t.days()));
        }
        return String.join(" ", parts);
    }

    String date(PartialDate d) {
        return d == null ? text.tr("date.unknown") : PartialDates.format(d, text.locale());
    }

    private String name(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }

    private String names(Map<String, String> names, List<String> ids) {
        return ids.stream().map(id -> name(names, id)).collect(Collectors.joining(", "));
    }
}
