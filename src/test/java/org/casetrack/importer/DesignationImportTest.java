package org.casetrack.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.Person;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.generated.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Designations a report states are planned, rehearsed and stored with their sentence, on a
 * real encrypted H2 file; importing the report again, or another report saying the same,
 * adds no second designation.
 */
@org.casetrack.store.OnBothDatabases
class DesignationImportTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    /** Sentences written for this test (invented people). */
    static final String REPORT = """
            Testland: events of 2030

            In March 2030 a court in Northtown sentenced the blogger Arman Tulegenov to four years in prison for his posts.
            On 12 April 2030 Amnesty International recognised Arman Tulegenov as a prisoner of conscience.
            The journalist Olga Lebedeva was detained in Riverside in May and named a political prisoner by Memorial.
            """;

    @TempDir
    Path dir;
    Database db;
    ImportService service;

    @BeforeEach
    void setUp() {
        db = org.casetrack.store.TestDatabases.create(backend, dir.resolve("db"));
        service = new ImportService(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static ReportText report(String text, int year) {
        ReportText t = ReportText.of(text, "text", List.of());
        return new ReportText(t.text(), t.format(), t.pageStarts(), t.bodyStart(), t.bodyEnd(), "Test report " + year,
                "Testland Monitor", "Testland", year);
    }

    private long personId(String name) {
        return new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals(name)).map(Person::id)
                .findFirst().orElseThrow();
    }

    @Test
    void aDesignationIsPlannedRehearsedAndStoredWithItsSentence() throws Exception {
        ImportPlan plan = service.plan(report(REPORT, 2030), "testland-2030.txt", ImportProgress.NONE);
        assertThat(plan.designations()).extracting(ImportPlan.DesignationCandidate::kind)
                .containsExactly(DesignationKind.PRISONER_OF_CONSCIENCE, DesignationKind.POLITICAL_PRISONER);
        assertThat(plan.proposedIds()).contains("d1", "d2");
        assertThat(plan.expected().designations()).isEqualTo(2); // the dry run says what the import would add
        assertThat(db.dsl().fetchCount(Tables.DESIGNATION)).isZero(); // and wrote nothing

        ImportResult r = service.commit(plan, plan.proposedIds());
        assertThat(r.designations()).isEqualTo(2);

        List<Designation> arman = new DesignationStore(db.dsl()).forPerson(personId("Arman Tulegenov"));
        assertThat(arman).hasSize(1);
        Designation d = arman.get(0);
        assertThat(d.designatedBy()).isEqualTo("Amnesty International");
        assertThat(d.date().toIso()).isEqualTo("2030-04-12");
        assertThat(d.documentId()).isEqualTo(r.documentId());
        assertThat(d.quote()).startsWith("On 12 April 2030 Amnesty International recognised");
        String stored = plan.report().text();
        assertThat(stored.substring(d.quoteStart(), d.quoteEnd()).strip()).isEqualTo(d.quote());

        Designation olga = new DesignationStore(db.dsl()).forPerson(personId("Olga Lebedeva")).get(0);
        assertThat(olga.designatedBy()).isEqualTo("Memorial Human Rights Centre");
        assertThat(olga.date()).isNull(); // "in May" dates the detention, not the designation
    }

    @Test
    void importingTheSameReportTwiceAddsNothing() throws Exception {
        ImportPlan plan = service.plan(report(REPORT, 2030), "testland-2030.txt", ImportProgress.NONE);
        service.commit(plan, plan.proposedIds());
        ImportPlan again = service.plan(report(REPORT, 2030), "testland-2030-copy.txt", ImportProgress.NONE);
        assertThat(again.alreadyImported()).isTrue();
        ImportResult r = service.commit(again, again.proposedIds());
        assertThat(r.alreadyImported()).isTrue();
        assertThat(db.dsl().fetchCount(Tables.DESIGNATION)).isEqualTo(2);
    }

    @Test
    void anotherReportSayingTheSameIsKnownAndOnlyAddsTheDateItLacked() throws Exception {
        String first = """
                Testland: a first digest

                The blogger Arman Tulegenov, held in Northtown since his arrest, was recognised as a prisoner of conscience by Amnesty.
                """;
        ImportPlan a = service.plan(report(first, 2030), "first.txt", ImportProgress.NONE);
        service.commit(a, a.proposedIds());
        long arman = personId("Arman Tulegenov");
        assertThat(new DesignationStore(db.dsl()).forPerson(arman)).singleElement()
                .satisfies(d -> assertThat(d.date()).isNull());

        ImportPlan b = service.plan(report(REPORT, 2030), "second.txt", ImportProgress.NONE);
        String armanDesignation = b.designations().stream()
                .filter(d -> d.kind() == DesignationKind.PRISONER_OF_CONSCIENCE).findFirst().orElseThrow().id();
        assertThat(b.isKnown(armanDesignation)).isTrue(); // the review marks it as already held
        service.commit(b, b.proposedIds());

        List<Designation> all = new DesignationStore(db.dsl()).forPerson(arman);
        assertThat(all).singleElement().satisfies(d -> {
            assertThat(d.date().toIso()).isEqualTo("2030-04-12");
            assertThat(d.quote()).contains("held in Northtown"); // the first source stays its source
        });
    }

    @Test
    void anUntickedDesignationIsNotStored() throws Exception {
        ImportPlan plan = service.plan(report(REPORT, 2030), "testland-2030.txt", ImportProgress.NONE);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(plan.proposedIds());
        ids.remove("d1");
        ImportResult r = service.commit(plan, ids);
        assertThat(r.designations()).isEqualTo(1);
        assertThat(new DesignationStore(db.dsl()).forPerson(personId("Arman Tulegenov"))).isEmpty();
    }
}
