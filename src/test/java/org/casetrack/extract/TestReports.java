package org.casetrack.extract;

import org.casetrack.extract.read.ReportText;

/** Helpers for tests: extraction of a few sentences written for the test. */
final class TestReports {

    private TestReports() {
    }

    /** Extracts from an Amnesty-style text covering the given year. */
    static Extraction extract(int year, String body) {
        String text = "Republic of Testland\nHead of state: Otto Kessler\n\n"
                + "This chapter was written for a test in " + year + " and names invented people only.\n\n" + body;
        ReportText r = new ReportText(text, "text", java.util.List.of(), text.indexOf("This chapter"), text.length(),
                "Test", "Amnesty International", "Testland", year);
        return ReportExtractor.extract(r);
    }

    static Extraction.Person person(Extraction x, String name) {
        return x.persons().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + x.persons()));
    }

    static String nameOf(Extraction x, String id) {
        return x.persons().stream().filter(p -> p.id().equals(id)).map(Extraction.Person::name).findFirst().orElse(null);
    }
}
