package org.casetrack.ui.unlock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casetrack.dataset.SampleData;
import org.casetrack.store.Database;
import org.casetrack.store.DatabaseLocation;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;

/**
 * Unlocks an existing database, or creates a new one (passphrase twice, a strength hint
 * and the warning that a lost passphrase cannot be recovered), optionally with the sample data.
 */
public final class UnlockViewModel {

    public enum Mode { UNLOCK, CREATE }

    /** How hard the passphrase looks to guess. */
    public enum Strength { EMPTY, WEAK, FAIR, STRONG }

    private final Path dbPath;
    private final BackgroundRunner runner;
    private final Consumer<Database> onOpened;
    private final Mode mode;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final BooleanProperty loadSample = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Strength> strength = new ReadOnlyObjectWrapper<>(Strength.EMPTY);
    private final BooleanBinding canSubmit;

    public UnlockViewModel(Path dbPath, BackgroundRunner runner, Consumer<Database> onOpened) {
        this.dbPath = dbPath;
        this.runner = runner;
        this.onOpened = onOpened;
        this.mode = DatabaseLocation.exists(dbPath) ? Mode.UNLOCK : Mode.CREATE;
        passphrase.addListener((o, a, b) -> {
            strength.set(strengthOf(b));
            error.set("");
        });
        confirmation.addListener((o, a, b) -> error.set(""));
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && !passphrase.get().isEmpty()
                && (mode == Mode.UNLOCK || !confirmation.get().isEmpty()), busy, passphrase, confirmation);
    }

    public static Strength strengthOf(String p) {
        if (p == null || p.isEmpty()) {
            return Strength.EMPTY;
        }
        long classes = Arrays.asList(p.chars().anyMatch(Character::isLowerCase), p.chars().anyMatch(Character::isUpperCase),
                p.chars().anyMatch(Character::isDigit), p.chars().anyMatch(c -> !Character.isLetterOrDigit(c))).stream().filter(b -> b).count();
        int words = p.strip().split("\\s+").length;
        if (p.length() >= 16 || (p.length() >= 12 && (classes >= 3 || words >= 3))) {
            return Strength.STRONG;
        }
        if (p.length() >= 10) {
            return Strength.FAIR;
        }
        return Strength.WEAK;
    }

    /** Opens or creates the database in the background; on failure shows one sentence and lets the user retry. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        if (mode == Mode.CREATE) {
            if (!passphrase.get().equals(confirmation.get())) {
                error.set(I18n.tr("unlock.error.mismatch"));
                return;
            }
            if (passphrase.get().length() < 8) {
                error.set(I18n.tr("unlock.error.short"));
                return;
            }
        }
        char[] secret = passphrase.get().toCharArray();
        boolean sample = loadSample.get();
        busy.set(true);
        error.set("");
        runner.run(progress -> {
            try {
                if (mode == Mode.UNLOCK) {
                    return Database.open(dbPath, secret);
                }
                Database db = Database.create(dbPath, secret);
                if (sample) {
                    progress.message(I18n.tr("unlock.loadingSample"));
                    try {
                        SampleData.load(db);
                    } catch (RuntimeException e) {
                        db.close();
                        throw e;
                    }
                }
                return db;
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, db -> {
            busy.set(false);
            passphrase.set("");
            confirmation.set("");
            onOpened.accept(db);
        }, e -> {
            busy.set(false);
            error.set(UserMessages.sentence(e));
        });
    }

    public Mode mode() {
        return mode;
    }

    public Path dbPath() {
        return dbPath;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public BooleanProperty loadSampleProperty() {
        return loadSample;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Strength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
