package org.casetrack.extract;

/**
 * The lower-case text of one sentence with cheap word tests, so that rules can look for
 * their trigger words before running their (slower) patterns. Nothing is allocated per word.
 */
final class Words {

    private final String lower;
    private final boolean hasDigit;
    /**
     * Where words may start (after a non-letter), grouped by first letter: a..z, then all other
     * characters. A rule asks for up to a hundred cue words per sentence; each now looks only at
     * the few words that start with its first letter, not at the whole sentence.
     */
    private final int[] starts;
    private final int[] bucketStart = new int[BUCKETS + 1];
    private static final int BUCKETS = 27;

    Words(String lower) {
        this.lower = lower;
        boolean digit = false;
        for (int i = 0; i < lower.length() && !digit; i++) {
            char c = lower.charAt(i);
            digit = c >= '0' && c <= '9';
        }
        this.hasDigit = digit;
        int n = lower.length();
        int[] count = new int[BUCKETS];
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (startOk(i)) {
                count[bucket(lower.charAt(i))]++;
                total++;
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            bucketStart[b + 1] = bucketStart[b] + count[b];
        }
        this.starts = new int[total];
        int[] next = java.util.Arrays.copyOf(bucketStart, BUCKETS);
        for (int i = 0; i < n; i++) {
            if (startOk(i)) {
                starts[next[bucket(lower.charAt(i))]++] = i;
            }
        }
    }

    private boolean startOk(int i) {
        return i == 0 || !Character.isLetter(lower.charAt(i - 1));
    }

    private static int bucket(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : BUCKETS - 1;
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

    /** True when w occurs with no letter before it (and, if whole, none after it). */
    private boolean find(String w, boolean whole) {
        if (w.isEmpty()) {
            for (int i = 0; i <= lower.length(); i++) { // as indexOf("") finds it: at every position
                if (startOk(i) && (!whole || i >= lower.length() || !Character.isLetter(lower.charAt(i)))) {
                    return true;
                }
            }
            return false;
        }
        int b = bucket(w.charAt(0));
        for (int k = bucketStart[b]; k < bucketStart[b + 1]; k++) {
            int i = starts[k];
            if (lower.startsWith(w, i)) {
                int e = i + w.length();
                if (!whole || e >= lower.length() || !Character.isLetter(lower.charAt(e))) {
                    return true;
                }
            }
        }
        return false;
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
