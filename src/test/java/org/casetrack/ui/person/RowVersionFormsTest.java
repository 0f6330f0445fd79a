package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.OnBothDatabases;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.store.TestBackend;
import org.casetrack.store.TestDatabases;
import org.casetrack.ui.app.Dialogs.ConflictChoice;
import org.casetrack.ui.cases.CaseViewModel;
import org.casetrack.ui.common.FormDiff.Difference;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Two caseworkers edit the same person or case: the other one's save lands while this form is
 * open (simulated through the store, as another window would), and this save must say who and
 * when, show both values, and write only what the user then chooses.
 */
@OnBothDatabases
class RowVersionFormsTest {

    @Parameter
    TestBackend backend;

    @TempDir
    Path dir;

    Database db;
    RecordingDialogs dialogs;
    long personId;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() {
        db = TestDatabases.create(backend, dir);
        personId = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Dana Omarova", null, null, Sex.FEMALE, 1984,
                EnumSet.of(PersonRole.JOURNALIST), PersonStatus.DETAINED, "Astana remand centre", "Kazakhstan", null, false)));
        dialogs = new RecordingDialogs();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Another window saves a new place of detention under the name "alice". */
    void aliceSavesPlace(String place) {
        db.writeVoid(ctx -> {
            RowVersions.Stamp now = RowVersions.stamp(ctx, "person", personId).orElseThrow();
            RowVersions.claim(ctx, "alice", "person", personId, now.version());
            Person p = new PersonStore(ctx).get(personId).orElseThrow();
            new PersonStore(ctx).update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                    p.roles(), p.status(), place, p.country(), p.notes(), p.confidential()));
        });
    }

    PersonViewModel openPersonWhileAliceSaves(String mine, String hers) {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        dialogs.fill(form -> {
            aliceSavesPlace(hers); // between opening the form and pressing Save
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set(mine);
            return true;
        });
        return vm;
    }

    String storedPlace() {
        return new PersonStore(db.dsl()).get(personId).orElseThrow().placeOfDetention();
    }

    int storedVersion() {
        return RowVersions.stamp(db.dsl(), "person", personId).orElseThrow().version();
    }

    @Test
    void theSecondSaveSaysWhoAndWhenAndShowsBothValuesBeforeWritingAnything() {
        PersonViewModel vm = openPersonWhileAliceSaves("Pavlodar penal colony No. 3", "Karaganda pre-trial centre");
        dialogs.choose(ConflictChoice.TAKE_THEIRS);
        vm.editPerson();
        assertThat(dialogs.conflicts).hasSize(1);
        assertThat(dialogs.conflicts.get(0)).startsWith("alice saved this record at ");
        assertThat(dialogs.differences.get(0)).containsExactly(
                new Difference("Place of detention", "Pavlodar penal colony No. 3", "Karaganda pre-trial centre"));
        assertThat(storedPlace()).as("taking theirs writes nothing of mine").isEqualTo("Karaganda pre-trial centre");
        assertThat(storedVersion()).isEqualTo(1);
        assertThat(vm.dossierProperty().get().person().placeOfDetention()).as("the page shows theirs").isEqualTo("Karaganda pre-trial centre");
    }

    @Test
    void keepingMineSavesMineOverTheirsAsTheNextVersion() {
        PersonViewModel vm = openPersonWhileAliceSaves("Pavlodar penal colony No. 3", "Karaganda pre-trial centre");
        dialogs.choose(ConflictChoice.KEEP_MINE);
        vm.editPerson();
        assertThat(dialogs.conflicts).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(storedPlace()).isEqualTo("Pavlodar penal colony No. 3");
        RowVersions.Stamp s = RowVersions.stamp(db.dsl(), "person", personId).orElseThrow();
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.changedBy()).isEqualTo(db.userName());
    }

    @Test
    void editingAgainStartsFromMyValuesAndSavesWhatIMerge() {
        PersonViewModel vm = openPersonWhileAliceSaves("Pavlodar penal colony No. 3", "Karaganda pre-trial centre");
        dialogs.choose(ConflictChoice.EDIT_AGAIN).fill(form -> {
            FormModel.Text place = (FormModel.Text) RecordingDialogs.field(form, "field.person.place");
            assertThat(place.value().get()).as("my unsaved value is still in the form").isEqualTo("Pavlodar penal colony No. 3");
            place.value().set("Pavlodar penal colony No. 3 (moved from Karaganda)");
            return true;
        });
        vm.editPerson();
        assertThat(dialogs.forms).hasSize(2);
        assertThat(storedPlace()).isEqualTo("Pavlodar penal colony No. 3 (moved from Karaganda)");
        assertThat(storedVersion()).isEqualTo(2);
    }

    @Test
    void aSaveWithNobodyElseInBetweenNeedsNoQuestionAndMovesTheVersionOn() {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set("Pavlodar penal colony No. 3");
            return true;
        });
        vm.editPerson();
        assertThat(dialogs.conflicts).isEmpty();
        assertThat(storedPlace()).isEqualTo("Pavlodar penal colony No. 3");
        assertThat(storedVersion()).isEqualTo(1);
    }

    @Test
    void aCaseEditedInTwoWindowsAsksTooAndKeepsTheirTitleWhenTaken() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Omarova v. Kazakhstan", "Kazakhstan", null,
                "2-1234/2017", CaseStatus.OPEN, null, false)));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        dialogs.fill(form -> {
            db.writeVoid(ctx -> {
                RowVersions.claim(ctx, "bob", "case_file", caseId, 0);
                CaseFile c = new CaseStore(ctx).get(caseId).orElseThrow();
                new CaseStore(ctx).update(new CaseFile(c.id(), c.title(), c.country(), c.jurisdiction(), "2-1234/2017-A", c.status(),
                        c.summary(), c.confidential()));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.case.number")).value().set("2-1234/2017-B");
            return true;
        });
        dialogs.choose(ConflictChoice.TAKE_THEIRS);
        vm.editCase();
        assertThat(dialogs.conflicts).singleElement().asString().startsWith("bob saved this record at ");
        assertThat(dialogs.differences.get(0)).extracting(Difference::mine, Difference::theirs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2-1234/2017-B", "2-1234/2017-A"));
        assertThat(new CaseStore(db.dsl()).get(caseId).orElseThrow().caseNumber()).isEqualTo("2-1234/2017-A");
    }

    @Test
    void aSentenceEditedInTwoWindowsAsksAndKeepsMineWhenChosen() {
        long sentenceId = db.write(ctx -> new org.casetrack.store.FactStore(ctx).insertSentence(new org.casetrack.model.Sentence(null,
                personId, null, org.casetrack.model.SentenceKind.IMPRISONMENT, null, null, null, null, "Astana city court", null, null,
                null, false)));
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        dialogs.fill(form -> {
            db.writeVoid(ctx -> {
                RowVersions.claim(ctx, "alice", "sentence", sentenceId, 0);
                org.casetrack.model.Sentence x = new org.casetrack.store.FactStore(ctx).sentence(sentenceId).orElseThrow();
                new org.casetrack.store.FactStore(ctx).updateSentence(new org.casetrack.model.Sentence(x.id(), x.personId(), x.caseId(),
                        x.kind(), x.term(), x.fineAmount(), x.fineCurrency(), x.imposed(), "Esil district court", x.start(),
                        x.pretrialDays(), x.notes(), x.confidential()));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.court")).value().set("Astana city court No. 2");
            return true;
        });
        dialogs.choose(ConflictChoice.KEEP_MINE);
        vm.editSentence(vm.dossierProperty().get().sentences().get(0));
        assertThat(dialogs.differences).singleElement(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly(
                new Difference("Court", "Astana city court No. 2", "Esil district court"));
        assertThat(new org.casetrack.store.FactStore(db.dsl()).sentence(sentenceId).orElseThrow().court()).isEqualTo("Astana city court No. 2");
        assertThat(RowVersions.stamp(db.dsl(), "sentence", sentenceId).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aSpellingEditedInTwoWindowsAsksAndKeepsNeitherLostWhenTakingTheirs() {
        db.writeVoid(ctx -> new PersonStore(ctx).addName(personId, "Dana Omarowa", org.casetrack.model.NameKind.VARIANT));
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        org.casetrack.model.PersonName shown = vm.dossierProperty().get().names().stream()
                .filter(n -> n.name().equals("Dana Omarowa")).findFirst().orElseThrow();
        dialogs.fill(form -> {
            db.writeVoid(ctx -> { // alice corrects the same spelling in her window
                RowVersions.claim(ctx, "alice", "person_name", shown.id(), 0);
                new PersonStore(ctx).updateName(new org.casetrack.model.PersonName(shown.id(), personId, "Dana Omarova-Ali",
                        org.casetrack.model.NameKind.VARIANT, null));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.name.spelling")).value().set("Дана Омарова");
            return true;
        });
        dialogs.choose(ConflictChoice.TAKE_THEIRS);
        vm.editName(shown);
        assertThat(dialogs.conflicts).singleElement().asString().startsWith("alice saved this record at ");
        assertThat(dialogs.differences.get(0)).containsExactly(new Difference("Spelling", "Дана Омарова", "Dana Omarova-Ali"));
        assertThat(new PersonStore(db.dsl()).name(shown.id()).orElseThrow().name()).isEqualTo("Dana Omarova-Ali");
        // the search keys are hers, not those of the spelling before
        var token = org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN;
        assertThat(db.dsl().select(token.TOKEN).from(token).where(token.NAME_ID.eq(shown.id())).orderBy(token.POS).fetch(token.TOKEN))
                .isEqualTo(org.casetrack.store.NameIndex.words(org.casetrack.names.NameKey.of("Dana Omarova-Ali")));
    }

    @Test
    void aSpellingSavedWithNobodyInBetweenMovesItsVersionAndItsSearchKeys() {
        db.writeVoid(ctx -> new PersonStore(ctx).addName(personId, "Dana Omarowa", org.casetrack.model.NameKind.VARIANT));
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        org.casetrack.model.PersonName shown = vm.dossierProperty().get().names().stream()
                .filter(n -> n.name().equals("Dana Omarowa")).findFirst().orElseThrow();
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.name.spelling")).value().set("Дана Омарова");
            return true;
        });
        vm.editName(shown);
        assertThat(dialogs.conflicts).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(new PersonStore(db.dsl()).name(shown.id()).orElseThrow().name()).isEqualTo("Дана Омарова");
        assertThat(RowVersions.stamp(db.dsl(), "person_name", shown.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(db.dsl().fetchCount(org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN,
                org.casetrack.store.generated.Tables.PERSON_NAME_TOKEN.NAME_ID.eq(shown.id()))).isEqualTo(2);
    }

    @Test
    void aChargeEditedInTwoWindowsAsksAndKeepsMineWhenChosen() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Omarova v. Kazakhstan", "Kazakhstan", null,
                "2-1234/2017", CaseStatus.OPEN, null, false)));
        long chargeId = db.write(ctx -> new CaseStore(ctx).insertCharge(new org.casetrack.model.Charge(null, caseId, personId,
                "Art. 274", "spreading false information")));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        dialogs.fill(form -> {
            db.writeVoid(ctx -> { // bob changes the article in his window
                RowVersions.claim(ctx, "bob", "charge", chargeId, 0);
                new CaseStore(ctx).updateCharge(new org.casetrack.model.Charge(chargeId, caseId, personId, "Art. 274 part 2",
                        "spreading false information"));
            });
            ((FormModel.Text) RecordingDialogs.field(form, "field.charge.article")).value().set("Art. 274 part 4");
            return true;
        });
        dialogs.choose(ConflictChoice.KEEP_MINE);
        vm.editCharge(vm.dataProperty().get().charges().get(0));
        assertThat(dialogs.conflicts).singleElement().asString().startsWith("bob saved this record at ");
        assertThat(dialogs.differences.get(0)).containsExactly(new Difference("Article", "Art. 274 part 4", "Art. 274 part 2"));
        assertThat(new CaseStore(db.dsl()).charge(chargeId).orElseThrow().article()).isEqualTo("Art. 274 part 4");
        RowVersions.Stamp s = RowVersions.stamp(db.dsl(), "charge", chargeId).orElseThrow();
        assertThat(s.version()).isEqualTo(2);
        assertThat(s.changedBy()).isEqualTo(db.userName());
    }
}
