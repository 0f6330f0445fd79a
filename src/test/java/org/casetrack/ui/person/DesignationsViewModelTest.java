package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.PartialDate;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Designations added and removed from the person view's section, on a real encrypted database (migration V20). */
class DesignationsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void addsAndRemovesDatedDesignationsAndRefusesBadInputPlainly() {
        try (Database db = TestDatabases.sample(dir, "db")) {
            long id = new org.casetrack.dossier.DossierService(db).resolvePerson("Maks Bokaev");
            DesignationsViewModel vm = new DesignationsViewModel(db, BackgroundRunner.sameThread(), id, DesignationsSection.texts(Locale.ENGLISH));
            vm.load();
            assertThat(vm.designations()).isEmpty();

            vm.add();
            assertThat(vm.errorProperty().get()).isEqualTo("Say who made the designation.");
            vm.byProperty().set("Amnesty International");
            vm.dateProperty().set("May 2016");
            vm.add();
            assertThat(vm.errorProperty().get()).isEqualTo("Write the date as YYYY, YYYY-MM or YYYY-MM-DD.");
            assertThat(new DesignationStore(db.dsl()).forPerson(id)).isEmpty();

            vm.dateProperty().set("2016-05");
            vm.add();
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.designations()).hasSize(1);
            var stored = new DesignationStore(db.dsl()).forPerson(id).get(0);
            assertThat(stored.kind()).isEqualTo(DesignationKind.PRISONER_OF_CONSCIENCE);
            assertThat(stored.date()).isEqualTo(PartialDate.ofMonth(2016, 5));
            assertThat(stored.designatedBy()).isEqualTo("Amnesty International");
            assertThat(vm.byProperty().get()).isEmpty();

            vm.remove(vm.designations().get(0));
            assertThat(vm.designations()).isEmpty();
            assertThat(new DesignationStore(db.dsl()).forPerson(id)).isEmpty();
        }
    }
}
