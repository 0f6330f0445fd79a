package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void formulaCellsAreNeutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+7 701 000")).isEqualTo("'+7 701 000");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinaryCellsAndNumbersAreLeftAlone() {
        assertThat(Csv.cell("Maks Bokaev")).isEqualTo("Maks Bokaev");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
        assertThat(Csv.cell(-5)).isEqualTo("-5");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void quotingFollowsRfc4180() {
        assertThat(Csv.cell("Atyrau, Kazakhstan")).isEqualTo("\"Atyrau, Kazakhstan\"");
        assertThat(Csv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(Csv.cell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    }

    @Test
    void fileStartsWithAByteOrderMarkAndUsesCrlf() {
        String s = new Csv(List.of("id", "name")).row(1, "Жанна").toString();
        assertThat(s).startsWith("\uFEFFid,name\r\n").endsWith("1,Жанна\r\n");
    }
}
