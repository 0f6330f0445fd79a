package org.casetrack.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.TestServer;
import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.support.TestContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The "Connect to a server" form: defaults, checks, remembering, and the server's one-sentence errors. */
class ServerConnectViewModelTest {

    @TempDir
    Path dir;

    UiPrefs prefs;
    final List<Database> opened = new ArrayList<>();

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @BeforeEach
    void setUp() {
        prefs = new UiPrefs(TestContexts.freshPrefs());
    }

    @AfterEach
    void tearDown() {
        opened.forEach(Database::close);
    }

    ServerConnectViewModel vm() {
        return new ServerConnectViewModel(prefs, BackgroundRunner.sameThread(), opened::add);
    }

    static String where(ServerAddress a) {
        return a.host() + (a.port() != ServerAddress.DEFAULT_PORT ? ":" + a.port() : "");
    }

    void fill(ServerConnectViewModel vm, ServerAddress a, String password) {
        vm.fill(a);
        vm.passwordProperty().set(password);
    }

    @Test
    void tlsWithFullChecksIsTheDefaultAndOnlyAPlainConnectionWarns() {
        ServerConnectViewModel vm = vm();
        assertThat(vm.tlsModeProperty().get()).isEqualTo("verify-full");
        assertThat(vm.portProperty().get()).isEqualTo("5432");
        assertThat(vm.plainProperty().get()).isFalse();
        for (String mode : List.of("verify-ca", "require")) {
            vm.tlsModeProperty().set(mode);
            assertThat(vm.plainProperty().get()).as(mode).isFalse();
        }
        vm.tlsModeProperty().set("disable");
        assertThat(vm.plainProperty().get()).isTrue();
    }

    @Test
    void connectStaysOffUntilServerDatabaseUserAndPasswordAreGiven() {
        ServerConnectViewModel vm = vm();
        vm.hostProperty().set("db.office.example");
        vm.databaseProperty().set("casetrack");
        vm.userProperty().set("aigerim");
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.passwordProperty().set("secret");
        assertThat(vm.canSubmitProperty().get()).isTrue();
        vm.userProperty().set(" ");
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aBadPortOrAMissingCaFileIsOneSentenceAndConnectsNothing() {
        ServerConnectViewModel vm = vm();
        fill(vm, ServerAddress.parse("postgresql://db.office.example/casetrack?user=aigerim"), "secret");
        vm.portProperty().set("54x2");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("The port must be a number from 1 to 65535.");
        vm.portProperty().set("5432");
        vm.caFileProperty().set(dir.resolve("office-ca.crt").toString());
        vm.submit();
        assertThat(vm.errorProperty().get()).startsWith("The CA certificate file ").endsWith("does not exist.");
        assertThat(opened).isEmpty();
        assertThat(prefs.lastServer()).isNull();
    }

    @Test
    void aServerThatIsDownSaysSoInOneSentenceAndIsNotRemembered() {
        ServerConnectViewModel vm = vm();
        fill(vm, ServerAddress.parse("postgresql://127.0.0.1:1/casetrack?user=aigerim&sslmode=disable"), "secret");
        vm.submit();
        assertThat(vm.errorProperty().get())
                .isEqualTo("Cannot reach the CaseTrack server at 127.0.0.1:1; check that it is running and reachable.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).as("kept for another try").isEqualTo("secret");
        assertThat(prefs.lastServer()).isNull();
    }

    @Test
    void theRememberedServerFillsTheFormButNotThePassword() {
        prefs.saveLastServer(ServerAddress.parse("postgresql://db.office.example:6543/cases?user=aigerim&sslmode=verify-ca"));
        ServerConnectViewModel vm = vm();
        assertThat(vm.hostProperty().get()).isEqualTo("db.office.example");
        assertThat(vm.portProperty().get()).isEqualTo("6543");
        assertThat(vm.databaseProperty().get()).isEqualTo("cases");
        assertThat(vm.userProperty().get()).isEqualTo("aigerim");
        assertThat(vm.tlsModeProperty().get()).isEqualTo("verify-ca");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(prefs.lastWasServer()).isTrue();
        prefs.markFileLast();
        assertThat(prefs.lastWasServer()).as("a file opened since").isFalse();
        assertThat(vm().hostProperty().get()).as("the server is still remembered").isEqualTo("db.office.example");
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
    void connectingOpensTheDatabaseAndRemembersTheAddressWithoutThePassword() {
        ServerAddress a = TestServer.freshDatabase();
        ServerConnectViewModel vm = vm();
        fill(vm, a, new String(TestServer.password()));
        vm.submit();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).server()).contains(a);
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(prefs.lastServer()).isEqualTo(a.toString()).doesNotContain(new String(TestServer.password()));
        assertThat(prefs.lastWasServer()).isTrue();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = TestServer.URL_VARIABLE, matches = ".+", disabledReason = "needs a PostgreSQL test server")
    void aWrongPasswordANonexistentDatabaseAndANewerSchemaEachGiveTheCliSentence() {
        ServerAddress a = TestServer.freshDatabase();
        ServerConnectViewModel vm = vm();
        fill(vm, a, "not the password");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("The server " + where(a) + " refused user " + a.user()
                + ": the password is wrong or the user may not connect.");

        fill(vm, TestServer.at("ct_no_such_database"), new String(TestServer.password()));
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("The server " + where(a) + " has no database named ct_no_such_database.");

        ServerAddress newer = TestServer.newerSchemaDatabase(dir);
        fill(vm, newer, new String(TestServer.password()));
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("The database " + newer.label()
                + " was written by a newer version of CaseTrack; update CaseTrack to open it.");
        assertThat(opened).isEmpty();
        assertThat(prefs.lastServer()).isNull();
    }
}
