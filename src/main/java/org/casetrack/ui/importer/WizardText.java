package org.casetrack.ui.importer;

import java.util.Locale;
import org.casetrack.ui.common.PageTexts;

/**
 * The import wizard's own text, from {@code org/casetrack/ui/importer/wizard*.properties}.
 * Enum labels use keys {@code enum.<Type>.<NAME>}.
 */
public final class WizardText extends PageTexts {

    public static final String BUNDLE = "org.casetrack.ui.importer.wizard";

    public WizardText(Locale locale) {
        super(BUNDLE, locale);
    }

    /** The text in the JVM's default language (Russian or English). */
    public static WizardText forDefaultLocale() {
        return new WizardText(Locale.getDefault());
    }
}
