package org.casetrack.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casetrack.dataset.SampleData;
import org.casetrack.dossier.DossierService;
import org.casetrack.export.ExportFormat;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TestDatabases;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.support.TestContexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view model on a real encrypted database with the sample data and a same-thread runner. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportDialogViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String SECRET_NOTE = "Lawyer's private phone: 555-0199";
    private static final String SECRET_COURT = "Closed Military Tribunal";

    @TempDir
    static Path dbDir;

    @TempDir
    Path out;

    private Database db;
    private long bokaev;
    private long bokaevCase;
    private Preferences prefs;

    @BeforeAll
    void open() {
        db = TestDatabases.create(dbDir);
        SampleData.load(db);
        bokaev = new DossierService(db).resolvePerson("Maks Bokaev");
        // A private note and a confidential sentence, which must stay out unless asked for.
        bokaevCase = db.write(ctx -> {
            PersonStore persons = new PersonStore(ctx);
            Person p = persons.get(bokaev).orElseThrow();
            persons.update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(), p.roles(),
                    p.status(), p.placeOfDetention(), p.country(), SECRET_NOTE, false));
            long caseId = firstCaseOf(ctx, bokaev);
            new FactStore(ctx).insertSentence(new Sentence(null, bokaev, caseId, SentenceKind.FINE, null, new java.math.BigDecimal("50000"),
                    "KZT", PartialDate.parse("2017-06"), SECRET_COURT, null, null, SECRET_NOTE, true));
            return caseId;
        });
    }

    private static long firstCaseOf(org.jooq.DSLContext ctx, long personId) {
        CaseStore cases = new CaseStore(ctx);
        return cases.list().stream().filter(c -> cases.parties(c.id()).stream().anyMatch(p -> p.personId() == personId))
                .findFirst().orElseThrow().id();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @BeforeEach
    void freshPrefs() {
        prefs = TestContexts.freshPrefs();
    }

    @AfterEach
    void dropPrefs() {
        TestContexts.dispose(prefs);
    }

    private ExportDialogViewModel vm(ExportDialogViewModel.Subject subject) {
        ExportDialogViewModel vm = new ExportDialogViewModel(db, BackgroundRunner.sameThread(), prefs, new ExportText(Locale.ENGLISH),
                subject, () -> TODAY);
        vm.start();
        return vm;
    }

    private ExportDialogViewModel person() {
        return vm(ExportDialogViewModel.Subject.person(bokaev, "Maks Bokaev"));
    }

    @Test
    void thePreviewNamesThePersonAndCitesASource() {
        ExportDialogViewModel vm = person();
        assertThat(vm.previewErrorProperty().get()).isEmpty();
        assertThat(vm.previewingProperty().get()).isFalse();
        String md = vm.previewProperty().get();
        assertThat(md).contains("## Summary of the facts").contains("### Maks Bokaev");
        assertThat(md).containsPattern("\\[\\^1]: .*(Human Rights Watch|Amnesty|Freedom|Bureau|Report|report)");
        assertThat(md).contains("22 November 2026");
    }

    @Test
    void confidentialContentIsOnlyInThePreviewWhenIncluded() {
        ExportDialogViewModel vm = person();
        assertThat(vm.includeConfidentialProperty().get()).as("off by default").isFalse();
        assertThat(vm.confidentialWarningProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).doesNotContain(SECRET_COURT).doesNotContain("555-0199");

        vm.includeConfidentialProperty().set(true);
        assertThat(vm.previewProperty().get()).contains(SECRET_COURT).contains("555-0199");
        assertThat(vm.confidentialWarningProperty().get()).contains("confidential").endsWith(".");

        vm.includeConfidentialProperty().set(false);
        assertThat(vm.previewProperty().get()).doesNotContain(SECRET_COURT).doesNotContain("555-0199");
        assertThat(vm.confidentialWarningProperty().get()).isEmpty();
    }

    @Test
    void savesAWordDocumentWithTheName() throws Exception {
        ExportDialogViewModel vm = person();
        assertThat(vm.defaultFileName()).isEqualTo("Maks-Bokaev-summary.docx");
        Path target = out.resolve(vm.defaultFileName());
        vm.save(target);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.savingProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(ExportDialogViewModel.DONE);
        assertThat(vm.statusProperty().get()).isEqualTo("Saved to Maks-Bokaev-summary.docx.");
        assertThat(vm.savedFileProperty().get()).isEqualTo(target);
        assertThat(Files.size(target)).isPositive();
        if (org.casetrack.store.PrivateFiles.posix(target)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .as("a letter holds case data: readable by its owner only").isEqualTo("rw-------");
        }
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("Maks Bokaev").doesNotContain(SECRET_COURT);
        }
        try (var list = Files.list(out)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).as("no temporary file left behind")
                    .containsExactly("Maks-Bokaev-summary.docx");
        }
        assertThat(vm.lastDirectoryProperty().get()).isEqualTo(out.toAbsolutePath());
    }

    @Test
    void savesPdfAndMarkdownAddingTheExtensionWhenLeftOut() throws Exception {
        ExportDialogViewModel vm = person();
        vm.formatProperty().set(ExportFormat.PDF);
        assertThat(vm.defaultFileName()).isEqualTo("Maks-Bokaev-summary.pdf");
        vm.save(out.resolve("letter"));
        Path pdf = out.resolve("letter.pdf");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(Files.size(pdf)).isPositive();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Maks Bokaev");
        }

        vm.formatProperty().set(ExportFormat.MD);
        vm.includeConfidentialProperty().set(true);
        Path md = out.resolve(vm.defaultFileName());
        vm.save(md);
        assertThat(Files.size(md)).isPositive();
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).contains("Maks Bokaev").contains(SECRET_COURT)
                .isEqualTo(vm.previewProperty().get());
    }

    @Test
    void aCaseCanBeExported() throws Exception {
        ExportDialogViewModel vm = vm(ExportDialogViewModel.Subject.ofCase(bokaevCase, "The case of Maks Bokaev"));
        assertThat(vm.previewErrorProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).contains("Maks Bokaev").contains("[^1]:");
        vm.formatProperty().set(ExportFormat.MD);
        vm.save(out.resolve(vm.defaultFileName()));
        assertThat(out.resolve("The-case-of-Maks-Bokaev-summary.md")).isNotEmptyFile();
    }

    @Test
    void aBadTemplatePathIsOnePlainSentence() {
        ExportDialogViewModel vm = person();
        Path missing = out.resolve("no-such-template.properties");
        vm.templateFileProperty().set(missing);
        assertThat(vm.templateNameProperty().get()).isEqualTo("no-such-template.properties");
        assertThat(vm.previewErrorProperty().get())
                .isEqualTo("The letter template no-such-template.properties cannot be read; choose another file or use the default letter.");
        assertThat(vm.previewProperty().get()).isEmpty();

        Path target = out.resolve("x.docx");
        vm.save(target);
        assertThat(vm.errorProperty().get()).isEqualTo(vm.previewErrorProperty().get());
        assertThat(vm.errorProperty().get()).doesNotContain("Exception").doesNotContain("\n");
        assertThat(target).doesNotExist();
        assertThat(vm.savingProperty().get()).isFalse();

        vm.templateFileProperty().set(null);
        assertThat(vm.previewErrorProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).contains("Maks Bokaev");
    }

    @Test
    void aUserTemplateShowsInThePreview() throws Exception {
        Path t = out.resolve("embassy.properties");
        Files.writeString(t, "recipient = Embassy of Norway\\nAstana\nsalutation = Dear Ambassador,\n", StandardCharsets.UTF_8);
        ExportDialogViewModel vm = person();
        vm.templateFileProperty().set(t);
        assertThat(vm.previewProperty().get()).contains("Embassy of Norway").contains("Dear Ambassador,");
    }

    @Test
    void anUnwritableTargetIsOnePlainSentence() throws Exception {
        ExportDialogViewModel vm = person();
        Path target = out.resolve("no-such-folder").resolve("a.docx");
        vm.save(target);
        assertThat(vm.errorProperty().get()).isEqualTo("The file a.docx could not be written; choose another folder or name.");
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.progressProperty().get()).isEqualTo(ExportDialogViewModel.IDLE);
    }

    @Test
    void aConfidentialPersonIsRefusedPlainlyUntilIncluded() {
        long secret = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Hidden Witness", "Hidden", "Witness", null, null,
                java.util.Set.of(), org.casetrack.model.PersonStatus.UNKNOWN, null, "Kazakhstan", null, true)));
        ExportDialogViewModel vm = vm(ExportDialogViewModel.Subject.person(secret, "Hidden Witness"));
        assertThat(vm.previewErrorProperty().get())
                .isEqualTo("This record is marked confidential; tick \u201CInclude confidential records and notes\u201D to export it.");
        vm.includeConfidentialProperty().set(true);
        assertThat(vm.previewErrorProperty().get()).isEmpty();
        assertThat(vm.previewProperty().get()).contains("Hidden Witness");
    }

    @Test
    void aStalePreviewDoesNotOverwriteANewerOne() {
        List<Runnable> pending = new java.util.ArrayList<>();
        BackgroundRunner later = new BackgroundRunner() {
            @Override
            public <T> Handle run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
                pending.add(() -> BackgroundRunner.sameThread().run(work, onSuccess, onError));
                return new Handle() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }
                };
            }
        };
        ExportDialogViewModel vm = new ExportDialogViewModel(db, later, prefs, new ExportText(Locale.ENGLISH),
                ExportDialogViewModel.Subject.person(bokaev, "Maks Bokaev"), () -> TODAY);
        vm.start();
        vm.includeConfidentialProperty().set(true);
        assertThat(vm.previewingProperty().get()).isTrue();
        pending.get(0).run(); // the letterhead, read from the database when the dialog starts
        pending.get(2).run(); // the newer preview (with confidential content) finishes first
        pending.get(1).run();
        assertThat(vm.previewProperty().get()).contains(SECRET_COURT);
        assertThat(vm.previewingProperty().get()).isFalse();
    }

    @Test
    void fileNamesAreSafe() {
        assertThat(ExportDialogViewModel.fileStem("Maks Bokaev")).isEqualTo("Maks-Bokaev");
        assertThat(ExportDialogViewModel.fileStem("Жанна  Серикбаева")).isEqualTo("Жанна-Серикбаева");
        assertThat(ExportDialogViewModel.fileStem("A/B: \"case\"?")).isEqualTo("A-B-case");
        assertThat(ExportDialogViewModel.fileStem("  ")).isEqualTo("case");
    }
}
