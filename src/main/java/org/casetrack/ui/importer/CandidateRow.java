package org.casetrack.ui.importer;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.casetrack.extract.Basis;
import org.casetrack.extract.Span;
import org.casetrack.importer.ImportPlan;

/**
 * One candidate of the review step: the (possibly edited) candidate record, whether it is
 * accepted, and the two lines of text shown for it. Only the view model changes it.
 */
public final class CandidateRow {

    private final CandidateGroup group;
    private final Basis basis;
    private final String id;
    private final Object original;
    private final ReadOnlyObjectWrapper<Object> candidate = new ReadOnlyObjectWrapper<>(this, "candidate");
    private final BooleanProperty accepted = new SimpleBooleanProperty(this, "accepted");
    private final ReadOnlyBooleanWrapper orphan = new ReadOnlyBooleanWrapper(this, "orphan");
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(this, "known");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

    CandidateRow(CandidateGroup group, Object candidate, boolean accepted) {
        this(group, candidate, accepted, Basis.UNKNOWN);
    }

    CandidateRow(CandidateGroup group, Object candidate, boolean accepted, Basis basis) {
        this.basis = basis == null ? Basis.UNKNOWN : basis;
        this.group = group;
        this.id = idOf(candidate);
        this.original = candidate;
        this.candidate.set(candidate);
        this.accepted.set(accepted);
    }

    /** Why the extractor found this candidate: the rule and its confidence. */
    public Basis basis() {
        return basis;
    }

    public CandidateGroup group() {
        return group;
    }

    public String id() {
        return id;
    }

    /** The candidate as the report gave it, before any edit. */
    public Object original() {
        return original;
    }

    public Object candidate() {
        return candidate.get();
    }

    public ReadOnlyObjectProperty<Object> candidateProperty() {
        return candidate.getReadOnlyProperty();
    }

    void setCandidate(Object c) {
        if (!Objects.equals(idOf(c), id)) {
            throw new IllegalArgumentException("An edit must keep the candidate id " + id);
        }
        candidate.set(c);
        edited.set(!c.equals(original));
    }

    /** Bound bidirectionally to the row's check box; the view model reacts to changes. */
    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public boolean isAccepted() {
        return accepted.get();
    }

    /** A fact all of whose persons are rejected: it cannot be stored. */
    public ReadOnlyBooleanProperty orphanProperty() {
        return orphan.getReadOnlyProperty();
    }

    public boolean isOrphan() {
        return orphan.get();
    }

    void setOrphan(boolean b) {
        orphan.set(b);
    }

    /** The database already holds this finding: storing it only adds this report as a source. */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public boolean isKnown() {
        return known.get();
    }

    void setKnown(boolean b) {
        known.set(b);
    }

    /** A proposed change to a known person: shown before/after, not editable. */
    public boolean isChange() {
        return candidate.get() instanceof ImportPlan.ChangeCandidate;
    }

    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    void setText(String t, String d) {
        title.set(t);
        detail.set(d);
    }

    /** The evidence in the report text: the sentence stating a fact, a person's first mention. */
    public Span evidence() {
        Object c = candidate.get();
        if (c instanceof ImportPlan.PersonCandidate p) {
            return p.firstMention();
        } else if (c instanceof ImportPlan.SentenceCandidate s) {
            return s.evidence();
        } else if (c instanceof ImportPlan.AppealCandidate a) {
            return a.evidence();
        } else if (c instanceof ImportPlan.RulingCandidate u) {
            return u.evidence();
        } else if (c instanceof ImportPlan.EventCandidate e) {
            return e.evidence();
        } else if (c instanceof ImportPlan.ChangeCandidate ch) {
            return ch.evidence();
        } else if (c instanceof ImportPlan.DesignationCandidate d) {
            return d.evidence();
        }
        return null;
    }

    /** The person candidate ids a fact concerns; empty for a person row. */
    public List<String> personIds() {
        Object c = candidate.get();
        if (c instanceof ImportPlan.SentenceCandidate s) {
            return List.of(s.person());
        } else if (c instanceof ImportPlan.AppealCandidate a) {
            return a.persons();
        } else if (c instanceof ImportPlan.RulingCandidate u) {
            return List.of(u.person());
        } else if (c instanceof ImportPlan.EventCandidate e) {
            return e.persons();
        } else if (c instanceof ImportPlan.DesignationCandidate d) {
            return List.of(d.person());
        }
        return List.of();
    }

    static String idOf(Object c) {
        if (c instanceof ImportPlan.PersonCandidate p) {
            return p.id();
        } else if (c instanceof ImportPlan.SentenceCandidate s) {
            return s.id();
        } else if (c instanceof ImportPlan.AppealCandidate a) {
            return a.id();
        } else if (c instanceof ImportPlan.RulingCandidate u) {
            return u.id();
        } else if (c instanceof ImportPlan.EventCandidate e) {
            return e.id();
        } else if (c instanceof ImportPlan.ChangeCandidate ch) {
            return ch.id();
        } else if (c instanceof ImportPlan.DesignationCandidate d) {
            return d.id();
        }
        throw new IllegalArgumentException("Not an import candidate: " + c);
    }

    @Override
    public String toString() {
        return id + " " + title.get();
    }
}
