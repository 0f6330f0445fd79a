package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Charge;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
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
import org.casetrack.ui.cases.CaseViewModel;
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
 * Deleting a spelling or a charge checks the version the page read (docs/decisions/0088): a
 * colleague's edit in between is not silently removed with the row; and a rename moves the
 * version of the spelling it demotes from primary to variant.
 */
@OnBothDatabases
class VersionedDeleteTest {

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
        personId = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Timur Seitov", null, null, Sex.MALE, 1979,
                EnumSet.of(PersonRole.HUMAN_RIGHTS_DEFENDER), PersonStatus.DETAINED, null, "Kazakhstan", null, false)));
        db.writeVoid(ctx -> new PersonStore(ctx).addName(personId, "Timur Seytov", NameKind.VARIANT));
        dialogs = new RecordingDialogs().answer(true);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    PersonName variant(PersonViewModel vm) {
        return vm.dossierProperty().get().names().stream().filter(n -> n.name().startsWith("Timur Seyt")).findFirst().orElseThrow();
    }

    @Test
    void removingASpellingAColleagueCorrectedMeanwhileDeletesNothingAndSaysWhoAndWhen() {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        PersonName shown = variant(vm);
        db.writeVoid(ctx -> { // alice corrects the spelling in her window after this page was read
            RowVersions.claim(ctx, "alice", "person_name", shown.id(), 0);
            new PersonStore(ctx).updateName(new PersonName(shown.id(), personId, "Timur Seytow", NameKind.VARIANT, null));
        });
        vm.removeName(shown);
        assertThat(dialogs.errors).singleElement().asString().startsWith("alice changed this record at ").contains("nothing was deleted");
        assertThat(new PersonStore(db.dsl()).name(shown.id())).map(PersonName::name).contains("Timur Seytow");
        assertThat(RowVersions.stamp(db.dsl(), "person_name", shown.id()).orElseThrow().changedBy()).isEqualTo("alice");
        assertThat(variant(vm).name()).as("the page now shows her spelling").isEqualTo("Timur Seytow");
    }

    @Test
    void removingAnUnchangedSpellingStillDeletesIt() {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        PersonName shown = variant(vm);
        vm.removeName(shown);
        assertThat(dialogs.errors).isEmpty();
        assertThat(new PersonStore(db.dsl()).name(shown.id())).isEmpty();
    }

    @Test
    void deletingAChargeAColleagueEditedMeanwhileDeletesNothing() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Seitov v. Kazakhstan", "Kazakhstan", null,
                "1-88/2019", CaseStatus.OPEN, null, false)));
        long chargeId = db.write(ctx -> new CaseStore(ctx).insertCharge(new Charge(null, caseId, personId, "Art. 174", "inciting discord")));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        Charge shown = vm.dataProperty().get().charges().get(0);
        db.writeVoid(ctx -> { // bob adds the part of the article in his window
            RowVersions.claim(ctx, "bob", "charge", chargeId, 0);
            new CaseStore(ctx).updateCharge(new Charge(chargeId, caseId, personId, "Art. 174 part 2", "inciting discord"));
        });
        vm.deleteCharge(shown);
        assertThat(dialogs.errors).singleElement().asString().startsWith("bob changed this record at ").contains("nothing was deleted");
        assertThat(new CaseStore(db.dsl()).charge(chargeId)).map(Charge::article).contains("Art. 174 part 2");
        assertThat(vm.dataProperty().get().charges()).extracting(Charge::article).containsExactly("Art. 174 part 2");
    }

    @Test
    void deletingAnUnchangedChargeStillDeletesIt() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Seitov v. Kazakhstan", "Kazakhstan", null,
                "1-88/2019", CaseStatus.OPEN, null, false)));
        long chargeId = db.write(ctx -> new CaseStore(ctx).insertCharge(new Charge(null, caseId, personId, "Art. 174", "inciting discord")));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        vm.deleteCharge(vm.dataProperty().get().charges().get(0));
        assertThat(dialogs.errors).isEmpty();
        assertThat(new CaseStore(db.dsl()).charge(chargeId)).isEmpty();
    }

    @Test
    void deletingASentenceAColleagueCorrectedMeanwhileDeletesNothing() {
        long sentenceId = db.write(ctx -> new org.casetrack.store.FactStore(ctx).insertSentence(new org.casetrack.model.Sentence(null,
                personId, null, org.casetrack.model.SentenceKind.IMPRISONMENT, null, null, null, null, "Almaty city court", null, null,
                null, false)));
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        db.writeVoid(ctx -> { // alice corrects the court in her window
            RowVersions.claim(ctx, "alice", "sentence", sentenceId, 0);
            var x = new org.casetrack.store.FactStore(ctx).sentence(sentenceId).orElseThrow();
            new org.casetrack.store.FactStore(ctx).updateSentence(new org.casetrack.model.Sentence(x.id(), x.personId(), x.caseId(),
                    x.kind(), x.term(), x.fineAmount(), x.fineCurrency(), x.imposed(), "Medeu district court", x.start(),
                    x.pretrialDays(), x.notes(), x.confidential()));
        });
        vm.deleteSentence(vm.dossierProperty().get().sentences().get(0));
        assertThat(dialogs.errors).singleElement().asString().startsWith("alice changed this record at ");
        assertThat(new org.casetrack.store.FactStore(db.dsl()).sentence(sentenceId)).map(org.casetrack.model.Sentence::court)
                .contains("Medeu district court");
    }

    @Test
    void deletingACaseEventAColleagueEditedMeanwhileDeletesNothing() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Seitov v. Kazakhstan", "Kazakhstan", null,
                "1-88/2019", CaseStatus.OPEN, null, false)));
        long eventId = db.write(ctx -> new org.casetrack.store.FactStore(ctx).insertEvent(new org.casetrack.model.Event(null,
                org.casetrack.model.EventType.OTHER, null, null, "Kazakhstan", "Hearing postponed", java.util.List.of(personId), caseId, false)));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        db.writeVoid(ctx -> { // bob rewrites the summary in his window
            RowVersions.claim(ctx, "bob", "event", eventId, 0);
            var e = new org.casetrack.store.FactStore(ctx).event(eventId).orElseThrow();
            new org.casetrack.store.FactStore(ctx).updateEvent(new org.casetrack.model.Event(e.id(), e.type(), e.date(), e.place(),
                    e.country(), "Hearing postponed to March", e.personIds(), e.caseId(), e.confidential()));
        });
        vm.deleteEvent(vm.dataProperty().get().events().get(0));
        assertThat(dialogs.errors).singleElement().asString().startsWith("bob changed this record at ");
        assertThat(new org.casetrack.store.FactStore(db.dsl()).event(eventId)).map(org.casetrack.model.Event::summary)
                .contains("Hearing postponed to March");
    }

    @Test
    void deletingAPersonAColleagueSavedMeanwhileDeletesNothing() {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), personId);
        vm.load();
        db.writeVoid(ctx -> { // alice records a new place of detention in her window
            RowVersions.claim(ctx, "alice", "person", personId, 0);
            Person p = new PersonStore(ctx).get(personId).orElseThrow();
            new PersonStore(ctx).update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                    p.roles(), p.status(), "Zhaugashty colony", p.country(), p.notes(), p.confidential()));
        });
        vm.deletePerson();
        assertThat(dialogs.errors).singleElement().asString().startsWith("alice changed this record at ");
        assertThat(new PersonStore(db.dsl()).get(personId)).map(Person::placeOfDetention).contains("Zhaugashty colony");
        assertThat(vm.dossierProperty().get().person().placeOfDetention()).isEqualTo("Zhaugashty colony");
    }

    @Test
    void deletingACaseAColleagueSavedMeanwhileDeletesNothing() {
        long caseId = db.write(ctx -> new CaseStore(ctx).insert(new CaseFile(null, "Seitov v. Kazakhstan", "Kazakhstan", null,
                "1-88/2019", CaseStatus.OPEN, null, false)));
        CaseViewModel vm = new CaseViewModel(TestContexts.of(db, dialogs), caseId);
        vm.load();
        db.writeVoid(ctx -> { // bob corrects the case number in his window
            RowVersions.claim(ctx, "bob", "case_file", caseId, 0);
            CaseFile c = new CaseStore(ctx).get(caseId).orElseThrow();
            new CaseStore(ctx).update(new CaseFile(c.id(), c.title(), c.country(), c.jurisdiction(), "1-88/2019-A", c.status(),
                    c.summary(), c.confidential()));
        });
        vm.deleteCase();
        assertThat(dialogs.errors).singleElement().asString().startsWith("bob changed this record at ");
        assertThat(new CaseStore(db.dsl()).get(caseId)).map(CaseFile::caseNumber).contains("1-88/2019-A");
    }

    @Test
    void aRenameMovesTheVersionOfTheSpellingItDemotes() {
        long oldPrimary = new PersonStore(db.dsl()).names(personId).stream().filter(n -> n.kind() == NameKind.PRIMARY)
                .findFirst().orElseThrow().id();
        db.writeVoid(ctx -> {
            RowVersions.claim(ctx, "alice", "person", personId, 0);
            Person p = new PersonStore(ctx).get(personId).orElseThrow();
            new PersonStore(ctx).update(new Person(p.id(), "Timur Seitov-Khan", p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                    p.roles(), p.status(), p.placeOfDetention(), p.country(), p.notes(), p.confidential()));
        });
        assertThat(new PersonStore(db.dsl()).name(oldPrimary)).map(PersonName::kind).contains(NameKind.VARIANT);
        RowVersions.Stamp s = RowVersions.stamp(db.dsl(), "person_name", oldPrimary).orElseThrow();
        assertThat(s.version()).as("a form opened on the old primary spelling must see the change").isEqualTo(1);
        assertThat(s.changedBy()).isEqualTo("alice");
    }
}
