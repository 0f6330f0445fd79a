package org.casetrack.ui.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.casetrack.ui.app.Dialogs;
import org.casetrack.ui.common.FormModel;

/** Dialogs for tests: records what would be shown, answers confirms and fills forms as told. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<FormModel> forms = new ArrayList<>();
    public final List<String> conflicts = new ArrayList<>();
    public final List<List<org.casetrack.ui.common.FormDiff.Difference>> differences = new ArrayList<>();
    public final List<String> retries = new ArrayList<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<ConflictChoice> choices = new ArrayDeque<>();
    private final Deque<Boolean> retryAnswers = new ArrayDeque<>();
    /** When set, conflict() goes to these dialogs instead (a TestFX test of the real conflict dialog). */
    public Dialogs conflictsTo;
    /** When set, edit() shows the real form dialog of these dialogs (a TestFX test typing into it). */
    public Dialogs editsTo;
    private final Deque<Predicate<FormModel>> editors = new ArrayDeque<>();

    /** The next confirm() answers this. */
    public RecordingDialogs answer(boolean yes) {
        answers.add(yes);
        return this;
    }

    /** The next edit() runs this on the form; its result is what edit() returns. */
    public RecordingDialogs fill(Predicate<FormModel> editor) {
        editors.add(editor);
        return this;
    }

    /** The next conflict() answers this. */
    public RecordingDialogs choose(ConflictChoice choice) {
        choices.add(choice);
        return this;
    }

    /** The next retry() answers this. */
    public RecordingDialogs retryAnswer(boolean again) {
        retryAnswers.add(again);
        return this;
    }

    @Override
    public ConflictChoice conflict(String sentence, String theirsBy, List<org.casetrack.ui.common.FormDiff.Difference> diffs) {
        conflicts.add(sentence);
        differences.add(diffs);
        if (conflictsTo != null) {
            return conflictsTo.conflict(sentence, theirsBy, diffs);
        }
        return choices.isEmpty() ? ConflictChoice.TAKE_THEIRS : choices.poll();
    }

    @Override
    public boolean retry(String sentence) {
        retries.add(sentence);
        return !retryAnswers.isEmpty() && retryAnswers.poll();
    }

    @Override
    public void error(String sentence) {
        errors.add(sentence);
    }

    @Override
    public void info(String sentence) {
        infos.add(sentence);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return answers.isEmpty() ? false : answers.poll();
    }

    @Override
    public boolean edit(FormModel form) {
        forms.add(form);
        if (editsTo != null) {
            return editsTo.edit(form);
        }
        Predicate<FormModel> e = editors.poll();
        return e != null && e.test(form) && form.validate().isEmpty();
    }

    /** The field of a form by its label key. */
    public static FormModel.Field field(FormModel form, String labelKey) {
        return form.fields().stream().filter(f -> f.labelKey().equals(labelKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + labelKey));
    }
}
