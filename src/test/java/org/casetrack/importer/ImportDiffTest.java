package org.casetrack.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casetrack.extract.read.ReportText;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.store.Database;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.generated.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 items 8, 12 and 13: a report about people already known never rewrites them by
 * default; the plan marks what is known, counts exactly what the import adds, and proposes
 * changes (released, transferred, sentence reduced) that apply only when ticked, audited.
 */
@org.casetrack.store.OnBothDatabases
class ImportDiffTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    static final List<String> TABLES = List.of("person", "person_role", "person_name", "case_file", "case_party", "charge",
            "sentence", "appeal", "appeal_party", "un_ruling", "event", "event_person", "source_document", "evidence");

    /** Sentences written for this test about people of the sample data, in a report newer than it. */
    static final String NEWER = """
            Kazakhstan: developments in 2018 and 2019

            In May 2017 an appeal court reduced the sentence of Seitkazy Mataev to four years in prison.
            In January 2018 Talgat Ayan, the activist, was transferred to a penal colony in Zhezkazgan.
            In March 2019 Vadim Kuramshin was released from prison after serving his term.
            His lawyer's petition to the Supreme Court on behalf of Talgat Ayan was turned down in 2018.
            In April 2019 a court in Almaty sentenced Dana Testova to three years in prison for posts on social media.
            """;

    @TempDir
    Path dir;
    Database db;
    ImportService service;

    @BeforeEach
    void setUp() {
        db = org.casetrack.store.TestDatabases.sample(backend, dir); // a copy of the sample database, built once per run
        service = new ImportService(db);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    static ReportText report(String text, String publisher, int year) {
        ReportText t = ReportText.of(text, "text", List.of());
        return new ReportText(t.text(), t.format(), t.pageStarts(), t.bodyStart(), t.bodyEnd(), "Test report " + year, publisher,
                "Kazakhstan", year);
    }

    private Person person(String name) {
        return new PersonStore(db.dsl()).list().stream().filter(p -> p.displayName().equals(name)).findFirst().orElseThrow();
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String t : TABLES) {
            out.put(t, db.dsl().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(t.toUpperCase()))));
        }
        return out;
    }

    private ImportPlan newerPlan() throws ImportException {
        return service.plan(report(NEWER, "Test Monitor", 2019), "newer.txt", ImportProgress.NONE);
    }

    @Test
    void withItsDefaultsTheImportChangesNoKnownPersonsRolesOrStatus() throws Exception {
        Person ayan = person("Talgat Ayan");
        Person kuramshin = person("Vadim Kuramshin");
        ImportPlan plan = newerPlan();
        // whatever roles the extractor read around a known name ("his lawyer's petition"), the defaults must not write them
        List<ImportPlan.PersonCandidate> lawyerly = plan.persons().stream().map(p -> p.matchedPersonId() != null
                && p.matchedPersonId() == ayan.id()
                ? new ImportPlan.PersonCandidate(p.id(), p.name(), p.variants(), EnumSet.of(PersonRole.LAWYER, PersonRole.OTHER),
                        p.subject(), p.matchedPersonId(), p.matchedName(), p.matchKind(), p.firstMention()) : p).toList();
        ImportPlan edited = plan.withCandidates(lawyerly, plan.sentences(), plan.appeals(), plan.rulings(), plan.events());
        Set<String> ids = new HashSet<>(edited.proposedIds());
        plan.persons().stream().filter(p -> p.matchedPersonId() != null && p.matchedPersonId() == ayan.id())
                .forEach(p -> ids.add(p.id()));
        // the roles become a proposal, before/after, without "other"; it is not ticked by default
        var roles = new ChangeFinder(db.dsl(), edited).changes().stream()
                .filter(c -> c.kind() == ImportPlan.ChangeKind.ROLES && c.personId() == ayan.id()).findFirst().orElseThrow();
        assertThat(ChangeFinder.roles(roles.before())).isEqualTo(ayan.roles());
        assertThat(ChangeFinder.roles(roles.after())).contains(PersonRole.LAWYER).doesNotContain(PersonRole.OTHER);
        assertThat(edited.proposedIds()).doesNotContain(roles.id());
        service.commit(edited, ids);

        Person after = person("Talgat Ayan");
        assertThat(after.roles()).isEqualTo(ayan.roles()).doesNotContain(PersonRole.LAWYER, PersonRole.OTHER);
        assertThat(after.status()).isEqualTo(ayan.status());
        assertThat(after.placeOfDetention()).isEqualTo(ayan.placeOfDetention());
        assertThat(person("Vadim Kuramshin").status()).isEqualTo(kuramshin.status());
    }

    @Test
    void theDryRunCountsAreWhatTheImportAdds() throws Exception {
        ImportPlan plan = newerPlan();
        ImportResult expected = plan.expected();
        assertThat(expected).isNotNull();
        Map<String, Integer> before = counts();
        ImportResult actual = service.commit(plan, plan.proposedIds());
        Map<String, Integer> after = counts();
        assertThat(actual).usingRecursiveComparison().ignoringFields("documentId").isEqualTo(expected);
        assertThat(after.get("sentence") - before.get("sentence")).isEqualTo(expected.sentences());
        assertThat(after.get("appeal") - before.get("appeal")).isEqualTo(expected.appeals());
        assertThat(after.get("un_ruling") - before.get("un_ruling")).isEqualTo(expected.rulings());
        assertThat(after.get("event") - before.get("event")).isEqualTo(expected.events());
        assertThat(after.get("case_file") - before.get("case_file")).isEqualTo(expected.cases());
        assertThat(after.get("person") - before.get("person")).isEqualTo(expected.newPersons());
    }

    @Test
    void findingsAlreadyKnownAreMarkedAndNotCountedAsNew() throws Exception {
        String again = """
                Kazakhstan: Events of 2016

                In November 2016 a court in Atyrau sentenced Maks Bokaev and Talgat Ayan to five years in prison for \
                organising peaceful land protests.
                """;
        ImportPlan plan = service.plan(report(again, "Other Monitor", 2016), "again.txt", ImportProgress.NONE);
        assertThat(plan.sentences()).isNotEmpty();
        assertThat(plan.sentences()).allSatisfy(s -> assertThat(plan.isKnown(s.id())).as(s.toString()).isTrue());
        assertThat(plan.expected().sentences()).isZero();
        assertThat(plan.expected().merged()).isGreaterThanOrEqualTo(plan.sentences().size());
        int before = db.dsl().fetchCount(Tables.SENTENCE);
        service.commit(plan, plan.proposedIds());
        assertThat(db.dsl().fetchCount(Tables.SENTENCE)).isEqualTo(before);
    }

    @Test
    void aNewerReportProposesReleaseTransferAndReductionAsBeforeAfterChanges() throws Exception {
        Person kuramshin = person("Vadim Kuramshin");
        Person ayan = person("Talgat Ayan");
        Person mataev = person("Seitkazy Mataev");
        ImportPlan plan = newerPlan();

        var status = change(plan, kuramshin, ImportPlan.ChangeKind.STATUS);
        assertThat(status.before()).isEqualTo(PersonStatus.IMPRISONED.code());
        assertThat(status.after()).isEqualTo(PersonStatus.AT_LIBERTY.code());
        assertThat(plan.quote(status.evidence())).contains("released");
        var place = change(plan, ayan, ImportPlan.ChangeKind.PLACE_OF_DETENTION);
        assertThat(place.before()).isEqualTo(ayan.placeOfDetention());
        assertThat(place.after()).isEqualTo("a penal colony in Zhezkazgan");
        var term = change(plan, mataev, ImportPlan.ChangeKind.SENTENCE_TERM);
        assertThat(term.before()).isEqualTo("P6Y");
        assertThat(term.after()).isEqualTo("P4Y");
        assertThat(plan.proposedIds()).as("changes are never ticked by default")
                .doesNotContain(status.id(), place.id(), term.id(), term.replaces());

        int auditBefore = db.dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.TABLE_NAME.equalIgnoreCase("person")
                .and(Tables.AUDIT_LOG.ROW_ID.eq(kuramshin.id())).and(Tables.AUDIT_LOG.ACTION.equalIgnoreCase("UPDATE")));
        Set<String> ids = new HashSet<>(plan.proposedIds());
        ids.add(status.id());
        ids.add(term.id()); // the transfer is left unticked
        ImportResult r = service.commit(plan, ids);

        assertThat(r.changed()).isEqualTo(2);
        assertThat(person("Vadim Kuramshin").status()).isEqualTo(PersonStatus.AT_LIBERTY);
        assertThat(person("Talgat Ayan").placeOfDetention()).isEqualTo(ayan.placeOfDetention());
        List<Sentence> sentences = new FactStore(db.dsl()).sentencesOf(mataev.id()).stream()
                .filter(s -> s.kind() == SentenceKind.IMPRISONMENT).toList();
        assertThat(sentences).singleElement().satisfies(s -> assertThat(s.term()).isEqualTo(Term.parse("P4Y")));
        assertThat(db.dsl().fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.TABLE_NAME.equalIgnoreCase("person")
                .and(Tables.AUDIT_LOG.ROW_ID.eq(kuramshin.id())).and(Tables.AUDIT_LOG.ACTION.equalIgnoreCase("UPDATE"))))
                .isGreaterThan(auditBefore);
        assertThat(new org.casetrack.store.DocumentStore(db.dsl()).evidenceFor(org.casetrack.model.FactType.PERSON, kuramshin.id()))
                .anySatisfy(e -> assertThat(e.quote()).contains("released"));
    }

    @Test
    void anEditFormOpenedBeforeAnImportThatChangedTheRecordGetsTheConflictOnSave() throws Exception {
        Person kuramshin = person("Vadim Kuramshin");
        Person mataev = person("Seitkazy Mataev");
        Sentence term = new FactStore(db.dsl()).sentencesOf(mataev.id()).stream()
                .filter(s -> s.kind() == SentenceKind.IMPRISONMENT).findFirst().orElseThrow();
        // two forms open, as a caseworker's window would hold them (docs/decisions/0076)
        int personLoaded = org.casetrack.store.RowVersions.stamp(db.dsl(), "person", kuramshin.id()).orElseThrow().version();
        int sentenceLoaded = org.casetrack.store.RowVersions.stamp(db.dsl(), "sentence", term.id()).orElseThrow().version();

        ImportPlan plan = newerPlan();
        Set<String> ids = new HashSet<>(plan.proposedIds());
        ids.add(change(plan, kuramshin, ImportPlan.ChangeKind.STATUS).id());
        ids.add(change(plan, mataev, ImportPlan.ChangeKind.SENTENCE_TERM).id());
        service.commit(plan, ids);

        var afterImport = org.casetrack.store.RowVersions.stamp(db.dsl(), "person", kuramshin.id()).orElseThrow();
        assertThat(afterImport.version()).isGreaterThan(personLoaded);
        assertThat(afterImport.changedBy()).isEqualTo(db.userName());
        for (var form : List.of(new Object[] {"person", kuramshin.id(), personLoaded}, new Object[] {"sentence", term.id(), sentenceLoaded})) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.writeVoid(ctx -> org.casetrack.store.RowVersions.claim(ctx,
                            "caseworker", (String) form[0], (long) form[1], (int) form[2])))
                    .as(form[0].toString()).isInstanceOf(org.casetrack.store.RowVersions.Conflict.class);
        }
        // the import's values are still there: the racing save wrote nothing
        assertThat(person("Vadim Kuramshin").status()).isEqualTo(PersonStatus.AT_LIBERTY);
    }

    @Test
    void theNewPlaceIsThePhraseAfterTheTransferWithoutItsDate() {
        assertThat(ChangeFinder.placeAfterTransfer("On 2 May he was transferred to a penal colony in Zhezkazgan on 3 May 2018."))
                .isEqualTo("a penal colony in Zhezkazgan");
        assertThat(ChangeFinder.placeAfterTransfer("She was moved to the Rostov-on-Don remand prison in 2019, her lawyer said."))
                .isEqualTo("the Rostov-on-Don remand prison");
        assertThat(ChangeFinder.placeAfterTransfer("He was released.")).isNull();
    }

    private static ImportPlan.ChangeCandidate change(ImportPlan plan, Person p, ImportPlan.ChangeKind kind) {
        return plan.changes().stream().filter(c -> c.personId() == p.id() && c.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " change for " + p.displayName() + " in " + plan.changes()));
    }
}
