package org.casetrack.extract.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text copied from a web page: blank runs collapsed, headings and paragraphs
 * that lost their line breaks ("...in 2016.Freedom of AssemblyThe government...") put
 * back on their own lines, and the chapter body told apart from the site's menus.
 */
final class WebCopyCleaner {

    /** Longest heading recognised between a sentence end and a glued sentence start. */
    private static final int MAX_HEADING = 80;
    private static final int MAX_HEADING_WORDS = 9;
    /** Non-prose characters allowed between two prose segments of the same body. */
    private static final int MAX_GAP = 220;

    private WebCopyCleaner() {
    }

    /**
     * Unifies line ends and spaces character for character, so that every offset into the
     * result is the same offset into the original text: CR before LF becomes a space, a lone
     * CR, a form feed or a line/paragraph separator a line break; non-breaking and other odd
     * spaces, tabs, zero-width spaces, a BOM and control characters become spaces.
     */
    static String normaliseInPlace(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (c == '\r') {
                a[i] = i + 1 < a.length && a[i + 1] == '\n' ? ' ' : '\n';
            } else if (c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                a[i] = '\n';
            } else if (c == '\u00A0' || c == '\t' || c == '\u2009' || c == '\u202F' || c == '\u2007' || c == '\u200B'
                    || c == '\uFEFF' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || (c < ' ' && c != '\n')) {
                a[i] = ' ';
            }
        }
        return new String(a);
    }

    /** Unifies line ends and spaces and collapses runs of spaces (for PDF text, which is rebuilt anyway). */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            i = 1;
        }
        boolean space = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\u00A0' || c == '\t' || c == '\u2009' || c == '\u202F' || c == '\u2007' || c == '\f') {
                c = ' ';
            }
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (c == ' ') {
                if (space) {
                    continue;
                }
                space = true;
            } else {
                space = false;
            }
            if (c < ' ' && c != '\n') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** True when a sentence ends right before p with no space ("...in 2016.The"). */
    private static boolean gluedSentenceEnd(String s, int p) {
        char prev = s.charAt(p - 1);
        if (prev == '\u201D' || prev == '"' || prev == '\u2019') {
            return p >= 2 && isStop(s.charAt(p - 2));
        }
        if (!isStop(prev) || p < 3) {
            return false;
        }
        // "U.S." and initials: a lone capital before the dot is an abbreviation
        return !(Character.isUpperCase(s.charAt(p - 2)) && !Character.isLetter(s.charAt(p - 3)));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** Puts glued headings and paragraphs on lines of their own. */
    static String splitGluedHeadings(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 256);
        int n = s.length();
        int copied = 0;
        for (int p = 1; p < n; p++) {
            char c = s.charAt(p);
            if (!Character.isUpperCase(c) || !gluedSentenceEnd(s, p)) {
                continue;
            }
            int q = headingEnd(s, p);
            sb.append(s, copied, p).append("\n\n");
            if (q > 0) {
                sb.append(s, p, q).append("\n\n");
                copied = q;
                p = q;
            } else {
                copied = p;
            }
        }
        sb.append(s, copied, n);
        return sb.toString();
    }

    /** End of a heading starting at p and glued to the next sentence, or -1. */
    private static int headingEnd(String s, int p) {
        int words = 1;
        int limit = Math.min(s.length() - 1, p + MAX_HEADING);
        for (int i = p + 1; i <= limit; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                words++;
                if (words > MAX_HEADING_WORDS) {
                    return -1;
                }
                continue;
            }
            if (c == '\n' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"'
                    || c == '\u201C' || c == '\u201D' || Character.isDigit(c)) {
                return -1;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1)) && i + 1 < s.length()
                    && (Character.isLowerCase(s.charAt(i + 1)) || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * [start, end) of the chapter body: the largest cluster of prose segments. Fragments of
     * sentences (many words, no full stop: a sentence cut by a page break) keep a cluster
     * together but do not start or end one; menus and lists of links break it.
     */
    static int[] findBody(String s) {
        List<int[]> prose = new ArrayList<>();
        List<int[]> fragments = new ArrayList<>();
        int n = s.length();
        int segStart = 0;
        int junk = 0;
        for (int i = 0; i <= n; i++) {
            // a line end, a camel-case join ("MenuSkip") or a glued stop ("2016.The") cuts a segment
            boolean cut = i == n || s.charAt(i) == '\n'
                    || (i > 0 && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1)))
                    || (i > 2 && Character.isUpperCase(s.charAt(i)) && gluedSentenceEnd(s, i));
            if (!cut) {
                continue;
            }
            if (isProse(s, segStart, i)) {
                prose.add(new int[] {segStart, i, junk});
                junk = 0;
            } else if (!isFragment(s, segStart, i)) {
                junk += i - segStart;
            } else {
                fragments.add(new int[] {segStart, i});
            }
            segStart = i == n || s.charAt(i) == '\n' ? i + 1 : i;
        }
        if (prose.isEmpty()) {
            return new int[] {0, n};
        }
        int bestStart = 0;
        int bestEnd = 0;
        long bestChars = -1;
        int cs = 0;
        long chars = 0;
        for (int k = 0; k < prose.size(); k++) {
            if (k > 0 && prose.get(k)[2] > MAX_GAP) {
                cs = k;
                chars = 0;
            }
            chars += prose.get(k)[1] - prose.get(k)[0];
            if (chars > bestChars) {
                bestChars = chars;
                bestStart = prose.get(cs)[0];
                bestEnd = prose.get(k)[1];
            }
        }
        // an excerpt cut mid-sentence at either end: the cut paragraph right next to the body is body
        for (int[] f : fragments) {
            if (f[0] >= bestEnd && s.substring(bestEnd, f[0]).isBlank()) {
                bestEnd = f[1];
            }
        }
        for (int k = fragments.size() - 1; k >= 0; k--) {
            int[] f = fragments.get(k);
            if (f[1] <= bestStart && s.substring(f[1], bestStart).isBlank()) {
                bestStart = f[0];
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /** Many words, mostly lower case, but no sentence end: part of a sentence. */
    private static boolean isFragment(String s, int from, int to) {
        if (to - from < 60) {
            return false;
        }
        int words = 1;
        int lower = 0;
        for (int i = from; i < to; i++) {
            // a word starts after a space; runs of spaces (a cut word blanked at the end) are one gap
            if (s.charAt(i) == ' ' && i + 1 < to && s.charAt(i + 1) != ' ') {
                words++;
                if (Character.isLowerCase(s.charAt(i + 1))) {
                    lower++;
                }
            }
        }
        return words >= 10 && lower * 2 >= words;
    }

    private static boolean isProse(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (to - from < 40) {
            return false;
        }
        char last = s.charAt(to - 1);
        if (last == '\u201D' || last == '"' || last == ')' || last == '\u2019') {
            last = to - 2 >= from ? s.charAt(to - 2) : ' ';
        }
        // ';' ends the items of a list of prisoners ("- A. B. – 3 years of imprisonment;"), which
        // must not count as menu junk between the paragraphs around it
        if (last != '.' && last != '!' && last != '?' && last != ':' && last != ';') {
            return false;
        }
        int words = 1;
        int lower = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                words++;
                if (i + 1 < to && Character.isLowerCase(s.charAt(i + 1))) {
                    lower++;
                }
            }
        }
        String seg = s.substring(from, to);
        if (seg.contains("UNHCR publication") || seg.contains("not necessarily reflect")) {
            return false;
        }
        return words >= 7 && lower >= 3;
    }
}
