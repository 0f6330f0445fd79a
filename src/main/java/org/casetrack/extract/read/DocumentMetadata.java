package org.casetrack.extract.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, publisher, country and covered year of a country report, from genre cues. */
record DocumentMetadata(String title, String publisher, String country, Integer periodYear) {

    static final String HRW = "Human Rights Watch";
    static final String AMNESTY = "Amnesty International";

    private static final Pattern EVENTS_OF = Pattern.compile("Events of ((?:19|20)\\d\\d)");
    private static final Pattern WORLD_REPORT = Pattern.compile("World Report ((?:19|20)\\d\\d)");
    private static final Pattern SPLIT_YEAR = Pattern.compile("Report ((?:19|20)\\d\\d)\\s*/\\s*(\\d\\d)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.-])((?:19|20)\\d\\d)(?!\\d|,\\d|-\\d)");
    private static final Pattern EARLY_MONTH = Pattern.compile("(?:January|February|March),?\\s*$");
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "(?i)\\b(?:scheduled for|planned for|due in|due by|until|by|ahead of|before|upcoming|forthcoming|expected in|"
                    + "postponed to|in the run-up to|World Cup|Expo|Olympics?|Games|strategy|plan|programme|program)\\s+(?:the\\s+)?$");
    private static final Pattern FUTURE_AFTER = Pattern.compile(
            "^\\s*(?:World Cup|FIFA|Expo|Olympic|Winter Olympic|Summer Olympic|European Games|Asian Games)");
    private static final Pattern HEAD_OF_STATE = Pattern.compile("(?m)^\\s*Head of (?:state|government)\\s*:");
    private static final Pattern REPUBLIC_OF = Pattern.compile(
            "(?m)^\\s*(?:(?:Islamic|Democratic|People's|Federal|Socialist|Kyrgyz|Arab|United) )*(?:Republic|Kingdom|Federation|State|Sultanate|Emirate) of (?:the )?([A-Z][\\p{L}\\- ]{2,40}?)\\s*$");
    private static final Pattern TITLE_COUNTRY = Pattern.compile("(?:World Report|Report) (?:\\d{4}(?:/\\d\\d)?)\\s*[:\\-\u2013]\\s*([A-Z][\\p{L} ]{2,40}?)(?:\\s*[|\\n]|$)");



    static DocumentMetadata detect(String text, int bodyStart, int bodyEnd) {
        String head = text.substring(0, Math.min(text.length(), Math.max(bodyStart, 3000)));
        String publisher = publisher(text, head);
        Integer year = periodYear(text, head, bodyStart, bodyEnd, publisher);
        String country = country(text, head, bodyStart, bodyEnd);
        String title = title(head, publisher, country, year);
        return new DocumentMetadata(title, publisher, country, year);
    }

    private static String publisher(String text, String head) {
        int hrw = count(text, HRW);
        int ai = count(text, AMNESTY);
        if (hrw > 0 && hrw >= ai) {
            return HRW;
        }
        if (ai > 0) {
            return AMNESTY;
        }
        if (HEAD_OF_STATE.matcher(head).find()) {
            return AMNESTY; // Amnesty's annual-report chapters open with these lines
        }
        if (EVENTS_OF.matcher(head).find() || head.contains("World Report")) {
            return HRW;
        }
        return null;
    }

    static Integer periodYear(String text, String head, int bodyStart, int bodyEnd, String publisher) {
        Matcher m = EVENTS_OF.matcher(head);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        m = SPLIT_YEAR.matcher(head);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        m = WORLD_REPORT.matcher(head);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) - 1;
        }
        if (!AMNESTY.equals(publisher)) {
            Integer y = datedYear(text, bodyStart, bodyEnd);
            if (y != null) {
                return y;
            }
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> early = new HashMap<>();
        String body = text.substring(bodyStart, bodyEnd);
        Matcher y = YEAR.matcher(body);
        while (y.find()) {
            String before = body.substring(Math.max(0, y.start() - 30), y.start());
            String after = body.substring(y.end(), Math.min(body.length(), y.end() + 20));
            if (FUTURE_BEFORE.matcher(before).find() || FUTURE_AFTER.matcher(after).find()) {
                continue; // "elections scheduled for 2018", "the 2018 World Cup": not the year covered
            }
            counts.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
            if (EARLY_MONTH.matcher(before).find()) {
                early.merge(Integer.parseInt(y.group(1)), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        int max = counts.keySet().stream().max(Integer::compare).orElseThrow();
        if (AMNESTY.equals(publisher) && counts.get(max).equals(early.get(max))) {
            // "On 12 January 2018" in a chapter printed early in 2018: an update after the year covered
            return max - 1;
        }
        if (AMNESTY.equals(publisher) && counts.get(max) <= 2) {
            // Amnesty chapters date the covered year's events by day and month only;
            // the years they spell out are earlier ones ("legislation introduced in 2015").
            return max + 1;
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTHS + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+((?:19|20)\\d\\d)\\b"
            + "|\\b\\d{1,2}\\.?\\s+" + MONTHS + ",?\\s+((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)-[01]\\d-[0-3]\\d\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(MONTHS + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+" + MONTHS);
    private static final int DATELINE_CHARS = 300;
    private static final int CHAPTER_CHARS = 6000;

    /**
     * The covered year of a text that is no HRW or Amnesty chapter (decision 0041): the year of
     * its dateline; for a long chapter that dates its own events by day and month only ("On June
     * 3") the year after the latest year it spells out; else the latest year a dated event has.
     */
    private static Integer datedYear(String text, int bodyStart, int bodyEnd) {
        Matcher d = MONTH_YEAR.matcher(text).region(0, Math.min(text.length(), DATELINE_CHARS));
        if (d.find()) {
            return Integer.parseInt(firstGroup(d));
        }
        String body = text.substring(bodyStart, bodyEnd);
        int full = 0;
        int latest = 0;
        Matcher m = MONTH_YEAR.matcher(body);
        while (m.find()) {
            full++;
            latest = Math.max(latest, Integer.parseInt(firstGroup(m)));
        }
        int dayMonth = 0;
        Matcher dm = DAY_MONTH.matcher(body);
        while (dm.find()) {
            dayMonth++;
        }
        if (body.length() >= CHAPTER_CHARS && dayMonth >= 4 && full * 4 <= dayMonth) {
            int spelled = latest;
            Matcher y = YEAR.matcher(body);
            while (latest == 0 && y.find()) { // no month-dated year: the latest bare year not in a title
                String after = body.substring(y.end(), Math.min(body.length(), y.end() + 2));
                if (!(after.length() == 2 && after.charAt(0) == ' ' && Character.isUpperCase(after.charAt(1)))) {
                    spelled = Math.max(spelled, Integer.parseInt(y.group(1)));
                }
            }
            return spelled == 0 ? null : spelled + 1;
        }
        return latest == 0 ? null : latest;
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static String country(String text, String head, int bodyStart, int bodyEnd) {
        Matcher m = TITLE_COUNTRY.matcher(head);
        if (m.find()) {
            String t = m.group(1).trim();
            for (String c : Countries.NAMES) {
                if (t.endsWith(c) && !t.equals(c)) {
                    return c; // "Rights Trends in Uzbekistan"
                }
            }
            return t;
        }
        m = REPUBLIC_OF.matcher(head);
        if (m.find()) {
            return m.group(1).trim();
        }
        java.util.Map<String, Integer> counts = countCountries(text);
        String best = null;
        int bestCount = 0;
        for (String c : Countries.NAMES) {
            int k = counts.getOrDefault(c, 0);
            if (k > bestCount) {
                best = c;
                bestCount = k;
            }
        }
        return best;
    }

    private static String title(String head, String publisher, String country, Integer year) {
        int bar = head.indexOf(" | ");
        if (bar > 0 && bar < 200 && head.lastIndexOf('\n', bar) < 0) {
            return head.substring(0, bar).trim();
        }
        for (String line : head.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && t.length() <= 150) {
                return t;
            }
            if (!t.isEmpty()) {
                break;
            }
        }
        if (country != null && publisher != null) {
            return publisher + ": " + country;
        }
        return null;
    }

    /** Country names by their first three letters, so that one pass over the text counts them all. */
    private static final java.util.Map<String, List<String>> COUNTRIES_BY_PREFIX = Countries.NAMES.stream()
            .collect(java.util.stream.Collectors.groupingBy(c -> c.substring(0, 3)));

    /**
     * How often each country is named, counted as {@link #count} does (not inside a longer word),
     * in one pass: a pass per country over a long chapter was a sixth of extraction time.
     */
    static java.util.Map<String, Integer> countCountries(String text) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        int n = text.length();
        for (int i = 0; i + 3 <= n; i++) {
            if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && Character.isLetter(text.charAt(i - 1)))) {
                continue;
            }
            List<String> candidates = COUNTRIES_BY_PREFIX.get(text.substring(i, i + 3));
            if (candidates == null) {
                continue;
            }
            for (String c : candidates) {
                int e = i + c.length();
                if (text.startsWith(c, i) && (e >= n || !Character.isLowerCase(text.charAt(e)))) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static int count(String text, String needle) {
        int k = 0;
        int i = text.indexOf(needle);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + needle.length();
            boolean endOk = e >= text.length() || !Character.isLowerCase(text.charAt(e));
            if (startOk && endOk) {
                k++;
            }
            i = text.indexOf(needle, i + needle.length());
        }
        return k;
    }
}
