package org.casetrack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits report text into sentences without loading ICU data: ends at ., ! or ? followed
 * by a capital, a digit or a quote, except after abbreviations and initials; a blank line
 * ends a paragraph; a single line break ends a sentence only after a short line (a
 * heading) or a finished sentence, so hard-wrapped text is kept together.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gen", "col", "lt", "sgt", "capt", "maj", "prof", "rev", "jr", "sr", "vs",
            "e.g", "i.e", "inc", "ltd", "co", "corp", "art", "para", "vol", "fig", "approx", "dept", "govt", "u.s",
            "u.n", "u.k", "e.u", "p", "pp", "cf", "al", "ca", "resp", "ch", "sec",
            "b", "c", "arts", "pt", "nr"); // "(b. 1965)", "c. 2010", "arts. 280 and 282", "pt. 2", "Nr. 4"
    private static final int SHORT_LINE = 60;
    private static final int MAX_HEADING = 80;
    /** Longest sentence read as one; longer runs without a stop (tables, debris) are cut. */
    static final int MAX_SENTENCE = 4000;
    private static final int MAX_HEADING_WORDS = 9;

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, int from, int to) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = from;
        int lineStart = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                boolean blank = false;
                while (j < to && (text.charAt(j) == '\n' || text.charAt(j) == ' ')) {
                    if (text.charAt(j) == '\n') {
                        blank = true;
                    }
                    j++;
                }
                if (blank || endsSentence(text, lineStart, i) || i - lineStart < SHORT_LINE) {
                    add(out, text, start, i, paragraph);
                    if (blank) {
                        paragraph++;
                    }
                    start = j;
                }
                lineStart = j;
                i = j;
                continue;
            }
            if (c == ' ' && i - start > MAX_SENTENCE) {
                // no sentence end for pages: cut at a space so that every rule works on bounded text
                add(out, text, start, i, paragraph);
                start = i + 1;
                i++;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && gluedEnd(text, i, to)) {
                // "...in 2016.Free SpeechOn 3 May": a web copy that lost its line breaks
                add(out, text, start, i + 1, paragraph);
                paragraph++;
                start = i + 1;
                int q = headingEnd(text, i + 1, to);
                if (q > 0) {
                    add(out, text, start, q, paragraph);
                    paragraph++;
                    start = q;
                }
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, to)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                add(out, text, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(out, text, start, to, paragraph);
        return out;
    }

    /** A stop with a capital right after it and no abbreviation or initial before it: "2016.The". */
    private static boolean gluedEnd(String text, int dot, int to) {
        int p = dot + 1;
        if (p + 1 >= to || !Character.isUpperCase(text.charAt(p)) || !Character.isLowerCase(text.charAt(p + 1))
                || dot < 2) {
            return false;
        }
        char before = text.charAt(dot - 1);
        // "U.S.", "A.Petrov": a lone capital before the stop is an abbreviation or initial
        if (Character.isUpperCase(before) && !Character.isLetter(text.charAt(dot - 2))) {
            return false;
        }
        return Character.isLowerCase(before) || Character.isDigit(before) || before == ')';
    }

    /** End of a short heading glued to the sentence after it ("Free SpeechOn 3 May"), or -1. */
    private static int headingEnd(String s, int p, int to) {
        int words = 1;
        int limit = Math.min(to - 1, p + MAX_HEADING);
        for (int i = p + 1; i <= limit; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (++words > MAX_HEADING_WORDS) {
                    return -1;
                }
                continue;
            }
            if (c == '\n' || ".,;:!?\"\u201C\u201D".indexOf(c) >= 0 || Character.isDigit(c)) {
                return -1;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1)) && i + 1 < to
                    && (Character.isLowerCase(s.charAt(i + 1)) || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsSentence(String text, int lineStart, int lineEnd) {
        int k = lineEnd - 1;
        while (k >= lineStart && (text.charAt(k) == ' ' || isCloser(text.charAt(k)))) {
            k--;
        }
        return k >= lineStart && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?'
                || text.charAt(k) == ':');
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isBoundary(String text, int dot, int to) {
        int j = dot + 1;
        while (j < to && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return true;
        }
        if (text.charAt(j) != ' ' && text.charAt(j) != '\n') {
            return false;
        }
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= to) {
            return true;
        }
        char next = text.charAt(j);
        boolean opener = next == '"' || next == '\u201C' || next == '(' || next == '\u2018' || next == '\n';
        if (!Character.isUpperCase(next) && !Character.isDigit(next) && !opener) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot - 1;
        while (w >= 0 && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
            w--;
        }
        String word = text.substring(w + 1, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "A. Petrov"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, paragraph));
        }
    }
}
