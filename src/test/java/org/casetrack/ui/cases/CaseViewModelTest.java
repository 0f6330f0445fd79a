package org.casetrack.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.casetrack.model.CaseFile;
import org.casetrack.store.CaseStore;
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

class CaseViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private RecordingDialogs dialogs;
    private AppContext ctx;
    private CaseViewModel vm;
    private long caseId;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void open() {
        db = TestDatabases.sample(dir, "case");
        dialogs = new RecordingDialogs();
        ctx = TestContexts.of(db, dialogs);
        caseId = new CaseStore(db.dsl()).list().stream().filter(c -> c.title().startsWith("Land-reform")).findFirst().map(CaseFile::id).orElseThrow();
        vm = new CaseViewModel(ctx, caseId);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        TestContexts.dispose(ctx.prefs());
    }

    @Test
    void loadsPartiesChargesAndProceedings() {
        var d = vm.dataProperty().get();
        assertThat(d.parties()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(d.charges()).isNotEmpty();
        assertThat(vm.proceedings()).isNotEmpty();
    }

    @Test
    void proceedingsRunFromTrialToUnRuling() {
        var stages = vm.proceedings().stream().map(CaseViewModel.Step::stage).toList();
        assertThat(stages).isSorted();
        assertThat(vm.proceedings()).extracting(CaseViewModel.Step::stageKey).contains("chain.sentence", "chain.appeal");
    }

    @Test
    void aChargeCanBeAdded() {
        int before = vm.dataProperty().get().charges().size();
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.charge.article")).value().set("Art. 400");
            return true;
        });
        vm.addCharge();
        assertThat(vm.dataProperty().get().charges()).hasSize(before + 1);
    }

    @Test
    void editingTheCaseSavesIt() {
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.case.number")).value().set("1-123/2016");
            return true;
        });
        vm.editCase();
        assertThat(vm.dataProperty().get().caseFile().caseNumber()).isEqualTo("1-123/2016");
    }

    @Test
    void aPartyOpensTheirPerson() {
        long person = vm.dataProperty().get().parties().get(0).personId();
        vm.openPerson(person);
        assertThat(ctx.navigator().current()).isEqualTo(Route.person(person));
    }

    @Test
    void aSentenceIsAddedForAPartyOfTheCase() {
        long party = vm.dataProperty().get().parties().get(0).personId();
        int before = vm.dataProperty().get().sentences().size();
        dialogs.fill(form -> {
            @SuppressWarnings("unchecked") var person = (FormModel.Choice<Long>) RecordingDialogs.field(form, "field.fact.person");
            assertThat(person.options()).contains(party);
            person.value().set(party);
            ((FormModel.TermField) RecordingDialogs.field(form, "field.sentence.term")).value().set("3y");
            return true;
        });
        vm.addSentence();
        assertThat(vm.dataProperty().get().sentences()).hasSize(before + 1)
                .anySatisfy(s -> {
                    assertThat(s.personId()).isEqualTo(party);
                    assertThat(s.term().years()).isEqualTo(3);
                    assertThat(s.caseId()).isEqualTo(caseId);
                });
    }

    @Test
    void anAppealNeedsNoPersonChoiceButKeepsTheAppellantsChosen() {
        var parties = vm.dataProperty().get().parties();
        long first = parties.get(0).personId();
        int before = vm.dataProperty().get().appeals().size();
        dialogs.fill(form -> {
            @SuppressWarnings("unchecked") var who = (FormModel.MultiChoice<Long>) RecordingDialogs.field(form, "field.appeal.persons");
            who.value().retainAll(java.util.Set.of(first));
            return true;
        });
        vm.addAppeal();
        assertThat(vm.dataProperty().get().appeals()).hasSize(before + 1)
                .anySatisfy(a -> assertThat(a.personIds()).containsExactly(first));
    }

    @Test
    void aSentenceWithoutAPersonIsNotSaved() {
        int before = vm.dataProperty().get().sentences().size();
        dialogs.fill(form -> true);
        vm.addSentence();
        assertThat(vm.dataProperty().get().sentences()).hasSize(before);
        assertThat(dialogs.forms.get(0).validate()).containsExactly("Person is required.");
    }

    @Test
    void anEventsPeopleCanBeChangedFromTheCase() {
        var parties = vm.dataProperty().get().parties();
        assertThat(parties.size()).as("the sample case has two parties").isGreaterThanOrEqualTo(2);
        long first = parties.get(0).personId();
        var event = vm.dataProperty().get().events().stream().filter(e -> e.personIds().size() > 1).findFirst().orElseThrow();
        dialogs.fill(form -> {
            @SuppressWarnings("unchecked") var who = (FormModel.MultiChoice<Long>) RecordingDialogs.field(form, "field.event.persons");
            assertThat(who.value()).containsAll(event.personIds());
            who.value().retainAll(java.util.Set.of(first));
            return true;
        });
        vm.editEvent(event);
        assertThat(vm.dataProperty().get().events()).filteredOn(e -> e.id().equals(event.id()))
                .singleElement().satisfies(e -> assertThat(e.personIds()).containsExactly(first));
    }
}
