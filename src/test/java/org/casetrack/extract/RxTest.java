package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.extract.read.DataLines;
import org.junit.jupiter.api.Test;

/**
 * A pattern compiled behind its first-character test finds exactly what the plain pattern
 * finds: same matches, offsets and groups, on whole texts and on short windows (where the
 * rules' "^" and "$" patterns run).
 */
class RxTest {

    private static final Class<?>[] RULE_CLASSES = {AppealFinder.class, DateFinder.class, DateResolver.class,
            NameFinder.class, PenaltyFinder.class, PersonRegistry.class, ReportExtractor.class, SentenceContext.class,
            TermFinder.class, UnRulingFinder.class};
    /** The look-ahead Rx puts in front: "(?=[\u0061\u0062])", after a leading "(?i)". */
    private static final Pattern FIRST_TEST = Pattern.compile("^((?:\\(\\?i\\))?)\\(\\?=\\[(?:\\\\u[0-9a-f]{4})+\\]\\)");

    /** Sentences written for this test, with the rules' cue words, both cases, digits and quotes. */
    private static final String HAND = "On 3 May 2021, the Committee against Torture found that Ivo Lind's rights were violated. "
            + "THE HUMAN RIGHTS COMMITTEE ruled in Opinion No. 12/2020 concerning Dana Orlova, writer Otto Brandt and Ivo Lind. "
            + "He was given a sentence of two and a half years' imprisonment; she received 15 days' administrative detention. "
            + "The appeals court upheld the verdict against him on June 4, 2022, and reduced her term to a two-year suspended sentence. "
            + "According to his lawyer, Marta Kessler, the former Prime Minister said \u201Cfree speech\u201D was banned. "
            + "In the period 19-24 January 2019 police detained 63 workers; five and three days respectively. "
            + "ccpr/c/120/d/2020 views adopted by the committee: Submitted by: Ivo Lind (represented by counsel)\n"
            + "Date of adoption of Views: 25 March 2021. al-Masri, el-Sisi, Seventh-day, Mr. A. Petrov, 2019-03-04, "
            + "fined 50,000 tenge, $300, \u20AC40, banned him from leaving the country for two years, half a year. "
            + "They include Dana Orlova and Otto Brandt. Among them were brothers Ivan and Oleg Petrov.";

    private static List<String> texts() {
        List<String> out = new ArrayList<>();
        out.add(HAND);
        out.add(HAND.toLowerCase(Locale.ROOT));
        for (int seed = 0; seed < 3; seed++) {
            String s = SyntheticReport.generate(6000, seed);
            out.add(s);
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<Pattern[]> rulePatterns() throws IllegalAccessException {
        List<Pattern[]> out = new ArrayList<>();
        for (Class<?> c : RULE_CLASSES) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) {
                    continue;
                }
                f.setAccessible(true);
                Pattern fast = (Pattern) f.get(null);
                Matcher m = FIRST_TEST.matcher(fast.pattern());
                String plain = m.lookingAt() ? m.group(1) + fast.pattern().substring(m.end()) : fast.pattern();
                out.add(new Pattern[] {Pattern.compile(plain, fast.flags()), fast});
            }
        }
        Map<String, List<String>> rules = DataLines.sections("un-rulings.txt");
        for (String line : rules.get("body")) {
            String regex = line.substring(line.indexOf(' ') + 1).strip();
            out.add(new Pattern[] {Pattern.compile(regex), Rx.compile(regex)});
        }
        return out;
    }

    private static String finds(Pattern p, String s) {
        StringBuilder sb = new StringBuilder();
        Matcher m = p.matcher(s);
        while (m.find()) {
            sb.append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(',').append(m.start(g)).append(':').append(m.end(g));
            }
            sb.append(';');
        }
        sb.append(p.matcher(s).lookingAt()).append(p.matcher(s).matches());
        return sb.toString();
    }

    @Test
    void everyRulePatternFindsTheSameWithItsFirstTest() throws IllegalAccessException {
        List<Pattern[]> patterns = rulePatterns();
        List<String> texts = texts();
        int optimised = 0;
        for (Pattern[] pair : patterns) {
            if (!pair[0].pattern().equals(pair[1].pattern())) {
                optimised++;
            }
            for (String text : texts) {
                assertThat(finds(pair[1], text)).as(pair[0].pattern()).isEqualTo(finds(pair[0], text));
                for (int at = 0; at + 60 < text.length(); at += 13) {
                    String window = text.substring(at, at + 25 + at % 50);
                    String fast = finds(pair[1], window);
                    String plain = finds(pair[0], window);
                    // compared first: a description built for each of the million windows was most of this test's time
                    if (!fast.equals(plain)) {
                        assertThat(fast).as(pair[0].pattern() + " on " + window).isEqualTo(plain);
                    }
                }
            }
        }
        assertThat(optimised).as("patterns given a first test").isGreaterThan(40);
    }

    @Test
    void aFirstTestIsAddedOnlyWhereTheFirstCharactersArePlain() {
        assertThat(Rx.withFirstTest("\\b(?:found|ruled)\\b", 0)).isEqualTo("(?=[\\u0066\\u0072])\\b(?:found|ruled)\\b");
        assertThat(Rx.withFirstTest("(?i)\\bhalf a (year|month)", 0)).isEqualTo("(?i)(?=[\\u0048\\u0068])\\bhalf a (year|month)");
        assertThat(Rx.withFirstTest("cat|dog", 0)).isEqualTo("(?=[\\u0063\\u0064])(?:cat|dog)");
        assertThat(Rx.withFirstTest("(?:an? )?appeal", 0)).isEqualTo("(?=[\\u0061])(?:an? )?appeal");
        // not plain: a class with an escape, an optional part with nothing after it, a word class, an anchor
        assertThat(Rx.withFirstTest("\\b[\\w-]+ court", 0)).isEqualTo("\\b[\\w-]+ court");
        assertThat(Rx.withFirstTest("(?:of )?", 0)).isEqualTo("(?:of )?");
        assertThat(Rx.withFirstTest("\\b\\w+ said", 0)).isEqualTo("\\b\\w+ said");
        assertThat(Rx.withFirstTest("^\\W*of", 0)).isEqualTo("^\\W*of");
        // a leading literal word is left to Pattern's own search
        assertThat(Rx.withFirstTest("suspended sentence", 0)).isEqualTo("suspended sentence");
    }
}
