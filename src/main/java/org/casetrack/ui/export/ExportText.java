package org.casetrack.ui.export;

import java.util.Locale;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.PageTexts;

/** The export dialog's own text, from {@code org/casetrack/ui/export/exportdialog*.properties}. */
public final class ExportText extends PageTexts {

    public static final String BUNDLE = "org.casetrack.ui.export.exportdialog";

    public ExportText(Locale locale) {
        super(BUNDLE, locale);
    }

    /** The text in the shell's current language. */
    public static ExportText current() {
        return new ExportText(I18n.locale());
    }
}
