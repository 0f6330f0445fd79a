package org.casetrack.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casetrack.export.Logos;
import org.casetrack.export.SummaryExport;
import org.casetrack.model.Letterhead;
import org.casetrack.store.Database;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserFacingException;
import org.casetrack.ui.common.UserMessages;

/**
 * The settings screen without nodes: the letterhead (organisation, address, logo) that every
 * letter uses, read from and saved to the database in the background, one transaction a save.
 */
public final class SettingsViewModel {

    private final Database db;
    private final BackgroundRunner runner;
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>(this, "logo");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);

    public SettingsViewModel(Database db, BackgroundRunner runner) {
        this.db = Objects.requireNonNull(db);
        this.runner = Objects.requireNonNull(runner);
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** PNG or JPEG bytes, or null. */
    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    /** "Saved." or one plain sentence when something could not be done, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public void load() {
        loading.set(true);
        runner.run(p -> new SummaryExport(db).letterhead(), l -> {
            organisation.set(l.organisation());
            address.set(l.address());
            logo.set(l.logo());
            status.set("");
            loading.set(false);
        }, t -> {
            status.set(UserMessages.sentence(t));
            loading.set(false);
        });
    }

    /** Reads a logo file in the background; a file that is not a PNG or JPEG image is refused with one sentence. */
    public void chooseLogo(Path file) {
        runner.run(p -> Logos.read(file).orElseThrow(
                () -> new UserFacingException(I18n.tr("settings.logo.unreadable", String.valueOf(file.getFileName())))), b -> {
            logo.set(b);
            status.set("");
        }, t -> status.set(UserMessages.sentence(t)));
    }

    public void removeLogo() {
        logo.set(null);
    }

    /** Stores the letterhead (one transaction); every letter made afterwards uses it. */
    public void save() {
        Letterhead l = new Letterhead(organisation.get(), address.get(), logo.get());
        runner.run(p -> {
            new SummaryExport(db).saveLetterhead(l);
            return l;
        }, done -> status.set(I18n.tr("settings.saved")), t -> status.set(UserMessages.sentence(t)));
    }
}
