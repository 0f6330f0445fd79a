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
    private final Deque<Boolean> answers = new ArrayDeque<>();
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
        Predicate<FormModel> e = editors.poll();
        return e != null && e.test(form) && form.validate().isEmpty();
    }

    /** The field of a form by its label key. */
    public static FormModel.Field field(FormModel form, String labelKey) {
        return form.fields().stream().filter(f -> f.labelKey().equals(labelKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + labelKey));
    }
}
