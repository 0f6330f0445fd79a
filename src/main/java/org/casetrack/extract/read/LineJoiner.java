package org.casetrack.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Repairs plain text character for character (every offset stays that of the original, see
 * docs/decisions/0040-reading-in-place.md): hard-wrapped lines are joined by turning the line
 * break into a space unless a blank line, a heading or a list item ends the paragraph; page
 * numbers and running headers of PDF-extracted text are blanked; Markdown marks (#, **, links)
 * are blanked; a word cut at either end of an excerpt is blanked.
 */
final class LineJoiner {

    private static final Pattern BLOCK_START;
    private static final Pattern PAGE_DEBRIS;
    /** A document is hard-wrapped when this share of its line breaks fall inside a sentence. */
    private static final double WRAPPED_SHARE = 0.3;
    private static final int MIN_PAIRS = 5;
    /** Lines repeated this often (digits aside) are running headers or footers. */
    private static final int RUNNING_REPEATS = 3;
    /** Fewest characters between two occurrences of a running header (a page holds more). */
    private static final int MIN_PAGE_CHARS = 1000;

    static {
        Map<String, List<String>> r = DataLines.sections("reading.txt");
        BLOCK_START = Pattern.compile(DataLines.alternation(r, "block-start"));
        PAGE_DEBRIS = Pattern.compile(DataLines.alternation(r, "page-debris"));
    }

    private LineJoiner() {
    }

    private record Line(int start, int end) {
        int length() {
            return end - start;
        }
    }

    static String join(String text) {
        char[] a = text.toCharArray();
        blankCutEnds(a);
        List<Line> lines = lines(a);
        boolean[] debris = debris(a, lines);
        for (int i = 0; i < lines.size(); i++) {
            if (debris[i]) {
                Arrays.fill(a, lines.get(i).start(), lines.get(i).end(), ' ');
            }
        }
        if (looksLikeMarkdown(a, lines)) {
            blankMarkdown(a, lines);
        }
        // pairs of consecutive text lines (debris between them does not count)
        List<int[]> pairs = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (debris[i]) {
                continue;
            }
            if (blank(a, lines.get(i))) {
                prev = -1;
                continue;
            }
            if (prev >= 0) {
                pairs.add(new int[] {prev, i});
            }
            prev = i;
        }
        int lowerStarts = 0;
        int[] widths = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            Line next = lines.get(pairs.get(k)[1]);
            if (Character.isLowerCase(a[firstNonSpace(a, next)])) {
                lowerStarts++;
            }
            widths[k] = trimmedLength(a, lines.get(pairs.get(k)[0]));
        }
        boolean wrapped = pairs.size() >= MIN_PAIRS && lowerStarts >= pairs.size() * WRAPPED_SHARE;
        int width = 0;
        if (wrapped) {
            int[] sorted = widths.clone();
            Arrays.sort(sorted);
            width = sorted[(int) (sorted.length * 0.9)];
        }
        for (int[] p : pairs) {
            Line line = lines.get(p[0]);
            Line next = lines.get(p[1]);
            if (joins(a, line, next, wrapped, width)) {
                for (int i = line.end(); i < next.start(); i++) {
                    a[i] = ' '; // the line break and any blanked debris between the two lines
                }
            }
        }
        return new String(a);
    }

    private static boolean joins(char[] a, Line line, Line next, boolean wrapped, int width) {
        int ns = firstNonSpace(a, next);
        String nextHead = new String(a, ns, Math.min(40, next.end() - ns));
        String lineHead = new String(a, firstNonSpace(a, line), Math.min(40, line.end() - firstNonSpace(a, line)));
        if (BLOCK_START.matcher(nextHead).lookingAt() || lineHead.startsWith("#") || lineHead.startsWith("|")) {
            return false;
        }
        boolean lowerNext = Character.isLowerCase(a[ns]);
        if (!wrapped) {
            // a sentence broken in two; a short excerpt is too short to tell its wrap width
            return !endsSentence(a, line) && (lowerNext || brokenMidSentence(a, line) && !heading(a, next));
        }
        if (lowerNext) {
            return true;
        }
        int word = 0;
        while (ns + word < next.end() && a[ns + word] != ' ') {
            word++;
        }
        // the next word would not have fitted on this line: the break is the wrap, not the author's
        return trimmedLength(a, line) + 1 + word > width * 0.85;
    }

    /**
     * A long line that stops inside a sentence: on a lower-case word, a number or a comma
     * ("... sentenced Ales Bialiatski to" / "10 years"), or on a name after a lower-case word
     * ("... and Le" / "Dinh Tuan"). Headings are short, or end on a capitalised run.
     */
    private static boolean brokenMidSentence(char[] a, Line line) {
        int len = trimmedLength(a, line);
        int k = line.end() - 1;
        while (k >= line.start() && a[k] == ' ') {
            k--;
        }
        if (len < 50 || k < line.start()) {
            return false;
        }
        char last = a[k];
        if (Character.isLowerCase(last) || Character.isDigit(last) || last == ',') {
            int w = k;
            while (w > line.start() && a[w - 1] != ' ') {
                w--;
            }
            if (k - w == 3 && Character.isDigit(a[w]) && Character.isDigit(a[k])) {
                return false; // a caption or dateline ending on a year ("..., 9 June 2020")
            }
            return !Character.isUpperCase(a[w]) || len >= 60 && previousWordLower(a, line, w);
        }
        return false;
    }

    /** A short line that ends no sentence: a heading, not the rest of a sentence. */
    private static boolean heading(char[] a, Line next) {
        return trimmedLength(a, next) < 40 && !endsSentence(a, next);
    }

    /** The word before position w (a word start) begins in lower case. */
    private static boolean previousWordLower(char[] a, Line line, int w) {
        int k = w - 1;
        while (k >= line.start() && a[k] == ' ') {
            k--;
        }
        int s = k;
        while (s > line.start() && a[s - 1] != ' ') {
            s--;
        }
        return k >= line.start() && Character.isLowerCase(a[s]);
    }

    private static boolean endsSentence(char[] a, Line line) {
        int k = line.end() - 1;
        while (k >= line.start() && (a[k] == ' ' || a[k] == '"' || a[k] == '\u201D' || a[k] == ')')) {
            k--;
        }
        return k >= line.start() && ".!?:;".indexOf(a[k]) >= 0;
    }

    /** Bare page numbers, and lines that recur (digits aside) on several pages. */
    private static boolean[] debris(char[] a, List<Line> lines) {
        boolean[] out = new boolean[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        String[] keys = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String t = new String(a, l.start(), l.length()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (PAGE_DEBRIS.matcher(t).matches()) {
                out[i] = true;
                continue;
            }
            if (t.length() >= 12 && t.length() <= 120) {
                keys[i] = digitsAside(t);
                seen.merge(keys[i], 1, Integer::sum);
            }
        }
        // a running header recurs once a page: occurrences close together are a list or a refrain
        Map<String, Integer> lastAt = new HashMap<>();
        Map<String, Boolean> spread = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] != null && seen.get(keys[i]) >= RUNNING_REPEATS) {
                Integer prev = lastAt.put(keys[i], lines.get(i).start());
                if (prev != null) {
                    spread.merge(keys[i], lines.get(i).start() - prev >= MIN_PAGE_CHARS, Boolean::logicalAnd);
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (keys[i] != null && Boolean.TRUE.equals(spread.get(keys[i])) && !endsSentence(a, lines.get(i))) {
                out[i] = true;
            }
        }
        return out;
    }

    /** The line with each run of digits as "#" ("Page 3" and "Page 12" are one running line). */
    private static String digitsAside(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
                    sb.append('#');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean looksLikeMarkdown(char[] a, List<Line> lines) {
        int marks = 0;
        for (Line l : lines) {
            int s = firstNonSpace(a, l);
            if (s < l.end() && (a[s] == '#' || (a[s] == '*' && s + 1 < l.end() && a[s + 1] == '*'))) {
                marks++;
            }
        }
        return marks >= 2;
    }

    /** "### Heading", "**bold**", "[text](address)": the marks become spaces, the words stay. */
    private static void blankMarkdown(char[] a, List<Line> lines) {
        for (Line l : lines) {
            int s = firstNonSpace(a, l);
            while (s < l.end() && a[s] == '#') {
                a[s++] = ' ';
            }
            for (int i = l.start(); i + 1 < l.end(); i++) {
                if ((a[i] == '*' && a[i + 1] == '*') || (a[i] == '_' && a[i + 1] == '_')) {
                    a[i] = ' ';
                    a[i + 1] = ' ';
                    i++;
                } else if (a[i] == ']' && a[i + 1] == '(') {
                    int close = i + 2;
                    while (close < l.end() && a[close] != ')' && a[close] != ' ') {
                        close++;
                    }
                    int open = i - 1;
                    while (open >= l.start() && a[open] != '[') {
                        open--;
                    }
                    if (close < l.end() && a[close] == ')' && open >= l.start()) {
                        Arrays.fill(a, i, close + 1, ' ');
                        a[open] = ' ';
                    }
                }
            }
        }
    }

    /** An excerpt cut mid-word: a lower-case word fragment at the start, any word run into the end. */
    private static void blankCutEnds(char[] a) {
        int n = a.length;
        if (n > 0 && Character.isLowerCase(a[0])) {
            for (int i = 0; i < n && Character.isLetterOrDigit(a[i]); i++) {
                a[i] = ' ';
            }
        }
        if (n > 0 && Character.isLetterOrDigit(a[n - 1])) {
            for (int i = n - 1; i >= 0 && Character.isLetterOrDigit(a[i]); i--) {
                a[i] = ' ';
            }
        }
    }

    private static List<Line> lines(char[] a) {
        List<Line> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= a.length; i++) {
            if (i == a.length || a[i] == '\n') {
                out.add(new Line(s, i));
                s = i + 1;
            }
        }
        return out;
    }

    private static boolean blank(char[] a, Line l) {
        return firstNonSpace(a, l) >= l.end();
    }

    private static int firstNonSpace(char[] a, Line l) {
        int i = l.start();
        while (i < l.end() && a[i] == ' ') {
            i++;
        }
        return i;
    }

    private static int trimmedLength(char[] a, Line l) {
        int e = l.end();
        while (e > l.start() && a[e - 1] == ' ') {
            e--;
        }
        return e - firstNonSpace(a, l);
    }
}
