package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.casetrack.extract.read.ReportReadException;
import org.casetrack.extract.read.ReportReader;
import org.casetrack.extract.read.ReportText;

/** Whatever the text, extraction returns and every offset lies inside the text. */
class ExtractorPropertiesTest {

    private static final String SAMPLE = SyntheticReport.generate(6000, 7);

    @Property(tries = 200)
    void randomTextNeverBreaksTheExtractor(@ForAll("reportish") String text) {
        checkOffsets(ReportText.ofText(text));
    }

    @Property(tries = 200)
    void mutatedReportsNeverBreakTheExtractor(@ForAll @IntRange(min = 0, max = 5999) int at,
                                              @ForAll @IntRange(min = 0, max = 400) int length,
                                              @ForAll("junk") String insert) {
        int from = Math.min(at, SAMPLE.length());
        int to = Math.min(SAMPLE.length(), from + length);
        String mutated = SAMPLE.substring(0, from) + insert + SAMPLE.substring(to);
        checkOffsets(ReportText.ofText(mutated));
    }

    @Property(tries = 100)
    void mutatedHtmlIsReadOrRefusedPolitely(@ForAll("reportish") String text, @ForAll("junk") String junk) {
        String html = "<html><body><nav>Menu</nav><article><p>" + text + "</p>" + junk + "<p>" + text + "</article>";
        try {
            checkOffsets(ReportReader.read(html.getBytes(StandardCharsets.UTF_8), "page.html"));
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property(tries = 100)
    void randomBytesAreReadOrRefusedPolitely(@ForAll byte[] bytes) {
        try {
            checkOffsets(ReportReader.read(bytes, "unknown.txt"));
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    private static void checkOffsets(ReportText r) {
        Extraction x = ReportExtractor.extract(r);
        int n = r.text().length();
        assertThat(x.document().chars()).isEqualTo(n);
        for (Extraction.Person p : x.persons()) {
            assertThat(p.name()).isNotBlank();
            p.mentions().forEach(s -> inside(s, n));
        }
        x.sentences().forEach(s -> inside(s.evidence(), n));
        x.appeals().forEach(a -> inside(a.evidence(), n));
        x.unRulings().forEach(u -> inside(u.evidence(), n));
        x.events().forEach(e -> inside(e.evidence(), n));
        assertThat(ExtractionJson.write(x)).startsWith("{");
    }

    private static void inside(Span s, int n) {
        assertThat(s.start()).isBetween(0, n);
        assertThat(s.end()).isBetween(s.start(), n);
    }

    @Provide
    Arbitrary<String> reportish() {
        Arbitrary<String> words = Arbitraries.of("On", "4", "January", "2016", "sentenced", "to", "five", "years'",
                "imprisonment", "Ivan", "Petrov", "and", "his", "son,", "Oleg,", "President", "Court", "upheld", "the",
                "appeal", "Human", "Rights", "Committee", "found", "he", "was", "fined", "respectively.", "-and-a-half-",
                "\n\n", ".", "“", "”", "Mr.", "A.", "half", "a", "year", "days", "In", "May", "since", "of", "—",
                "Ålesund", "Žanna", "Ağa", "\u0000", "\t", "(", ")", "'s", "Jehovah's", "Witness", "Committee against Torture");
        return words.list().ofMaxSize(120).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.strings().withChars("<>/\"'&;.!?-\n ").ofMaxLength(40),
                Arbitraries.of("</p>", "<p>", "<script>", "<!--", "]]>", "\uFFFD", "\uD800", "2016-2017", "19-24 May"));
    }
}
