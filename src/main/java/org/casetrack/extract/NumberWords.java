package org.casetrack.extract;

import java.util.Locale;
import java.util.Map;

/** English number words as penalties are written: "five", "twenty-two", "12", "a". */
final class NumberWords {

    private static final java.util.regex.Pattern HYPHENS_SPACES = java.util.regex.Pattern.compile("[- ]+");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100));

    /** Regex for one number: digits, a word, or a compound such as "twenty-five". */
    static final String NUMBER = "(?:\\d{1,3}(?:\\.5)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|"
            + "nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)";

    private NumberWords() {
    }

    /** The value of one number, or null. */
    static Integer parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (Character.isDigit(t.charAt(0))) {
            try {
                return Integer.valueOf(t.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer v = SMALL.get(t);
        if (v != null) {
            return v;
        }
        String[] parts = HYPHENS_SPACES.split(t);
        if (parts.length == 2 && SMALL.containsKey(parts[0]) && SMALL.containsKey(parts[1])) {
            return SMALL.get(parts[0]) + SMALL.get(parts[1]);
        }
        return null;
    }
}
