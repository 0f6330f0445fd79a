package org.casetrack.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.support.RecordingDialogs;
import org.casetrack.ui.support.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The server connection breaks while a form is open (as in a server restart): one sentence, Retry, nothing half-written. */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
class LostConnectionTest {

    ServerAddress address;
    Database db;
    RecordingDialogs dialogs = new RecordingDialogs();
    long id;

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() {
        address = TestServer.freshDatabase();
        db = Database.openServer(address, TestServer.password());
        id = db.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Dana Omarova", null, null, Sex.FEMALE, null,
                EnumSet.of(PersonRole.JOURNALIST), PersonStatus.DETAINED, "Astana remand centre", null, null, false)));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    PersonViewModel openFormAndLoseTheConnection() {
        PersonViewModel vm = new PersonViewModel(TestContexts.of(db, dialogs), id);
        vm.load();
        dialogs.fill(form -> {
            TestServer.dropConnections(address.database());
            ((FormModel.Text) RecordingDialogs.field(form, "field.person.place")).value().set("Pavlodar penal colony No. 3");
            return true;
        });
        return vm;
    }

    @Test
    void retryingAfterALostConnectionSavesTheFormOnce() {
        PersonViewModel vm = openFormAndLoseTheConnection();
        dialogs.retryAnswer(true);
        vm.editPerson();
        assertThat(dialogs.retries).singleElement().asString()
                .startsWith("The connection to the server ").endsWith(" was lost; nothing was saved, and CaseTrack reconnects when you try again.");
        assertThat(dialogs.errors).isEmpty();
        assertThat(new PersonStore(db.dsl()).get(id).orElseThrow().placeOfDetention()).isEqualTo("Pavlodar penal colony No. 3");
        assertThat(RowVersions.stamp(db.dsl(), "person", id).orElseThrow().version()).as("saved once").isEqualTo(1);
    }

    @Test
    void notRetryingLeavesTheRecordAsItWas() {
        PersonViewModel vm = openFormAndLoseTheConnection();
        dialogs.retryAnswer(false);
        vm.editPerson();
        assertThat(dialogs.retries).hasSize(1);
        assertThat(new PersonStore(db.dsl()).get(id).orElseThrow().placeOfDetention()).isEqualTo("Astana remand centre");
        assertThat(RowVersions.stamp(db.dsl(), "person", id).orElseThrow().version()).isZero();
    }
}
