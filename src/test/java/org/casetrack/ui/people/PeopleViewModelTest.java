package org.casetrack.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
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

class PeopleViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private RecordingDialogs dialogs;
    private AppContext ctx;
    private PeopleViewModel vm;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void open() {
        db = TestDatabases.sample(dir, "people");
        dialogs = new RecordingDialogs();
        ctx = TestContexts.of(db, dialogs);
        vm = new PeopleViewModel(ctx);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
        TestContexts.dispose(ctx.prefs());
    }

    private java.util.List<String> names() {
        return vm.rows().stream().map(r -> r.person().displayName()).toList();
    }

    @Test
    void listsEveryone() {
        assertThat(vm.rows()).hasSize(25);
    }

    @Test
    void findsAPersonByAVariantSpelling() {
        vm.queryProperty().set("Maks Bokayev");
        assertThat(names()).first().isEqualTo("Maks Bokaev");
        assertThat(vm.rows().get(0).matchedName()).isEqualTo("Maks Bokayev");
    }

    @Test
    void findsByTheStartOfAName() {
        vm.queryProperty().set("Boka");
        assertThat(names()).contains("Maks Bokaev");
    }

    @Test
    void filtersByStatusRoleAndCountry() {
        vm.statusProperty().set(PersonStatus.IMPRISONED);
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.person().status() == PersonStatus.IMPRISONED);
        vm.roleProperty().set(PersonRole.JOURNALIST);
        assertThat(vm.rows()).allMatch(r -> r.person().roles().contains(PersonRole.JOURNALIST));
        vm.countryProperty().set("Nowhere");
        assertThat(vm.rows()).isEmpty();
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(25);
    }

    @Test
    void aNewPersonIsStoredAndOpened() {
        dialogs.fill(form -> {
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.name")).value().set("Nurlan Testov");
            return true;
        });
        vm.newPerson();
        assertThat(ctx.navigator().current()).isInstanceOf(Route.PersonRoute.class);
        vm.load();
        assertThat(names()).contains("Nurlan Testov");
    }

    @Test
    void cancellingTheNewPersonFormStoresNothing() {
        dialogs.fill(form -> false);
        vm.newPerson();
        vm.load();
        assertThat(vm.rows()).hasSize(25);
        assertThat(ctx.navigator().current()).isNull();
    }

    @Test
    void theListHoldsAPageAndReadsTheNextOnlyWhenScrolledTo() {
        db.writeVoid(c -> {
            org.casetrack.store.PersonStore people = new org.casetrack.store.PersonStore(c);
            for (int i = 0; i < 230; i++) {
                people.insert(new org.casetrack.model.Person(null, String.format("Zz Paged %03d", i), null, null,
                        org.casetrack.model.Sex.UNKNOWN, null, java.util.EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN,
                        null, null, null, false));
            }
        });
        vm.clearFilters();
        vm.load();
        assertThat(vm.rows()).hasSize(PeopleViewModel.PAGE);
        assertThat(vm.hasMore()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(255);
        vm.loadMore();
        assertThat(vm.rows()).hasSize(2 * PeopleViewModel.PAGE);
        vm.loadMore();
        assertThat(vm.rows()).hasSize(255).extracting(r -> r.person().id()).doesNotHaveDuplicates();
        assertThat(vm.hasMore()).isFalse();
        vm.loadMore();
        assertThat(vm.rows()).hasSize(255);
    }
}
