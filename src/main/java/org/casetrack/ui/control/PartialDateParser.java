package org.casetrack.ui.control;

import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.PartialDate;

/**
 * Reads the ways people write a date they know only in part: "2016", "2016-03",
 * "2016-03-21", "21 May 2016", "May 21, 2016", "March 2016", "Mar 2016", "21.05.2016",
 * "03.2016", and the Russian "21 мая 2016 г.", "март 2016", "в марте 2016 года".
 * Pure Java so that it can be tested without a screen.
 */
public final class PartialDateParser {

    /** The outcome: a date, or the key of the message explaining why not. */
    public record Result(PartialDate date, String errorKey) {
        public boolean ok() {
            return errorKey == null;
        }

        static Result of(PartialDate d) {
            return new Result(d, null);
        }

        static Result error(String key) {
            return new Result(null, key);
        }
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "январь", "января", "январе", "янв"},
            {"february", "feb", "февраль", "февраля", "феврале", "фев", "февр"},
            {"march", "mar", "март", "марта", "марте", "мар"},
            {"april", "apr", "апрель", "апреля", "апреле", "апр"},
            {"may", "май", "мая", "мае"},
            {"june", "jun", "июнь", "июня", "июне", "июн"},
            {"july", "jul", "июль", "июля", "июле", "июл"},
            {"august", "aug", "август", "августа", "августе", "авг"},
            {"september", "sep", "sept", "сентябрь", "сентября", "сентябре", "сен", "сент"},
            {"october", "oct", "октябрь", "октября", "октябре", "окт"},
            {"november", "nov", "ноябрь", "ноября", "ноябре", "ноя", "нояб"},
            {"december", "dec", "декабрь", "декабря", "декабре", "дек"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                MONTHS.put(n, i + 1);
            }
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DOTTED = Pattern.compile("(?:(\\d{1,2})[./])?(\\d{1,2})[./](\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");

    private PartialDateParser() {
    }

    /** Parses input; blank input is an error here (callers decide whether a date is optional). */
    public static Result parse(String input) {
        if (input == null || input.isBlank()) {
            return Result.error("date.error.empty");
        }
        String s = normalise(input);
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return build(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            }
            m = DOTTED.matcher(s);
            if (m.matches()) {
                return build(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(2));
                if (month == null) {
                    return Result.error("date.error.month");
                }
                return build(Integer.parseInt(m.group(3)), month.toString(), m.group(1));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(1));
                if (month == null) {
                    return Result.error("date.error.month");
                }
                return build(Integer.parseInt(m.group(3)), month.toString(), m.group(2));
            }
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) {
                Integer month = month(m.group(1));
                if (month == null) {
                    return Result.error("date.error.month");
                }
                return build(Integer.parseInt(m.group(2)), month.toString(), null);
            }
        } catch (NumberFormatException e) {
            return Result.error("date.error.format");
        }
        return Result.error("date.error.format");
    }

    private static String normalise(String input) {
        String s = input.trim().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        // Russian trimmings: "в марте 2016 года", "21 мая 2016 г.", "2016 г."
        s = s.replaceFirst("^(в|во|in|on)\\s+", "");
        s = s.replaceFirst("\\s*(года|год|г\\.?)$", "");
        s = s.replaceFirst("(\\d)\\s*(г\\.?)$", "$1");
        return s.trim();
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.get(w);
    }

    private static Result build(int year, String month, String day) {
        if (year < 1 || year > 9999) {
            return Result.error("date.error.year");
        }
        Integer mo = month == null ? null : Integer.valueOf(month);
        Integer d = day == null ? null : Integer.valueOf(day);
        if (mo != null && (mo < 1 || mo > 12)) {
            return Result.error("date.error.month");
        }
        try {
            return Result.of(new PartialDate(year, mo, d));
        } catch (IllegalArgumentException e) {
            return Result.error("date.error.day");
        }
    }
}
