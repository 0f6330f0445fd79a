package org.casetrack.ui.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casetrack.store.Database;
import org.casetrack.store.ServerAddress;
import org.casetrack.store.StoreException;
import org.casetrack.ui.app.UiPrefs;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;

/**
 * "Connect to a server": host, port, database, user, TLS mode and CA file, and the password,
 * which is asked each time like a passphrase and never stored. The address (without the
 * password) is remembered like a recent file. Errors are the store's one-sentence messages,
 * the same the CLI prints (docs/decisions/0075-connect-in-the-window.md).
 */
public final class ServerConnectViewModel {

    /** The TLS modes offered, safest first; verify-full is the default. */
    public static final List<String> TLS_MODES = List.of("verify-full", "verify-ca", "require", "disable");

    private final UiPrefs prefs;
    private final BackgroundRunner runner;
    private final Consumer<Database> onOpened;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty tlsMode = new SimpleStringProperty("verify-full");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding plain = Bindings.createBooleanBinding(() -> "disable".equals(tlsMode.get()), tlsMode);
    private final BooleanBinding canSubmit;

    public ServerConnectViewModel(UiPrefs prefs, BackgroundRunner runner, Consumer<Database> onOpened) {
        this.prefs = prefs;
        this.runner = runner;
        this.onOpened = onOpened;
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && filled(host) && filled(database) && filled(user)
                && !password.get().isEmpty(), busy, host, database, user, password);
        for (StringProperty p : List.of(host, port, database, user, tlsMode, caFile, password)) {
            p.addListener((o, a, b) -> error.set(""));
        }
        String last = prefs.lastServer();
        if (last != null) {
            try {
                fill(ServerAddress.parse(last));
            } catch (StoreException e) {
                // a remembered address this version cannot read: start with an empty form
            }
        }
    }

    private static boolean filled(StringProperty p) {
        return p.get() != null && !p.get().isBlank();
    }

    /** Puts an address into the form (the remembered one, or --db's). */
    public void fill(ServerAddress a) {
        host.set(a.host());
        port.set(String.valueOf(a.port()));
        database.set(a.database());
        user.set(a.user());
        tlsMode.set(a.sslMode());
        caFile.set(a.caFile() == null ? "" : a.caFile().toString());
    }

    /** The address the form describes; a StoreException with one sentence when it is not valid. */
    public ServerAddress address() {
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new StoreException(StoreException.Kind.INVALID, I18n.tr("server.error.port"));
        }
        if (p < 1 || p > 65535) {
            throw new StoreException(StoreException.Kind.INVALID, I18n.tr("server.error.port"));
        }
        String ca = caFile.get() == null ? "" : caFile.get().strip();
        Path caPath = ca.isEmpty() ? null : Path.of(ca);
        if (caPath != null && !Files.isRegularFile(caPath)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, I18n.tr("server.error.caFile", ca));
        }
        return new ServerAddress(host.get().strip(), p, database.get().strip(), user.get().strip(), tlsMode.get(), caPath);
    }

    /** Connects in the background; on failure shows one sentence and keeps the form for another try. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        ServerAddress a;
        try {
            a = address();
        } catch (StoreException e) {
            error.set(e.getMessage());
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        error.set("");
        runner.run(progress -> {
            try {
                progress.message(I18n.tr("server.connecting", a.label()));
                return Database.openServer(a, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, db -> {
            busy.set(false);
            password.set("");
            prefs.saveLastServer(a);
            prefs.flush();
            onOpened.accept(db);
        }, e -> {
            busy.set(false);
            error.set(UserMessages.sentence(e));
        });
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty tlsModeProperty() {
        return tlsMode;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** True when the chosen mode sends everything in the clear: the view shows a warning. */
    public BooleanBinding plainProperty() {
        return plain;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
