package org.casetrack.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.casetrack.store.RowVersions;
import org.casetrack.ui.support.FxTest;
import org.casetrack.ui.support.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Two connections to one server: what the other window commits shows up here within seconds. */
@EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
class LiveRefreshTest extends FxTest {

    @Test
    void aPersonAddedInAnotherWindowAppearsOnThePeoplePage() {
        ServerAddress a = TestServer.freshDatabase();
        Database mine = Database.openServer(a, TestServer.password());
        showMain(mine, Route.page(Pages.PEOPLE));
        try (Database other = Database.openServer(a, TestServer.password())) {
            sleep(1000); // the listener's LISTEN is in place
            other.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Nurlan Amanov", null, null, Sex.MALE, null,
                    EnumSet.of(PersonRole.BLOGGER), PersonStatus.IMPRISONED, null, null, null, false)));
            long start = System.nanoTime();
            waitUntil(() -> lookup("Nurlan Amanov").tryQuery().isPresent());
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until shown").isLessThan(5000);
        } finally {
            main.close();
        }
    }

    @Test
    void aRefreshUnderAnOpenFormKeepsWhatWasTypedAndTheSaveThenShowsBothValues() {
        ServerAddress a = TestServer.freshDatabase();
        Database mine = Database.openServer(a, TestServer.password());
        long id = mine.write(ctx -> new PersonStore(ctx).insert(new Person(null, "Dana Omarova", null, null, Sex.FEMALE, null,
                EnumSet.of(PersonRole.JOURNALIST), PersonStatus.DETAINED, "Astana remand centre", null, null, false)));
        dialogs = new RecordingDialogs();
        showMain(mine, Route.person(id));
        FxDialogs real = new FxDialogs(stage);
        dialogs.editsTo = real;
        dialogs.conflictsTo = real;
        try (Database other = Database.openServer(a, TestServer.password())) {
            sleep(1000);
            clickOn("#person-edit");
            waitUntil(() -> exists("#field-person-place"));
            TextField place = lookup("#field-person-place").query();
            onFx(() -> place.setText("Pavlodar penal colony No. 3"));

            other.writeVoid(ctx -> {
                RowVersions.claim(ctx, other.userName(), "person", id, 0);
                Person p = new PersonStore(ctx).get(id).orElseThrow();
                new PersonStore(ctx).update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(),
                        p.roles(), p.status(), "Karaganda pre-trial centre", p.country(), p.notes(), p.confidential()));
            });
            waitUntil(() -> "Karaganda pre-trial centre".equals(this.<Label>node("#person-place").getText()));
            assertThat(place.getText()).as("the open form keeps what was typed").isEqualTo("Pavlodar penal colony No. 3");

            clickOn("Save");
            waitUntil(() -> exists("#conflict-sentence"));
            assertThat(this.<Label>node("#conflict-sentence").getText()).startsWith(other.userName() + " saved this record at ");
            assertThat(this.<Label>node("#conflict-theirs-1").getText()).isEqualTo("Karaganda pre-trial centre");
            clickOn("#conflict-keep");
            waitUntil(() -> "Pavlodar penal colony No. 3".equals(this.<Label>node("#person-place").getText()));
            assertThat(new PersonStore(other.dsl()).get(id).orElseThrow().placeOfDetention()).isEqualTo("Pavlodar penal colony No. 3");
        } finally {
            main.close();
        }
    }
}
