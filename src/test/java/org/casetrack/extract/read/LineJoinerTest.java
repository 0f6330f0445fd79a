package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

    /** Greedy word wrap at the given width, as a PDF-to-text tool or an e-mail client does. */
    private static String wrap(List<String> words, int width) {
        StringBuilder sb = new StringBuilder();
        int line = 0;
        for (String w : words) {
            if (line > 0 && line + 1 + w.length() > width) {
                sb.append('\n');
                line = 0;
            } else if (line > 0) {
                sb.append(' ');
                line++;
            }
            sb.append(w);
            line += w.length();
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<List<String>> prose() {
        Arbitrary<String> lower = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(11);
        Arbitrary<String> capital = lower.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        // about one word in twelve capitalised, as in English prose: a text where most lines start
        // with a capital is not recognised as hard-wrapped (LineJoiner.WRAPPED_SHARE), by design
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(11, lower), net.jqwik.api.Tuple.of(1, capital))
                .list().ofMinSize(150).ofMaxSize(400)
                .map(ws -> {
                    List<String> out = new ArrayList<>(ws);
                    out.set(0, "The");
                    out.set(out.size() - 1, out.get(out.size() - 1) + ".");
                    return out;
                });
    }

    /** A hard-wrapped paragraph reads as the paragraph: every break becomes a space, nothing moves. */
    @Property(tries = 200)
    void hardWrappedLinesJoinInPlace(@ForAll("prose") List<String> words, @ForAll @IntRange(min = 55, max = 95) int width) {
        String raw = wrap(words, width);
        String text = ReportText.ofText(raw).text();
        assertThat(text).hasSize(raw.length()).isEqualTo(raw.replace('\n', ' '));
    }

    /** Whatever the input, reading changes characters only into spaces or line breaks: offsets stay exact. */
    @Property(tries = 300)
    void readingNeverMovesACharacter(@ForAll("anyText") String raw) {
        String text = ReportText.ofText(raw).text();
        assertThat(text).hasSize(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char a = raw.charAt(i);
            char b = text.charAt(i);
            assertThat(b == a || b == ' ' || b == '\n').as("char %d %s -> %s", i, (int) a, (int) b).isTrue();
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("abcXYZ .,:;-*#[]()\n\r\t\u00a0\u200b\u2028\f12").ofMaxLength(400);
    }

    @Test
    void aShortWrappedExcerptIsJoinedWhereALongLineStopsMidSentence() {
        String raw = "Testland news\n\nOn 8 May 2022 the regional court of the capital sentenced Ivo Lind to\n"
                + "10 years of imprisonment, and the farmers Marta Kessler, Otto Brandt and Dana\n"
                + "Orlova to three years each.\n";
        String text = ReportText.ofText(raw).text();
        assertThat(text).contains("sentenced Ivo Lind to 10 years", "and Dana Orlova to three");
    }

    @Test
    void aCaptionEndingOnADateAndAShortHeadingStayLinesOfTheirOwn() {
        String raw = "Testland news\n\nPolice lead Ivo Lind out of the court after the verdict, City Court, 9 June 2020\n"
                + "Religious freedom\nThe court of the capital sentenced the believer to two years in prison in a closed trial.\n";
        String text = ReportText.ofText(raw).text();
        assertThat(text).contains("9 June 2020\nReligious freedom\nThe court");
    }

    @Test
    void aNameBrokenAcrossLinesIsWholeAgain() {
        String raw = "Human rights defenders said the authorities had opened a criminal case against Maks\n"
                + "Bokaev, a civic activist, and kept him in pre-trial detention in the city for months on end\n"
                + "before the trial began.\n";
        String text = ReportText.ofText(raw + raw.replace("Maks", "Ivo").replace("city", "town")
                + raw.replace("Maks", "Dana").replace("months", "weeks")).text();
        assertThat(text).contains("against Maks Bokaev, a civic", "on end before the trial");
    }

    @Test
    void blankLinesHeadingsAndListItemsStillEndTheParagraph() {
        String raw = "The court of the capital sentenced the journalist Ivo Lind to two years in prison in a\n"
                + "trial that lasted two days and was closed to observers and to the press and to family.\n"
                + "b. Freedom of Peaceful Assembly\n"
                + "The authorities banned every rally that the opposition asked to hold during the year in\n"
                + "the capital and in the regions, and detained those who came to the squares anyway.\n\n"
                + "- first item of a list that is long enough to look like a wrapped line of the text\n"
                + "- second item of the same list that the reader must keep on its own line as well\n";
        String text = ReportText.ofText(raw).text();
        assertThat(text).contains("in a trial", "to family.\nb. Freedom", "year in the capital", "text\n- second");
    }

    @Test
    void pageNumbersAndRunningHeadersAreBlankedAndTheSentenceContinues() {
        StringBuilder raw = new StringBuilder();
        for (int page = 1; page <= 3; page++) {
            for (int k = 0; k < 14; k++) {
                raw.append("the line ").append(k).append(" of the page ").append(page)
                        .append(" tells how the authorities continued to prosecute members of the\n");
            }
            raw.append("Testland Rights Monitor 2023 Annual Report\n").append(page).append('\n')
                    .append("movement, and the courts imposed heavy fines on several of them during the year.\n");
        }
        String text = ReportText.ofText(raw.toString()).text();
        assertThat(text).hasSize(raw.length()).doesNotContain("Annual Report").contains("members of the ")
                .doesNotContain("members of the\n");
    }

    @Test
    void markdownMarksAndOddSpacesBecomeSpaces() {
        String raw = "### Section 2. Liberty\n\n#### a. Freedom of the Press\n\n"
                + "On\u00a0May\u00a05, blogger **Anna Frey** was fined, said [a monitor](https://example.org/x).\n";
        String text = ReportText.ofText(raw).text();
        assertThat(text).hasSize(raw.length()).contains("On May 5, blogger   Anna Frey   was fined, said  a monitor ")
                .doesNotContain("#", "**", "https");
    }

    @Test
    void wordsCutAtEitherEndOfAnExcerptAreBlanked() {
        String raw = "ested in May. Activist Dana Orlova was sentenced to two years in prison on 7 April. Her lawyer Ivo Li";
        String text = ReportText.ofText(raw).text();
        assertThat(text).hasSize(raw.length()).startsWith("      in May.").endsWith("lawyer Ivo   ");
    }
}
