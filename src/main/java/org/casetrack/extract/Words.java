package org.casetrack.extract;

/**
 * The lower-case text of one sentence with cheap word tests, so that rules can look for
 * their trigger words before running their (slower) patterns. Nothing is allocated per word.
 */
final class Words {

    private final String lower;
    private final boolean hasDigit;
    /**
     * Where words start (a letter a-z after a non-letter), chained by first letter: head[letter]
     * is the last such start, next[k] the one before it. A rule asks for up to a hundred cue
     * words per sentence; each now looks only at the few words that start with its first
     * letter, not at the whole sentence.
     */
    private final int[] head = new int[26];
    private final int[] pos;
    private final int[] next;

    Words(String lower) {
        this.lower = lower;
        int n = lower.length();
        pos = new int[n];
        next = new int[n];
        java.util.Arrays.fill(head, -1);
        boolean digit = false;
        boolean prevLetter = false;
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (!prevLetter) {
                    pos[k] = i;
                    next[k] = head[c - 'a'];
                    head[c - 'a'] = k++;
                }
                prevLetter = true;
            } else {
                digit |= c >= '0' && c <= '9';
                prevLetter = Character.isLetter(c);
            }
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

    /** True when w occurs with no letter before it (and, if whole, none after it). */
    private boolean find(String w, boolean whole) {
        if (w.isEmpty() || w.charAt(0) < 'a' || w.charAt(0) > 'z') {
            return scan(w, whole);
        }
        for (int k = head[w.charAt(0) - 'a']; k >= 0; k = next[k]) {
            int i = pos[k];
            if (lower.startsWith(w, i)) {
                int e = i + w.length();
                if (!whole || e >= lower.length() || !Character.isLetter(lower.charAt(e))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The plain search, for a word that does not start with a letter a-z. */
    private boolean scan(String w, boolean whole) {
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
