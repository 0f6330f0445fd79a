package org.casetrack.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of a page that ships its own bundle beside its package (the import wizard, the
 * export dialog), kept apart from the shell's bundle so each page's keys stay its own.
 */
public class PageTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    protected PageTexts(String bundleName, Locale locale) {
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public Locale locale() {
        return locale;
    }

    /** The text for key, with {0}-style arguments filled in; a missing key shows as !key!. */
    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant (key {@code enum.<Type>.<NAME>}), or an empty string for null. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return tr("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
