package org.casetrack.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casetrack.store.Database;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {

    @TempDir
    Path dir;

    private final List<Database> opened = new ArrayList<>();

    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private UnlockViewModel vm(Path db) {
        return new UnlockViewModel(db, BackgroundRunner.sameThread(), opened::add);
    }

    @Test
    void aMissingFileMeansCreate() {
        assertThat(vm(dir.resolve("new")).mode()).isEqualTo(UnlockViewModel.Mode.CREATE);
    }

    @Test
    void anExistingFileMeansUnlock() {
        Path db = TestDatabases.sampleFile(dir, "s");
        assertThat(vm(db).mode()).isEqualTo(UnlockViewModel.Mode.UNLOCK);
    }

    @Test
    void aWrongPassphraseGivesOneSentenceAndAllowsARetry() {
        Path db = TestDatabases.sampleFile(dir, "s");
        UnlockViewModel vm = vm(db);
        vm.passphraseProperty().set("not the passphrase");
        vm.submit();
        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("The passphrase is wrong for s.mv.db.");
        assertThat(vm.busyProperty().get()).isFalse();
        vm.passphraseProperty().set(TestDatabases.PASSPHRASE);
        assertThat(vm.errorProperty().get()).isEmpty();
        vm.submit();
        assertThat(opened).hasSize(1);
    }

    @Test
    void creatingNeedsTheSamePassphraseTwice() {
        UnlockViewModel vm = vm(dir.resolve("new"));
        vm.passphraseProperty().set("one long passphrase");
        vm.confirmationProperty().set("another long passphrase");
        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo("The two passphrases differ.");
        assertThat(Database.exists(dir.resolve("new"))).isFalse();
    }

    @Test
    void creatingRefusesAShortPassphrase() {
        UnlockViewModel vm = vm(dir.resolve("new"));
        vm.passphraseProperty().set("abc");
        vm.confirmationProperty().set("abc");
        vm.submit();
        assertThat(vm.errorProperty().get()).contains("at least 8");
        assertThat(opened).isEmpty();
    }

    @Test
    void creatingWithTheSampleDataLoadsIt() {
        UnlockViewModel vm = vm(dir.resolve("new"));
        vm.passphraseProperty().set("a fine long passphrase");
        vm.confirmationProperty().set("a fine long passphrase");
        vm.loadSampleProperty().set(true);
        vm.submit();
        assertThat(opened).hasSize(1);
        assertThat(new PersonStore(opened.get(0).dsl()).count()).isGreaterThan(20);
    }

    @Test
    void strengthHintGrowsWithLength() {
        assertThat(UnlockViewModel.strengthOf("")).isEqualTo(UnlockViewModel.Strength.EMPTY);
        assertThat(UnlockViewModel.strengthOf("abc12")).isEqualTo(UnlockViewModel.Strength.WEAK);
        assertThat(UnlockViewModel.strengthOf("abcdefghij")).isEqualTo(UnlockViewModel.Strength.FAIR);
        assertThat(UnlockViewModel.strengthOf("correct horse battery staple")).isEqualTo(UnlockViewModel.Strength.STRONG);
    }

    @Test
    void submitIsDisabledUntilThePassphraseIsTyped() {
        UnlockViewModel vm = vm(dir.resolve("new"));
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.passphraseProperty().set("something long");
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.confirmationProperty().set("something long");
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }
}
