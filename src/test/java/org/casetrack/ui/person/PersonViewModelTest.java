package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.EventType;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.store.Database;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private RecordingDialogs dialogs;
    private AppContext ctx;
    private PersonViewModel vm;
    private long bokaev;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void open() {
        db = TestDatabases.sample(dir, "person");
        dialogs = new RecordingDialogs();
        ctx = TestContexts.of(db, dialogs);
        bokaev = new DossierService(db).resolvePerson("Maks Bokaev");
        vm = new PersonViewModel(ctx, bokaev);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        TestContexts.dispose(ctx.prefs());
    }

    @Test
    void loadsTheWholeRecord() {
        assertThat(vm.dossierProperty().get().person().displayName()).isEqualTo("Maks Bokaev");
        assertThat(vm.dossierProperty().get().names()).extracting(n -> n.name()).contains("Maks Bokayev");
        assertThat(vm.dossierProperty().get().sentences()).isNotEmpty();
    }

    @Test
    void chronologyIsOldestFirstWithPartialDatesPlacedByTheirStart() {
        var events = vm.chronology();
        assertThat(events).isNotEmpty();
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).date() != null && events.get(i - 1).date() != null) {
                assertThat(events.get(i - 1).date().compareTo(events.get(i).date())).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void editingThePersonSavesIt() {
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set("penal colony, Pavlodar");
            return true;
        });
        vm.editPerson();
        assertThat(vm.dossierProperty().get().person().placeOfDetention()).isEqualTo("penal colony, Pavlodar");
    }

    @Test
    void aSpellingCanBeAddedAndRemoved() {
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.name.spelling")).value().set("Бокаев Макс");
            @SuppressWarnings("unchecked") var kind = (FormModel.Choice<NameKind>) RecordingDialogs.field(form, "field.name.kind");
            kind.value().set(NameKind.ORIGINAL_SCRIPT);
            return true;
        });
        vm.addName();
        var added = vm.dossierProperty().get().names().stream().filter(n -> n.name().equals("Бокаев Макс")).findFirst().orElseThrow();
        assertThat(added.kind()).isEqualTo(NameKind.ORIGINAL_SCRIPT);
        dialogs.answer(true);
        vm.removeName(added);
        assertThat(vm.dossierProperty().get().names()).noneMatch(n -> n.name().equals("Бокаев Макс"));
    }

    @Test
    void anEventIsAddedWithAPartialDate() {
        int before = vm.dossierProperty().get().events().size();
        dialogs.fill(form -> {
            @SuppressWarnings("unchecked") var type = (FormModel.Choice<EventType>) RecordingDialogs.field(form, "field.event.type");
            type.value().set(EventType.TRANSFER);
            ((FormModel.Date) RecordingDialogs.field(form, "field.event.date")).value().set(PartialDate.ofMonth(2018, 4));
            ((FormModel.Text) RecordingDialogs.field(form, "field.event.summary")).value().set("Moved to another colony");
            return true;
        });
        vm.addEvent();
        assertThat(vm.dossierProperty().get().events()).hasSize(before + 1)
                .anySatisfy(e -> assertThat(e.date()).isEqualTo(PartialDate.ofMonth(2018, 4)));
    }

    @Test
    void aDeleteNeedsConfirmation() {
        var sentence = vm.dossierProperty().get().sentences().get(0);
        int before = vm.dossierProperty().get().sentences().size();
        dialogs.answer(false);
        vm.deleteSentence(sentence);
        assertThat(vm.dossierProperty().get().sentences()).hasSize(before);
        dialogs.answer(true);
        vm.deleteSentence(sentence);
        assertThat(vm.dossierProperty().get().sentences()).hasSize(before - 1);
        assertThat(dialogs.questions).hasSize(2);
    }

    @Test
    void anInvalidFormIsNotSaved() {
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.name")).value().set("  ");
            return true;
        });
        vm.editPerson();
        assertThat(vm.dossierProperty().get().person().displayName()).isEqualTo("Maks Bokaev");
        assertThat(dialogs.forms.get(0).validate()).containsExactly("Name is required.");
    }

    @Test
    void aSourceOpensItsDocumentAtTheEvidence() {
        var ev = vm.evidence(org.casetrack.model.FactType.PERSON, bokaev).get(0);
        vm.openSource(ev);
        assertThat(ctx.navigator().current()).isEqualTo(Route.document(ev.documentId(), ev.id()));
    }

    @Test
    void deletingThePersonGoesBackToPeople() {
        dialogs.answer(true);
        vm.deletePerson();
        assertThat(ctx.navigator().current()).isEqualTo(Route.page("people"));
        assertThat(new org.casetrack.store.PersonStore(db.dsl()).get(bokaev)).isEmpty();
    }
}
