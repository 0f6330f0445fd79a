package org.casetrack.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebCopyCleanerTest {

    /** A page copied from a browser: menus glued to the chapter, headings glued to sentences. */
    private static final String PAGE = "Testland | Rights MonitorSkip to main contentDonate NowTestlandEvents of 2019"
            + "Share this via FacebookShare this via EmailFree SpeechPrisonsShare this via Facebook"
            + "Authorities in Testland tightened their grip on critics throughout the year and jailed several of them."
            + " Parliament passed a restrictive law on civic groups.Free SpeechOn 3 May, a court jailed blogger Ivo Lind"
            + " for two years over a post he wrote about the police.PrisonsConditions in prisons remained harsh and"
            + " overcrowded, and detainees reported beatings by guards.Browse countriesChooseAlbaniaAlgeria"
            + "Contact UsPrivacy Policy\u00a9 2020 Rights Monitor";

    @Test
    void gluedHeadingsGetLinesOfTheirOwn() {
        String s = WebCopyCleaner.splitGluedHeadings(WebCopyCleaner.normalise(PAGE));
        assertThat(s).contains("\n\nFree Speech\n\nOn 3 May", "\n\nPrisons\n\nConditions in prisons");
    }

    @Test
    void theBodyIsTheChapterNotTheMenus() {
        ReportText r = ReportText.ofText(PAGE);
        String body = r.text().substring(r.bodyStart(), r.bodyEnd());
        assertThat(body).startsWith("Authorities in Testland").endsWith("beatings by guards.")
                .doesNotContain("Share this", "Browse countries");
        assertThat(r.periodYear()).isEqualTo(2019);
    }

    @Test
    void anExcerptCutMidSentenceKeepsItsLastParagraphInTheBody() {
        String text = "Testland news\n\nThe rights group said on Monday that the city court had heard the case of two farmers.\n\n"
                + "Farmer Ivo Lind, sentenced to two years in prison on 3 May 2020 by the city court on charges of fraud, had written "
                + "letters to the newspaper about the land and taken part in protes";
        ReportText r = ReportText.ofText(text);
        assertThat(r.text().substring(r.bodyStart(), r.bodyEnd())).contains("Farmer Ivo Lind, sentenced to two years");
    }

    @Test
    void normaliseUnifiesSpacesAndLineEnds() {
        assertThat(WebCopyCleaner.normalise("a\u00a0 b\r\nc\rd\u00ad")).isEqualTo("a b\nc\nd");
    }
}
