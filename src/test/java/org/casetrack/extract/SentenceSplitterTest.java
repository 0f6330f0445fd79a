package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsBeforeCapitals() {
        assertThat(split("The court met. It ruled quickly! Was it fair? Nobody knew."))
                .containsExactly("The court met.", "It ruled quickly!", "Was it fair?", "Nobody knew.");
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideTheSentence() {
        assertThat(split("Mr. Novak met Dr. Lind and A. B. Karimov in the U.S. capital. Then he left."))
                .containsExactly("Mr. Novak met Dr. Lind and A. B. Karimov in the U.S. capital.", "Then he left.");
    }

    @Test
    void aClosingQuoteStaysWithItsSentence() {
        assertThat(split("He called it \u201Cunfair.\u201D The judge disagreed."))
                .containsExactly("He called it \u201Cunfair.\u201D", "The judge disagreed.");
    }

    @Test
    void blankLinesStartParagraphsAndShortLinesAreHeadings() {
        String text = "Freedom of Assembly\nThe police dispersed a rally.\n\nA new paragraph starts.";
        List<Sentence> s = SentenceSplitter.split(text, 0, text.length());
        assertThat(s).hasSize(3);
        assertThat(s.get(1).paragraph()).isEqualTo(s.get(0).paragraph());
        assertThat(s.get(2).paragraph()).isGreaterThan(s.get(1).paragraph());
    }

    @Test
    void hardWrappedLinesAreJoined() {
        String text = "The court in the capital sentenced the well known reporter to\nfive years in prison on charges.";
        assertThat(split(text)).hasSize(1);
    }
}
