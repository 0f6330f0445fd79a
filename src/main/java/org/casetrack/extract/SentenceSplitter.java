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
            "u.n", "u.k", "e.u", "p", "pp", "cf", "al", "ca", "resp", "ch", "sec");
    private static final int SHORT_LINE = 60;

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
