package org.casetrack.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.Database;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.generated.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.casetrack.store.OnBothDatabases
class ImportServiceTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    @TempDir
    Path dir;
    Database db;
    ImportService service;
    Path report;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.create(backend, dir);
        service = new ImportService(db);
        report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void planProposesSubjectsAndWritesNothing() throws Exception {
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        assertThat(plan.persons().stream().filter(ImportPlan.PersonCandidate::proposed).map(ImportPlan.PersonCandidate::name))
                .contains("Timur Bokaev", "Aliya Serikova", "Daniyar Ospanov", "Ruslan Temirov")
                .doesNotContain("Arman Zhakupov");
        assertThat(plan.sentences()).isNotEmpty();
        assertThat(db.dsl().fetchCount(Tables.SOURCE_DOCUMENT)).isZero();
        assertThat(db.dsl().fetchCount(Tables.PERSON)).isZero();
    }

    @Test
    void commitStoresTheDocumentPersonsFactsAndEvidenceQuotes() throws Exception {
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        ImportResult r = service.commit(plan, plan.proposedIds());
        assertThat(r.alreadyImported()).isFalse();
        assertThat(r.newPersons()).isEqualTo(4);

        PersonStore persons = new PersonStore(db.dsl());
        long temirov = persons.list().stream().filter(p -> p.displayName().equals("Ruslan Temirov")).findFirst().orElseThrow().id();
        FactStore facts = new FactStore(db.dsl());
        Sentence s = facts.sentencesOf(temirov).get(0);
        assertThat(s.kind()).isEqualTo(SentenceKind.RESTRICTED_FREEDOM);
        assertThat(s.term()).isEqualTo(Term.parse("P2Y6M"));
        assertThat(s.caseId()).isNotNull();
        assertThat(facts.rulingsOf(temirov)).isNotEmpty();
        assertThat(persons.get(temirov).orElseThrow().status()).isEqualTo(PersonStatus.RESTRICTED_FREEDOM);
        assertThat(facts.eventsOf(temirov)).allSatisfy(e -> assertThat(e.summary()).as("a whole sentence of the report")
                .startsWith("Blogger Ruslan Temirov").endsWith("."));

        DocumentStore docs = new DocumentStore(db.dsl());
        List<Evidence> ev = docs.evidenceFor(FactType.SENTENCE, s.id());
        assertThat(ev).singleElement().satisfies(e -> {
            String text = docs.get(e.documentId()).orElseThrow().text();
            assertThat(text.substring(e.startOffset(), e.endOffset())).isEqualTo(e.quote());
            assertThat(e.quote()).contains("restricted freedom");
        });
        assertThat(docs.list()).singleElement().satisfies(d -> {
            assertThat(d.publisher()).isEqualTo("Human Rights Watch");
            assertThat(d.periodYear()).isEqualTo(2020);
        });
    }

    @Test
    void reimportingTheSameReportChangesNothing() throws Exception {
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        service.commit(plan, plan.proposedIds());
        int audit = db.dsl().fetchCount(Tables.AUDIT_LOG);
        ImportPlan again = service.plan(report, ImportProgress.NONE);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(service.commit(again, again.proposedIds()).alreadyImported()).isTrue();
        assertThat(db.dsl().fetchCount(Tables.AUDIT_LOG)).isEqualTo(audit);
    }

    @Test
    void onlyAcceptedCandidatesAreStored() throws Exception {
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        Set<String> accepted = new HashSet<>(plan.proposedIds());
        String bokaev = plan.persons().stream().filter(p -> p.name().equals("Timur Bokaev")).findFirst().orElseThrow().id();
        accepted.remove(bokaev);
        plan.sentences().stream().filter(s -> s.kind() == SentenceKind.ADMINISTRATIVE_DETENTION).forEach(s -> accepted.remove(s.id()));
        service.commit(plan, accepted);
        List<String> names = new PersonStore(db.dsl()).list().stream().map(Person::displayName).toList();
        assertThat(names).doesNotContain("Timur Bokaev").contains("Ruslan Temirov");
        assertThat(db.dsl().fetchCount(Tables.SENTENCE, Tables.SENTENCE.KIND.eq("ADMINISTRATIVE_DETENTION"))).isZero();
        assertThat(db.dsl().fetchCount(Tables.SENTENCE)).isEqualTo(1);
    }

    @Test
    void aKnownPersonIsMergedAndTheNewSpellingKept() throws Exception {
        long known = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Timur Bokayev", null, null, Sex.MALE, null,
                EnumSet.noneOf(PersonRole.class), PersonStatus.IMPRISONED, null, "Freedonia", null, false)));
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        var candidate = plan.persons().stream().filter(p -> p.name().equals("Timur Bokaev")).findFirst().orElseThrow();
        assertThat(candidate.matchedPersonId()).isEqualTo(known);
        service.commit(plan, plan.proposedIds());
        PersonStore persons = new PersonStore(db.dsl());
        assertThat(persons.list()).filteredOn(p -> p.displayName().contains("Boka")).hasSize(1);
        assertThat(persons.names(known)).extracting(PersonName::name).contains("Timur Bokayev", "Timur Bokaev");
        assertThat(persons.names(known)).filteredOn(n -> n.kind() == NameKind.PRIMARY).extracting(PersonName::name)
                .containsExactly("Timur Bokayev");
        // a report's roles for a known person are a proposal the reviewer ticks (issue 10 item 8), not written by default
        assertThat(persons.roles(known)).doesNotContain(PersonRole.JOURNALIST);
        assertThat(plan.changes()).anySatisfy(c -> {
            assertThat(c.personId()).isEqualTo(known);
            assertThat(c.kind()).isEqualTo(ImportPlan.ChangeKind.ROLES);
            assertThat(c.after()).contains(PersonRole.JOURNALIST.code());
        });
        assertThat(new FactStore(db.dsl()).sentencesOf(known)).isNotEmpty();
    }

    @Test
    void aFailingCommitLeavesNothingBehind() throws Exception {
        ImportPlan plan = service.plan(report, ImportProgress.NONE);
        var broken = new ImportPlan(plan.fileName(), plan.report(), plan.contentHash(), null, plan.persons(),
                plan.sentences().stream().map(s -> s.with(null, s.term(), s.date(), s.court())).toList(),
                plan.appeals(), plan.rulings(), plan.events());
        assertThatThrownBy(() -> service.commit(broken, broken.proposedIds())).isInstanceOf(RuntimeException.class);
        assertThat(db.dsl().fetchCount(Tables.SOURCE_DOCUMENT)).isZero();
        assertThat(db.dsl().fetchCount(Tables.PERSON)).isZero();
        assertThat(db.dsl().fetchCount(Tables.AUDIT_LOG)).isZero();
    }

    @Test
    void cancellingThePlanStopsWithAPlainMessage() {
        ImportProgress cancelled = new ImportProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> service.plan(report, cancelled)).isInstanceOf(ImportException.class).hasMessageContaining("cancelled");
    }

    @Test
    void unreadableFilesGiveOnePlainSentence() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> service.plan(empty, ImportProgress.NONE)).isInstanceOf(ImportException.class)
                .hasMessageNotContaining("\n").hasMessageContaining("empty");
        Path binary = Files.write(dir.resolve("photo.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 9, 0});
        assertThatThrownBy(() -> service.plan(binary, ImportProgress.NONE)).isInstanceOf(ImportException.class);
    }

    /** Done-when of the importer issue: both development reports in one database, one person each. */
    @Test
    void bothSeedReportsImportIntoOneDatabaseWithSharedPeopleOnce() throws Exception {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeThat(Files.isDirectory(seeds)).as("the shared development reports are not beside this checkout").isTrue();
        for (String name : List.of("hrw-world-report-2017-kazakhstan.txt", "amnesty-report-2017-18-kazakhstan.txt")) {
            ImportPlan plan = service.plan(seeds.resolve(name), ImportProgress.NONE);
            service.commit(plan, plan.proposedIds());
        }
        var finder = new PersonFinder(new PersonStore(db.dsl()).allNames());
        for (String name : List.of("Maks Bokaev", "Talgat Ayan")) {
            var ids = finder.find(name).stream().filter(m -> m.kind().identifies()).map(m -> m.personId()).collect(Collectors.toSet());
            assertThat(ids).as(name).hasSize(1);
            long id = ids.iterator().next();
            assertThat(new DocumentStore(db.dsl()).evidenceFor(FactType.PERSON, id)).extracting(Evidence::documentId)
                    .as("%s is cited from both reports", name).hasSize(2);
        }
    }

    @Test
    void sampleDataThenTheSameReportsGiveOnePersonAndOneDocumentEach() throws Exception {
        Path seeds = Path.of("..", "shared", "seeds");
        assumeThat(Files.isDirectory(seeds)).as("the shared development reports are not beside this checkout").isTrue();
        org.casetrack.dataset.SampleData.load(db);
        int personsBefore = new PersonStore(db.dsl()).count();
        int documentsBefore = db.dsl().fetchCount(Tables.SOURCE_DOCUMENT);
        for (String name : List.of("hrw-world-report-2017-kazakhstan.txt", "amnesty-report-2017-18-kazakhstan.txt")) {
            ImportPlan plan = service.plan(seeds.resolve(name), ImportProgress.NONE);
            assertThat(plan.persons().stream().filter(ImportPlan.PersonCandidate::proposed).filter(ImportPlan.PersonCandidate::isNew)
                    .map(ImportPlan.PersonCandidate::name)).as("everyone in %s is in the sample data", name).isEmpty();
            ImportResult r = service.commit(plan, plan.proposedIds());
            assertThat(r.merged()).as("facts already known from the sample data").isPositive();
        }
        assertThat(new PersonStore(db.dsl()).count()).isEqualTo(personsBefore);
        assertThat(db.dsl().fetchCount(Tables.SOURCE_DOCUMENT)).isEqualTo(documentsBefore);
        assertThat(db.dsl().fetchCount(Tables.SOURCE_DOCUMENT, Tables.SOURCE_DOCUMENT.TEXT.isNull())).isZero();
    }
}
