package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscapeTest {

    @Test
    void lineStartsCannotOpenBlocks() {
        assertThat(MarkdownRenderer.esc("first\n# heading\n> quote\n===\n2. item")).isEqualTo("first\n\\# heading\n\\> quote\n\\===\n2\\. item");
    }

    @Test
    void headingsTakeOneLine() {
        assertThat(MarkdownRenderer.inline("Ivan\n# Injected\r\nname")).isEqualTo("Ivan \\# Injected name");
    }
}
