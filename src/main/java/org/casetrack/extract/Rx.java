package org.casetrack.extract;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compiles the rules' regular expressions with a cheap first test. {@code find} tries a pattern
 * at every position of its text; one that starts with {@code \b} and a list of words
 * ("\b(?:found|ruled|decided)") evaluates the word boundary and every alternative there, which
 * was a third of extraction time (docs/decisions/0049-extraction-speed.md). Where the
 * characters a match can start with are plain to see, the pattern is compiled behind a
 * look-ahead for them ({@code (?=[frd])}), so that most positions are rejected on one
 * character. The look-ahead only states what a match needs anyway: every match, group and
 * offset stays the same (RxTest compares both forms). Patterns whose first character is not
 * plain (classes, look-arounds, optional first parts) are compiled as they are.
 */
public final class Rx {

    /** Hex digits for "\\u0061": String.format would load the Formatter at start-up, for every pattern. */
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Rx() {
    }

    public static Pattern compile(String regex) {
        return compile(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return Pattern.compile(withFirstTest(regex, flags), flags);
    }

    /** The regex behind a look-ahead for its first characters, or the regex itself when they are not plain. */
    static String withFirstTest(String regex, int flags) {
        if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)) != 0) {
            return regex;
        }
        String prefix = "";
        String body = regex;
        boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
        if (body.startsWith("(?i)")) {
            prefix = "(?i)";
            body = body.substring(4);
            ci = true;
        }
        if (body.isEmpty() || !(body.startsWith("\\b") || body.startsWith("(") || topLevelBar(body))) {
            return regex; // a leading literal word: Pattern searches for it well by itself
        }
        Set<Character> first = firstOfAlternation(body, 0, body.length());
        if (first == null || first.isEmpty()) {
            return regex;
        }
        StringBuilder cls = new StringBuilder("(?=[");
        for (char c : withCases(first, ci)) {
            cls.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
        }
        cls.append("])");
        // a top-level "a|b" is wrapped so that the test covers every branch; a group costs a little per try
        return prefix + (topLevelBar(body) ? cls.append("(?:").append(body).append(')') : cls.append(body));
    }

    private static Set<Character> withCases(Set<Character> chars, boolean ci) {
        Set<Character> out = new TreeSet<>(chars);
        if (ci) {
            for (char c : chars) {
                out.add(Character.toLowerCase(c));
                out.add(Character.toUpperCase(c));
            }
        }
        return out;
    }

    private static boolean topLevelBar(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The characters any match of s[from, to) can start with, or null when that is not plain. */
    private static Set<Character> firstOfAlternation(String s, int from, int to) {
        Set<Character> out = new TreeSet<>();
        int depth = 0;
        int branch = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '|';
            if (i < to && c == '\\') {
                i++;
                continue;
            }
            if (i < to && c == '[') {
                i = classEnd(s, i);
                if (i < 0 || i >= to) {
                    return null;
                }
                continue;
            }
            if (i < to && c == '(') {
                depth++;
            } else if (i < to && c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                Set<Character> f = firstOfSequence(s, branch, i);
                if (f == null) {
                    return null;
                }
                out.addAll(f);
                branch = i + 1;
            }
        }
        return out;
    }

    /**
     * The first characters of one branch s[from, to): a literal or a group, after any {@code \b} and
     * look-arounds (they take no character); an optional first part adds what follows it.
     */
    private static Set<Character> firstOfSequence(String s, int from, int to) {
        int i = from;
        while (i < to) {
            if (s.startsWith("\\b", i)) {
                i += 2;
            } else if (s.startsWith("(?=", i) || s.startsWith("(?!", i) || s.startsWith("(?<=", i) || s.startsWith("(?<!", i)) {
                int close = groupEnd(s, i, to);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else {
                break;
            }
        }
        if (i >= to) {
            return null; // an empty branch matches anywhere
        }
        char c = s.charAt(i);
        Set<Character> out = new TreeSet<>();
        int next;
        if (c == '(') {
            int inner;
            if (s.startsWith("(?:", i)) {
                inner = i + 3;
            } else if (s.startsWith("(?<", i) && i + 3 < to && Character.isLetter(s.charAt(i + 3))) {
                int gt = s.indexOf('>', i);
                if (gt < 0 || gt >= to) {
                    return null;
                }
                inner = gt + 1;
            } else if (i + 1 < to && s.charAt(i + 1) == '?') {
                return null; // flags, atomic groups
            } else {
                inner = i + 1;
            }
            int close = groupEnd(s, i, to);
            if (close < 0) {
                return null;
            }
            Set<Character> f = firstOfAlternation(s, inner, close);
            if (f == null) {
                return null;
            }
            out.addAll(f);
            next = close + 1;
        } else if (c == '\\') {
            if (i + 1 >= to) {
                return null;
            }
            char e = s.charAt(i + 1);
            if (e == 'd') {
                for (char d = '0'; d <= '9'; d++) {
                    out.add(d);
                }
            } else if (!Character.isLetterOrDigit(e) && e < 128) {
                out.add(e); // an escaped punctuation mark: "\.", "\("
            } else {
                return null; // \w, \s, \p{..}, \Q, unicode escapes: not plain
            }
            next = i + 2;
        } else if (c == '[') {
            int close = classEnd(s, i);
            if (close < 0 || close >= to || !simpleClass(s, i + 1, close, out)) {
                return null;
            }
            next = close + 1;
        } else if (".^$|)?*+{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return null;
        } else {
            out.add(c);
            next = i + 1;
        }
        if (next < to) {
            char q = s.charAt(next);
            boolean optional = q == '?' || q == '*';
            int after = next + 1;
            if (q == '{') {
                int close = s.indexOf('}', next);
                if (close < 0 || close >= to) {
                    return null;
                }
                optional = s.charAt(next + 1) == '0';
                after = close + 1;
            }
            if (optional) {
                if (after < to && (s.charAt(after) == '?' || s.charAt(after) == '+')) {
                    after++; // lazy or possessive
                }
                Set<Character> rest = firstOfSequence(s, after, to); // the first part may be left out
                if (rest == null) {
                    return null;
                }
                out.addAll(rest);
            }
        }
        return out;
    }

    /** Adds the members of a class body like {@code Hh} or {@code a-z'} to out; false for anything else. */
    private static boolean simpleClass(String s, int from, int to, Set<Character> out) {
        if (from >= to || s.charAt(from) == '^') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '[' || c == '&' || Character.isSurrogate(c)) {
                return false;
            }
            if (i + 2 < to && s.charAt(i + 1) == '-') {
                char e = s.charAt(i + 2);
                if (e == '\\' || e == '[' || e < c || e - c > 256) {
                    return false;
                }
                for (char r = c; r <= e; r++) {
                    out.add(r);
                }
                i += 2;
            } else {
                out.add(c);
            }
        }
        return true;
    }

    /** Index of the ')' closing the '(' at open, or -1. */
    private static int groupEnd(String s, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the ']' closing the class opened at open (nested classes and escapes skipped), or -1. */
    private static int classEnd(String s, int open) {
        int i = open + 1;
        if (i < s.length() && s.charAt(i) == '^') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == ']') {
            i++; // a leading ']' is a literal
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(s, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }
}
