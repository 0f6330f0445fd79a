package org.casetrack.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.casetrack.export.ExportFormat;
import org.casetrack.export.Lang;
import org.casetrack.export.LetterKind;
import org.casetrack.export.LetterOptions;
import org.casetrack.export.Logos;
import org.casetrack.export.PageSize;
import org.casetrack.export.SummaryExport;
import org.casetrack.model.Letterhead;
import org.casetrack.store.Database;
import org.casetrack.store.StoreException;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.UserFacingException;
import org.casetrack.ui.common.UserMessages;

/**
 * The "Export a case summary" dialog without its nodes: which person or case, the format,
 * whether confidential content goes in, an optional letter template, a Markdown preview
 * regenerated in the background when the options change, and saving the file in the background.
 * Every database and file access runs on the {@link BackgroundRunner}; results come back on
 * the FX thread.
 */
public final class ExportDialogViewModel {

    /** What is exported: a person or a case, by id, with the name shown to the user. */
    public record Subject(Kind kind, long id, String name) {
        public enum Kind { PERSON, CASE }

        public Subject {
            Objects.requireNonNull(kind);
            name = name == null ? "" : name.strip();
        }

        public static Subject person(long id, String name) {
            return new Subject(Kind.PERSON, id, name);
        }

        public static Subject ofCase(long id, String title) {
            return new Subject(Kind.CASE, id, title);
        }
    }

    /** Progress while saving: nothing, under way (indeterminate), or done. */
    public static final double IDLE = 0, RUNNING = -1, DONE = 1;

    private static final String LAST_DIR = "export.lastDirectory";

    private final Database db;
    private final BackgroundRunner runner;
    private final Preferences prefs;
    private final ExportText text;
    private final Subject subject;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(this, "format", ExportFormat.DOCX);
    private final ObjectProperty<LetterKind> kind = new SimpleObjectProperty<>(this, "kind", LetterKind.SUMMARY);
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang", Lang.EN);
    private final ObjectProperty<PageSize> page = new SimpleObjectProperty<>(this, "page", PageSize.A4);
    private final StringProperty organisation = new SimpleStringProperty(this, "organisation", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<byte[]> logo = new SimpleObjectProperty<>(this, "logo");
    private final ReadOnlyStringWrapper letterheadStatus = new ReadOnlyStringWrapper(this, "letterheadStatus", "");
    private final BooleanProperty includeConfidential = new SimpleBooleanProperty(this, "includeConfidential", false);
    private final ReadOnlyStringWrapper confidentialWarning = new ReadOnlyStringWrapper(this, "confidentialWarning", "");
    private final ObjectProperty<Path> templateFile = new SimpleObjectProperty<>(this, "templateFile");
    private final ReadOnlyStringWrapper templateName = new ReadOnlyStringWrapper(this, "templateName", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(this, "previewing", false);
    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper(this, "previewError", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", IDLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>(this, "savedFile");
    private final ReadOnlyObjectWrapper<Path> lastDirectory = new ReadOnlyObjectWrapper<>(this, "lastDirectory");

    private BackgroundRunner.Handle previewHandle;
    private long previewGeneration;
    /** Opens the settings page of the main window, or null when the dialog has none. */
    private Runnable settingsPage;

    public ExportDialogViewModel(AppContext ctx, Subject subject) {
        this(ctx.db(), ctx.runner(), ctx.prefs(), ExportText.current(), subject, LocalDate::now);
        settingsPage = () -> ctx.navigator().go(org.casetrack.ui.app.Route.page(org.casetrack.ui.app.Pages.SETTINGS));
    }

    /** True when the letterhead's own page (Settings) can be opened from the dialog. */
    public boolean hasSettingsPage() {
        return settingsPage != null;
    }

    /** Shows the Settings page, where the letterhead is set once for every letter. */
    public void openSettingsPage() {
        if (settingsPage != null) {
            settingsPage.run();
        }
    }

    public ExportDialogViewModel(Database db, BackgroundRunner runner, Preferences prefs, ExportText text, Subject subject,
            Supplier<LocalDate> today) {
        this.db = Objects.requireNonNull(db);
        this.runner = Objects.requireNonNull(runner);
        this.prefs = prefs;
        this.text = Objects.requireNonNull(text);
        this.subject = Objects.requireNonNull(subject);
        this.today = Objects.requireNonNull(today);
        confidentialWarning.bind(javafx.beans.binding.Bindings.when(includeConfidential)
                .then(text.tr("options.confidential.warning")).otherwise(""));
        templateName.bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path t = templateFile.get();
            return t == null ? text.tr("options.template.default") : String.valueOf(t.getFileName());
        }, templateFile));
        includeConfidential.addListener((o, a, b) -> refreshPreview());
        templateFile.addListener((o, a, b) -> refreshPreview());
        format.addListener((o, a, b) -> clearOutcome());
        kind.addListener((o, a, b) -> refreshPreview());
        lang.addListener((o, a, b) -> refreshPreview());
        page.addListener((o, a, b) -> clearOutcome());
        if (prefs != null) {
            String dir = prefs.get(LAST_DIR, null);
            if (dir != null) {
                lastDirectory.set(Path.of(dir));
            }
        }
    }

    /** Builds the first preview; the dialog calls this once it is shown. */
    public void start() {
        runner.run(p -> new SummaryExport(db).letterhead(), l -> {
            organisation.set(l.organisation());
            address.set(l.address());
            logo.set(l.logo());
        }, t -> letterheadStatus.set(sentence(t)));
        refreshPreview();
    }

    // ---- kind, language, paper ----

    /** Which letter: the summary (default), an appeal to an authority, an embassy letter, an urgent appeal, the WGAD draft. */
    public ObjectProperty<LetterKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public ObjectProperty<PageSize> pageProperty() {
        return page;
    }

    // ---- letterhead (stored in the database, used by every letter) ----

    public StringProperty organisationProperty() {
        return organisation;
    }

    /** The postal address, one line per line. */
    public StringProperty addressProperty() {
        return address;
    }

    /** The logo image (PNG or JPEG bytes), or null. */
    public ObjectProperty<byte[]> logoProperty() {
        return logo;
    }

    /** "Letterhead saved." or one plain sentence when it could not be, else empty. */
    public ReadOnlyStringProperty letterheadStatusProperty() {
        return letterheadStatus.getReadOnlyProperty();
    }

    /** Reads a logo file in the background; a file that is not PNG or JPEG is refused with one sentence. */
    public void chooseLogo(Path file) {
        runner.run(p -> Logos.read(file).orElseThrow(
                () -> new UserFacingException(text.tr("letterhead.logo.unreadable", String.valueOf(file.getFileName())))), b -> {
            logo.set(b);
            letterheadStatus.set("");
        }, t -> letterheadStatus.set(sentence(t)));
    }

    /** Stores the letterhead in the database (one transaction) and refreshes the preview. */
    public void saveLetterhead() {
        Letterhead l = new Letterhead(organisation.get(), address.get(), logo.get());
        runner.run(p -> {
            new SummaryExport(db).saveLetterhead(l);
            return l;
        }, done -> {
            letterheadStatus.set(text.tr("letterhead.saved"));
            refreshPreview();
        }, t -> letterheadStatus.set(sentence(t)));
    }

    // ---- options ----

    public Subject subject() {
        return subject;
    }

    public ExportText text() {
        return text;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty includeConfidentialProperty() {
        return includeConfidential;
    }

    /** Empty while confidential content is left out; one plain warning when it goes in. */
    public ReadOnlyStringProperty confidentialWarningProperty() {
        return confidentialWarning.getReadOnlyProperty();
    }

    /** The letter template file, or null for the default letter. */
    public ObjectProperty<Path> templateFileProperty() {
        return templateFile;
    }

    /** The template's file name, or "Default letter". */
    public ReadOnlyStringProperty templateNameProperty() {
        return templateName.getReadOnlyProperty();
    }

    // ---- preview ----

    /** The letter as Markdown, with the current options; empty while it is prepared or when it cannot be. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    /** One plain sentence when the preview cannot be made (e.g. an unreadable template), else empty. */
    public ReadOnlyStringProperty previewErrorProperty() {
        return previewError.getReadOnlyProperty();
    }

    /** Regenerates the preview in the background; a newer request supersedes an older one. */
    public void refreshPreview() {
        Options o = options();
        long generation = ++previewGeneration;
        if (previewHandle != null && !previewHandle.isDone()) {
            previewHandle.cancel();
        }
        previewing.set(true);
        previewError.set("");
        clearOutcome();
        previewHandle = runner.run(p -> new String(render(o, ExportFormat.MD), StandardCharsets.UTF_8), md -> {
            if (generation == previewGeneration) {
                preview.set(md);
                previewing.set(false);
            }
        }, t -> {
            if (generation == previewGeneration) {
                preview.set("");
                previewError.set(sentence(t));
                previewing.set(false);
            }
        });
    }

    // ---- saving ----

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** {@link #IDLE}, {@link #RUNNING} (indeterminate) or {@link #DONE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Saved to …" after a save, else empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** One plain sentence when saving failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file written by the last successful save. */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    /** The folder of the last save (remembered between sessions), or null. */
    public ReadOnlyObjectProperty<Path> lastDirectoryProperty() {
        return lastDirectory.getReadOnlyProperty();
    }

    /** The extension of a format, without the dot. */
    public static String extension(ExportFormat f) {
        return switch (f) {
            case DOCX -> "docx";
            case PDF -> "pdf";
            case MD -> "md";
        };
    }

    /** A file name for the subject and the chosen format, e.g. {@code Maks-Bokaev-summary.docx}. */
    public String defaultFileName() {
        return fileStem(subject.name()) + "-" + kind.get().code() + "." + extension(format.get());
    }

    static String fileStem(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("[\\s.]+", " ").strip().replace(' ', '-');
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "case" : s;
    }

    /** The target with the format's extension added when the user left it out. */
    public Path withExtension(Path target) {
        String ext = "." + extension(format.get());
        String name = String.valueOf(target.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? target : target.resolveSibling(name + ext);
    }

    /** Renders the letter with the current options and writes it to target, in the background. */
    public void save(Path target) {
        if (saving.get() || target == null) {
            return;
        }
        Options o = options();
        Path file = withExtension(target);
        saving.set(true);
        progress.set(RUNNING);
        status.set(text.tr("save.saving"));
        error.set("");
        runner.run(p -> {
            p.message(text.tr("save.saving"));
            p.update(0, 2);
            byte[] bytes = render(o, o.format());
            p.update(1, 2);
            write(file, bytes);
            p.update(2, 2);
            return file;
        }, written -> {
            saving.set(false);
            progress.set(DONE);
            savedFile.set(written);
            status.set(text.tr("save.done", String.valueOf(written.getFileName())));
            Path dir = written.toAbsolutePath().getParent();
            if (dir != null) {
                lastDirectory.set(dir);
                if (prefs != null) {
                    prefs.put(LAST_DIR, dir.toString());
                }
            }
        }, t -> {
            saving.set(false);
            progress.set(IDLE);
            status.set("");
            error.set(sentence(t));
        });
    }

    private void clearOutcome() {
        if (!saving.get()) {
            status.set("");
            error.set("");
            progress.set(IDLE);
        }
    }

    // ---- background work (no properties touched here) ----

    private record Options(Subject subject, ExportFormat format, LetterOptions letter) {
    }

    private Options options() {
        return new Options(subject, format.get(), new LetterOptions(kind.get(), lang.get(), page.get(), includeConfidential.get(),
                templateFile.get(), today.get()));
    }

    private byte[] render(Options o, ExportFormat f) {
        if (o.letter().template() != null) {
            try {
                o.letter().letterTemplate();
            } catch (RuntimeException e) {
                throw new UserFacingException(text.tr("error.template", String.valueOf(o.letter().template().getFileName())));
            }
        }
        try {
            return new SummaryExport(db).render(o.subject().kind() == Subject.Kind.CASE, o.subject().id(), o.letter(), f);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.INVALID && !o.letter().includeConfidential()) {
                throw new UserFacingException(text.tr("error.confidential"));
            }
            if (e.kind() == StoreException.Kind.NOT_FOUND) {
                throw new UserFacingException(text.tr("error.notFound"));
            }
            throw e;
        }
    }

    /** Writes next to the target first, so a failed write never leaves half a file under the chosen name. */
    private void write(Path file, byte[] bytes) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            // a temporary file is created owner-only (0600), and the rename keeps that mode
            Path tmp = Files.createTempFile(dir, ".casetrack-export-", ".part");
            try {
                org.casetrack.store.PrivateFiles.restrict(tmp);
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException atomicNotSupported) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(text.tr("error.write", String.valueOf(file.getFileName())));
        }
    }

    /** One plain sentence, the way every view model says it (our own sentences are UserFacingExceptions). */
    private static String sentence(Throwable t) {
        return UserMessages.sentence(t);
    }
}
