package org.casetrack.ui.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.Term;

/** Reads and writes sentence terms as people type them: "5y 6m", "2 years 6 months", "5 лет", "P5Y6M". */
public final class TermText {

    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(years?|yrs?|y|months?|mos?|m|weeks?|w|days?|d|лет|года?|г|месяцев|месяца?|мес|м|недел[ьиюя]|нед|дней|дня|день|д)\\.?");

    private TermText() {
    }

    /** The term, or null when the text is not one. */
    public static Term parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace(",", " ").replace(" and ", " ").replace(" и ", " ");
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("p")) {
            try {
                return Term.parse(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Matcher m = PART.matcher(s);
        int y = 0;
        int mo = 0;
        int d = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!s.substring(end, m.start()).isBlank()) {
                return null;
            }
            end = m.end();
            any = true;
            int n = Integer.parseInt(m.group(1));
            String u = m.group(2);
            if (u.startsWith("y") || u.startsWith("л") || u.startsWith("г")) {
                y += n;
            } else if (u.startsWith("w") || u.startsWith("нед")) {
                d += 7 * n;
            } else if (u.startsWith("mo") || u.equals("m") || u.startsWith("мес") || u.equals("м")) {
                mo += n;
            } else {
                d += n;
            }
        }
        if (!any || !s.substring(end).isBlank()) {
            return null;
        }
        return new Term(y, mo, d);
    }

    /** "5y 6m", the short form the field shows. */
    public static String format(Term t) {
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (t.years() > 0) {
            sb.append(t.years()).append("y ");
        }
        if (t.months() > 0) {
            sb.append(t.months()).append("m ");
        }
        if (t.days() > 0 || sb.length() == 0) {
            sb.append(t.days()).append("d");
        }
        return sb.toString().strip();
    }

    /** "5 years 6 months" in the current language. */
    public static String describe(Term t) {
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (t.years() > 0) {
            sb.append(I18n.tr("term.years", t.years())).append(' ');
        }
        if (t.months() > 0) {
            sb.append(I18n.tr("term.months", t.months())).append(' ');
        }
        if (t.days() > 0 || sb.length() == 0) {
            sb.append(I18n.tr("term.days", t.days()));
        }
        return sb.toString().strip();
    }
}
