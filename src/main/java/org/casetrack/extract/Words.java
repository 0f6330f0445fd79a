package org.casetrack.extract;

/**
 * The lower-case text of one sentence with cheap word tests, so that rules can look for
 * their trigger words before running their (slower) patterns. Nothing is allocated per word.
 */
final class Words {

    private final String lower;
    private final boolean hasDigit;

    Words(String lower) {
        this.lower = lower;
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            char c = lower.charAt(i);
            digit = c >= '0' && c <= '9';
        }
        this.hasDigit = digit;
    }

    /** True when the word occurs whole. */
    boolean has(String word) {
        return find(word, true);
    }

    boolean hasAny(String... ws) {
        for (String w : ws) {
            if (find(w, true)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word is one of these or starts with one of them ("sentenc" finds "sentenced"). */
    boolean hasPrefix(String... prefixes) {
        for (String p : prefixes) {
            if (find(p, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean find(String w, boolean whole) {
        int from = 0;
        while (true) {
            int i = lower.indexOf(w, from);
            if (i < 0) {
                return false;
            }
            int e = i + w.length();
            boolean startOk = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            boolean endOk = !whole || e >= lower.length() || !Character.isLetter(lower.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    boolean hasDigit() {
        return hasDigit;
    }

    boolean hasMonth() {
        return hasAny("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec");
    }
}
