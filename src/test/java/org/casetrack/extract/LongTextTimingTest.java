package org.casetrack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.casetrack.extract.read.ReportText;
import org.junit.jupiter.api.Test;

/** Extraction time grows with the length of the text, not with its square (issue 10, item 16). */
class LongTextTimingTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One paragraph without a single line break: every rule must look back a bounded distance. */
    private static String paragraph(int chars) {
        String[] names = {"Dana Orlova", "Ivo Lind", "Marta Kessler", "Otto Brandt"};
        StringBuilder sb = new StringBuilder(chars + 200);
        for (int i = 0; sb.length() < chars; i++) {
            String n = names[i % names.length];
            switch (i % 3) {
                case 0 -> sb.append("On ").append(1 + i % 28).append(" May, activist ").append(n)
                        .append(" was sentenced to ").append(2 + i % 7).append(" years in prison by a district court. ");
                case 1 -> sb.append("The appeal court upheld the verdict against ").append(n).append(" on 3 June. ");
                default -> sb.append("Authorities restricted the freedom of assembly and detained many protesters. ");
            }
        }
        return sb.substring(0, chars);
    }

    private static long cpuNanos(String text) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Extraction x = ReportExtractor.extract(ReportText.ofText(text));
        assertThat(x.persons()).isNotEmpty();
        return CPU.getCurrentThreadCpuTime() - t0;
    }

    @Test
    void eightTimesTheTextTakesAboutEightTimesTheTime() {
        cpuNanos(paragraph(64 * 1024)); // warm up the JIT
        long small = Math.max(1, cpuNanos(paragraph(128 * 1024)));
        long large = cpuNanos(paragraph(1024 * 1024));
        // a ratio, not seconds: it holds on a loaded machine too; casetrack bench measures MB/s
        assertThat((double) large / small).as("1 MB / 128 KB CPU time").isLessThan(16.0);
    }

    /** A chapter split into paragraphs: no per-document pass may dominate a short text. */
    private static String chapter(int chars) {
        return paragraph(chars).replace(". A", ".\n\nA");
    }

    @Test
    void aThirtyKilobyteChapterCostsAboutItsShareOfALongerOne() {
        cpuNanos(chapter(64 * 1024)); // warm up the JIT
        long longOne = cpuNanos(chapter(240 * 1024));
        long shortOne = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the least of three: a pause of the machine only ever adds
            shortOne = Math.min(shortOne, Math.max(1, cpuNanos(chapter(30 * 1024))));
        }
        // linear would be 8; fixed costs per document (lexicons, whole-text passes) make it smaller
        assertThat((double) longOne / shortOne).as("240 KB / 30 KB CPU time").isGreaterThan(3.0);
    }
}
