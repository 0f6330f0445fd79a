package org.casetrack.ui.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The import wizard's own text, from {@code org/casetrack/ui/importer/wizard*.properties}
 * (kept apart from the shell's bundle). Enum labels use keys {@code enum.<Type>.<NAME>}.
 */
public final class WizardText {

    public static final String BUNDLE = "org.casetrack.ui.importer.wizard";

    private final ResourceBundle bundle;
    private final Locale locale;

    public WizardText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The text in the JVM's default language (Russian or English). */
    public static WizardText forDefaultLocale() {
        return new WizardText(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    /** The text for key, with {0}-style arguments filled in. */
    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant, or an empty string for null. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return tr("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
