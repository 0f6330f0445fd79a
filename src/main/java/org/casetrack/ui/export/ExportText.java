package org.casetrack.ui.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.casetrack.ui.common.I18n;

/**
 * The export dialog's own text, from {@code org/casetrack/ui/export/exportdialog*.properties}
 * (kept apart from the shell's bundle).
 */
public final class ExportText {

    public static final String BUNDLE = "org.casetrack.ui.export.exportdialog";

    private final ResourceBundle bundle;
    private final Locale locale;

    public ExportText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The text in the shell's current language. */
    public static ExportText current() {
        return new ExportText(I18n.locale());
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
}
