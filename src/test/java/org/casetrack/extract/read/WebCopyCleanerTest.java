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
    void aListOfPrisonersEndingInSemicolonsStaysInTheBody() {
        StringBuilder text = new StringBuilder("Home\nAbout us\nDonate\n\n"
                + "The rights centre published its list of people convicted in the capital in the last week of May.\n\n");
        for (String name : new String[] {"Ivo Lind", "Marta Kessler", "Otto Brand", "Lena Vogt", "Karl Stein", "Anna Roth"}) {
            text.append("- ").append(name).append(" \u2013 3 years of imprisonment in a colony;\n");
        }
        text.append("- Paul Weiss \u2013 2 years of restricted freedom.\n\n"
                + "All of them were detained after the protests in the spring and held in the city jail until trial.\n");
        ReportText r = ReportText.ofText(text.toString());
        String body = r.text().substring(r.bodyStart(), r.bodyEnd());
        assertThat(body).startsWith("The rights centre").contains("- Ivo Lind", "- Anna Roth").endsWith("until trial.");
    }

    @Test
    void normaliseUnifiesSpacesAndLineEnds() {
        assertThat(WebCopyCleaner.normalise("a\u00a0 b\r\nc\rd\u00ad")).isEqualTo("a b\nc\nd");
    }
}
