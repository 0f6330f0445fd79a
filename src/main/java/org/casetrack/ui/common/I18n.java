package org.casetrack.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every piece of UI text comes from {@code org/casetrack/ui/i18n/messages*.properties}. */
public final class I18n {

    public static final String BUNDLE = "org.casetrack.ui.i18n.messages";

    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    private I18n() {
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language for views built from now on. */
    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for key, with {0}-style arguments filled in. */
    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** The label of an enum constant: key {@code enum.<Type>.<NAME>}, falling back to a readable name. */
    public static String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
