package org.casetrack.export;

import java.util.Locale;

/** The language a letter is written in: English, or Russian for authorities of Kazakhstan, Belarus, Russia and Central Asia. */
public enum Lang {
    EN(Locale.ENGLISH), RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "en" or "ru" (any case); one plain sentence otherwise. */
    public static Lang parse(String s) {
        for (Lang l : values()) {
            if (l.code().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("A letter is written in en or ru, not " + s + ".");
    }
}
