package org.casetrack.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The lower-case words of one sentence, built once, so that rules can test for their
 * trigger words cheaply before running their (slower) patterns.
 */
final class Words {

    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private boolean hasDigit;

    private static final int STEM = 5;

    Words(String lower) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '-')) {
                    i++;
                }
                String w = lower.substring(s, i);
                words.add(w);
                if (w.length() > STEM) {
                    stems.add(w.substring(0, STEM));
                }
                continue;
            }
            if (c >= '0' && c <= '9') {
                hasDigit = true;
            }
            i++;
        }
    }

    boolean has(String word) {
        return words.contains(word);
    }

    boolean hasAny(String... ws) {
        for (String w : ws) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word is one of these or starts with one of at least five letters ("sentenc"). */
    boolean hasPrefix(String... prefixes) {
        for (String p : prefixes) {
            if (words.contains(p) || (p.length() >= STEM && stems.contains(p.substring(0, STEM)) && startsWith(p))) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(String p) {
        if (p.length() == STEM) {
            return true;
        }
        for (String w : words) {
            if (w.startsWith(p)) {
                return true;
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
