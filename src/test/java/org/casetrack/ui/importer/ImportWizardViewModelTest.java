package org.casetrack.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.casetrack.importer.ImportPlan;
import org.casetrack.importer.ImportService;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.casetrack.store.generated.Tables;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.importer.ImportWizardViewModel.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's state without a screen: a real encrypted database, work on the test thread. */
class ImportWizardViewModelTest {

    @TempDir
    Path dir;
    Database db;
    ImportWizardViewModel vm;
    Path report;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabases.create(dir.resolve("db"));
        vm = viewModel(BackgroundRunner.sameThread());
        report = Path.of(getClass().getResource("/reports/freedonia-2020.txt").toURI());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ImportWizardViewModel viewModel(BackgroundRunner runner) {
        return new ImportWizardViewModel(new ImportService(db), runner, Runnable::run, new WizardText(Locale.ENGLISH));
    }

    private void readReport() {
        vm.pathProperty().set(report.toString());
        vm.read();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.step()).isEqualTo(Step.REVIEW);
    }

    private boolean accepted(String id) {
        return vm.row(id).isAccepted();
    }

    private int count(org.jooq.Table<?> table) {
        return db.dsl().fetchCount(table);
    }

    @Test
    void reviewStartsWithTheProposedCandidatesTicked() {
        readReport();
        ImportPlan plan = vm.planProperty().get();
        assertThat(vm.acceptedIds()).containsExactlyInAnyOrderElementsOf(plan.proposedIds());
        assertThat(accepted("p5")).as("the official, mentioned in passing").isFalse();
        assertThat(vm.rows(CandidateGroup.PERSONS)).hasSize(5);
        assertThat(vm.acceptedCountProperty().get()).isEqualTo(plan.proposedIds().size());
        assertThat(vm.row("p1").detailProperty().get()).contains("new person").contains("subject");
        assertThat(vm.row("p5").detailProperty().get()).contains("mentioned in passing");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void lowConfidenceFindingsStartUntickedAndEveryRowSaysWhy() throws Exception {
        vm.pathProperty().set(Path.of(getClass().getResource("/reports/lowconfidence-2021.txt").toURI()).toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.REVIEW);
        CandidateRow bokaev = vm.rows(CandidateGroup.PERSONS).stream()
                .filter(r -> r.titleProperty().get().equals("Timur Bokaev")).findFirst().orElseThrow();
        CandidateRow vetrova = vm.rows(CandidateGroup.PERSONS).stream()
                .filter(r -> r.titleProperty().get().equals("Olga Vetrova")).findFirst().orElseThrow();
        assertThat(bokaev.isAccepted()).isTrue();
        assertThat(bokaev.detailProperty().get()).contains("rule subject.named-in-finding, confidence 90%");
        assertThat(vetrova.isAccepted()).as("a subject by case words alone is below the threshold").isFalse();
        assertThat(vetrova.detailProperty().get()).contains("subject of the report").contains("low: left unticked");
        assertThat(vm.row("s1").detailProperty().get()).contains("rule penalty.imprisonment.term/named");
        assertThat(vm.acceptedIds()).doesNotContain(vetrova.id());
    }

    @Test
    void rejectAllAndAcceptAllActOnOneGroupOnly() {
        readReport();
        vm.rejectAll(CandidateGroup.SENTENCES);
        assertThat(vm.acceptedIds()).doesNotContain("s1", "s2", "s3", "s4").contains("p1", "u1", "e1");
        vm.acceptAll(CandidateGroup.SENTENCES);
        assertThat(vm.acceptedIds()).contains("s1", "s2", "s3", "s4");
        vm.acceptAll(CandidateGroup.PERSONS);
        assertThat(vm.acceptedIds()).contains("p5");
        assertThat(vm.changedProperty().get()).isTrue();
    }

    @Test
    void anEditReplacesTheCandidateThatWillBeStored() {
        readReport();
        var s1 = (ImportPlan.SentenceCandidate) vm.row("s1").candidate();
        vm.replace(s1.with(s1.kind(), new Term(5, 0, 0), s1.date(), "Zelenograd City Court"));

        assertThat(vm.row("s1").editedProperty().get()).isTrue();
        assertThat(vm.row("s1").titleProperty().get()).contains("5 years");
        assertThat(vm.row("s1").isAccepted()).isTrue();
        assertThat(vm.editedPlan().sentences().get(0).term()).isEqualTo(new Term(5, 0, 0));

        vm.commit();
        assertThat(vm.step()).isEqualTo(Step.DONE);
        var stored = new FactStore(db.dsl()).allSentences().stream().filter(s -> s.term().equals(new Term(5, 0, 0))).toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).court()).isEqualTo("Zelenograd City Court");
    }

    @Test
    void anEditedFindingIsCheckedAgainstTheDatabaseAgain() throws Exception {
        readReport();
        vm.commit();
        assertThat(vm.step()).isEqualTo(Step.DONE);
        vm.startOver();
        Path newer = dir.resolve("freedonia-2020-revised.txt");
        java.nio.file.Files.writeString(newer, java.nio.file.Files.readString(report) + "\n\nThis edition corrects a typing error.\n");
        vm.pathProperty().set(newer.toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.REVIEW);
        assertThat(vm.row("s1").isKnown()).as("the same sentence, already stored").isTrue();
        String before = vm.expectedTextProperty().get();

        var s1 = (ImportPlan.SentenceCandidate) vm.row("s1").candidate();
        vm.replace(s1.with(s1.kind(), new Term(11, 0, 0), s1.date(), s1.court()));

        assertThat(vm.row("s1").isKnown()).as("an 11-year term is not the stored one").isFalse();
        assertThat(vm.expectedTextProperty().get()).as("and it will now be added").isNotEqualTo(before);
        vm.replace(s1);
        assertThat(vm.row("s1").isKnown()).as("undoing the edit makes it known again").isTrue();
        assertThat(vm.expectedTextProperty().get()).isEqualTo(before);
    }

    @Test
    void anEditMustKeepTheCandidateKind() {
        readReport();
        var p1 = (ImportPlan.PersonCandidate) vm.row("p1").candidate();
        var wrong = new ImportPlan.SentenceCandidate("p1", "p1", null, null, null, null, List.of(), p1.firstMention());
        assertThatThrownBy(() -> vm.replace(wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renamingAPersonRenamesThemInTheirFacts() {
        readReport();
        var p4 = (ImportPlan.PersonCandidate) vm.row("p4").candidate();
        vm.replace(p4.withName("Ruslan Temirov-Ali"));
        assertThat(vm.row("s4").titleProperty().get()).startsWith("Ruslan Temirov-Ali:");
    }

    @Test
    void aPersonCanBeCreatedNewInsteadOfMergedWithTheKnownOne() {
        long known = db.write(c -> new PersonStore(c).insert(new Person(null, "Timur Bokaev", "Timur", "Bokaev", Sex.UNKNOWN,
                null, java.util.Set.of(), PersonStatus.UNKNOWN, null, "Freedonia", null, false)));
        readReport();
        var p1 = (ImportPlan.PersonCandidate) vm.row("p1").candidate();
        assertThat(p1.matchedPersonId()).isEqualTo(known);
        assertThat(vm.row("p1").detailProperty().get()).contains("matches existing \u201CTimur Bokaev\u201D");

        vm.replace(p1.withMatch(null, null));
        assertThat(vm.row("p1").detailProperty().get()).contains("new person");
        vm.commit();

        assertThat(vm.resultProperty().get().matchedPersons()).isZero();
        assertThat(new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals("Timur Bokaev"))).hasSize(2);
    }

    @Test
    void rejectingAPersonDropsTheFactsThatConcernOnlyThem() {
        readReport();
        vm.setAccepted("p4", false); // Temirov: one sentence, one UN ruling, one arrest
        assertThat(vm.acceptedIds()).doesNotContain("p4", "s4", "u1", "e2");
        assertThat(vm.row("s4").isOrphan()).isTrue();
        assertThat(vm.row("s4").detailProperty().get()).contains("will not be stored");

        vm.setAccepted("p2", false); // Serikova: her sentence goes, the detention she shares with Ospanov stays
        assertThat(vm.acceptedIds()).doesNotContain("p2", "s2").contains("p3", "s3", "e1");

        vm.setAccepted("p4", true);
        assertThat(vm.acceptedIds()).contains("p4", "s4", "u1", "e2");
    }

    @Test
    void factsRejectedByHandStayRejectedWhenTheirPersonComesBack() {
        readReport();
        vm.setAccepted("s4", false);
        vm.setAccepted("p4", false);
        vm.setAccepted("p4", true);
        assertThat(vm.acceptedIds()).contains("u1", "e2").doesNotContain("s4");
    }

    @Test
    void aFactAboutRejectedPersonsOnlyCannotBeTicked() {
        readReport();
        vm.setAccepted("p4", false);
        vm.setAccepted("s4", true);
        vm.acceptAll(CandidateGroup.SENTENCES);
        assertThat(accepted("s4")).isFalse();
        assertThat(accepted("s1")).isTrue();
    }

    @Test
    void commitStoresExactlyTheTickedCandidates() {
        readReport();
        vm.setAccepted("p2", false);
        vm.setAccepted("s1", false);
        vm.commit();

        assertThat(vm.step()).isEqualTo(Step.DONE);
        PersonStore persons = new PersonStore(db.dsl());
        assertThat(persons.list()).extracting(Person::displayName)
                .containsExactlyInAnyOrder("Timur Bokaev", "Daniyar Ospanov", "Ruslan Temirov");
        assertThat(new FactStore(db.dsl()).allSentences()).extracting(s -> s.term().toIso())
                .containsExactlyInAnyOrder("P15D", "P2Y6M");
        assertThat(count(Tables.UN_RULING)).isEqualTo(1);
        assertThat(count(Tables.EVENT)).isEqualTo(2);
        assertThat(count(Tables.SOURCE_DOCUMENT)).isEqualTo(1);
        assertThat(vm.summaryLines()).anySatisfy(l -> assertThat(l).contains("3 new"));
        int stored = count(Tables.SENTENCE) + count(Tables.APPEAL) + count(Tables.UN_RULING) + count(Tables.EVENT);
        assertThat(vm.summaryLines()).anySatisfy(l -> assertThat(l).contains("Facts added: " + stored));
    }

    @Test
    void cancelAtReviewWritesNothing() {
        readReport();
        vm.setAccepted("p5", true);
        vm.cancel();

        assertThat(vm.step()).isEqualTo(Step.CHOOSE);
        assertThat(vm.noticeProperty().get()).contains("Nothing was stored");
        assertThat(vm.allRows()).isEmpty();
        assertThat(count(Tables.SOURCE_DOCUMENT)).isZero();
        assertThat(count(Tables.PERSON)).isZero();
    }

    @Test
    void cancelWhileReadingIgnoresTheLateResultAndWritesNothing() {
        List<Runnable> pending = new ArrayList<>();
        boolean[] cancelled = {false};
        BackgroundRunner deferred = new BackgroundRunner() {
            @Override
            public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                pending.add(() -> BackgroundRunner.sameThread().run(p -> work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                    }

                    @Override
                    public void message(String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled[0];
                    }
                }), onSuccess, onError));
                return new Handle() {
                    @Override
                    public void cancel() {
                        cancelled[0] = true;
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        vm = viewModel(deferred);
        vm.pathProperty().set(report.toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.READING);

        vm.cancel();
        assertThat(cancelled[0]).isTrue();
        pending.forEach(Runnable::run); // the work notices the cancel (or finishes late): either way it is ignored

        assertThat(vm.step()).isEqualTo(Step.CHOOSE);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.planProperty().get()).isNull();
        assertThat(count(Tables.SOURCE_DOCUMENT)).isZero();
    }

    @Test
    void aMissingFileIsOnePlainSentenceOnStepOne() {
        vm.pathProperty().set(dir.resolve("nowhere.txt").toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.CHOOSE);
        assertThat(vm.errorProperty().get()).isEqualTo("There is no file called \u201Cnowhere.txt\u201D there.");
    }

    @Test
    void aFileTheImporterCannotReadGoesBackToStepOneWithItsSentence() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        vm.pathProperty().set(empty.toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.CHOOSE);
        assertThat(vm.errorProperty().get()).isEqualTo("empty.txt is empty.");
    }

    @Test
    void anUnsupportedFormatIsRefusedBeforeReading() throws Exception {
        Path docx = Files.writeString(dir.resolve("report.docx"), "not really");
        vm.pathProperty().set(docx.toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.CHOOSE);
        assertThat(vm.errorProperty().get()).contains("PDF");
    }

    @Test
    void aReportImportedBeforeSaysSoAndChangesNothing() {
        readReport();
        vm.commit();
        int persons = count(Tables.PERSON);
        vm.startOver();
        assertThat(vm.pathProperty().get()).isEmpty();

        vm.pathProperty().set(report.toString());
        vm.read();
        assertThat(vm.step()).isEqualTo(Step.DONE);
        assertThat(vm.doneTitleProperty().get()).isEqualTo("Already imported");
        assertThat(vm.documentIdProperty().get()).as("the earlier import can be opened").isNotNull();
        assertThat(vm.summaryLines()).singleElement().asString().contains("was imported before");
        assertThat(count(Tables.PERSON)).isEqualTo(persons);
        assertThat(count(Tables.SOURCE_DOCUMENT)).isEqualTo(1);
    }

    @Test
    void selectingARowExposesItsEvidence() {
        readReport();
        vm.selectedProperty().set(vm.row("u1"));
        var span = vm.selectedEvidenceProperty().get();
        assertThat(vm.documentTextProperty().get().substring(span.start(), span.end()))
                .startsWith("In 2018, the UN Human Rights Committee found");
    }
}
