package org.casetrack.ui.export;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.casetrack.export.ExportFormat;
import org.casetrack.export.Lang;
import org.casetrack.export.LetterKind;
import org.casetrack.export.PageSize;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Theme;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The "Export a case summary" window: options on the left, the Markdown preview on the
 * right, Save… and Close. It only binds to its {@link ExportDialogViewModel}. The person and
 * case views open it with {@link #forPerson} and {@link #forCase}.
 */
public final class ExportDialog {

    private final ExportDialogViewModel vm;
    private final ExportText text;
    private final BorderPane root = new BorderPane();
    private Stage stage;

    public ExportDialog(ExportDialogViewModel vm) {
        this.vm = vm;
        this.text = vm.text();
        build();
    }

    /** Opens the dialog for a person, owned by the main window; returns it (already showing). */
    public static ExportDialog forPerson(AppContext ctx, long personId, String name) {
        return open(ctx, ExportDialogViewModel.Subject.person(personId, name));
    }

    /** Opens the dialog for a case, owned by the main window; returns it (already showing). */
    public static ExportDialog forCase(AppContext ctx, long caseId, String title) {
        return open(ctx, ExportDialogViewModel.Subject.ofCase(caseId, title));
    }

    private static ExportDialog open(AppContext ctx, ExportDialogViewModel.Subject subject) {
        ExportDialog d = new ExportDialog(new ExportDialogViewModel(ctx, subject));
        d.show(mainWindow());
        return d;
    }

    /** The focused window of the application, else the first one showing (the main window). */
    static Window mainWindow() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage).findFirst())
                .orElse(null);
    }

    public ExportDialogViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        return root;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the dialog modal to owner (or the whole application when owner is null) and starts the preview. */
    public void show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        } else {
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.setTitle(text.tr("dialog.title") + " \u2014 " + vm.subject().name());
        Scene scene = new Scene(root, 1040, 680);
        scene.getStylesheets().add(Theme.appStylesheet());
        scene.getStylesheets().add(ExportDialog.class.getResource("exportdialog.css").toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.show();
        vm.start();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    private void build() {
        root.getStyleClass().add("export-dialog");

        // Header: what is exported.
        Label title = new Label(text.tr("dialog.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label subject = new Label(text.tr(vm.subject().kind() == ExportDialogViewModel.Subject.Kind.PERSON
                ? "dialog.subject.person" : "dialog.subject.case", vm.subject().name()));
        subject.getStyleClass().add(Styles.TEXT_MUTED);
        VBox header = new VBox(2, title, subject);
        header.getStyleClass().add("export-header");

        // Left: options.
        Label formatLabel = sectionLabel("options.format");
        ToggleGroup formats = new ToggleGroup();
        VBox formatBox = new VBox(6);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton r = new RadioButton(text.tr("format." + f.name()));
            r.setUserData(f);
            r.setToggleGroup(formats);
            r.setId("format-" + f.name().toLowerCase(java.util.Locale.ROOT));
            formatBox.getChildren().add(r);
        }
        selectFormat(formats, vm.formatProperty().get());
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.formatProperty().set((ExportFormat) b.getUserData());
            }
        });
        vm.formatProperty().addListener((o, a, b) -> selectFormat(formats, b));

        CheckBox confidential = new CheckBox(text.tr("options.confidential"));
        confidential.setId("include-confidential");
        confidential.setWrapText(true);
        confidential.selectedProperty().bindBidirectional(vm.includeConfidentialProperty());
        Label warning = new Label();
        warning.setId("confidential-warning");
        warning.setWrapText(true);
        warning.setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        warning.getStyleClass().addAll("export-warning");
        warning.textProperty().bind(vm.confidentialWarningProperty());
        showWhenNotEmpty(warning);

        Label templateLabel = sectionLabel("options.template");
        Label templateName = new Label();
        templateName.setId("template-name");
        templateName.setWrapText(true);
        templateName.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        templateName.textProperty().bind(vm.templateNameProperty());
        Button chooseTemplate = new Button(text.tr("options.template.choose"));
        chooseTemplate.setOnAction(e -> chooseTemplate());
        Button resetTemplate = new Button(text.tr("options.template.reset"));
        resetTemplate.getStyleClass().add(Styles.FLAT);
        resetTemplate.setOnAction(e -> vm.templateFileProperty().set(null));
        resetTemplate.disableProperty().bind(vm.templateFileProperty().isNull());
        HBox templateButtons = new HBox(6, chooseTemplate, resetTemplate);

        Label previewError = new Label();
        previewError.setId("preview-error");
        previewError.setWrapText(true);
        previewError.setMaxWidth(420);
        previewError.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        previewError.getStyleClass().addAll(Styles.DANGER, "export-preview-error");
        previewError.textProperty().bind(vm.previewErrorProperty());
        showWhenNotEmpty(previewError);

        Label kindLabel = sectionLabel("options.kind");
        ComboBox<LetterKind> kinds = choice("kind", LetterKind.values(), vm.kindProperty());
        Label langLabel = sectionLabel("options.lang");
        ComboBox<Lang> langs = choice("lang", Lang.values(), vm.langProperty());
        Label pageLabel = sectionLabel("options.page");
        ComboBox<PageSize> pages = choice("page", PageSize.values(), vm.pageProperty());
        HBox langPage = new HBox(8, new VBox(4, langLabel, langs), new VBox(4, pageLabel, pages));

        VBox options = new VBox(10, kindLabel, kinds, langPage, new Separator(), formatLabel, formatBox, new Separator(), confidential, warning,
                new Separator(), templateLabel, templateName, templateButtons, new Separator(), letterhead());
        options.getStyleClass().add("export-options");
        options.setPrefWidth(320);
        options.setMinWidth(280);
        options.setMaxWidth(340);

        // Right: preview.
        Label previewLabel = sectionLabel("preview.title");
        TextArea preview = new TextArea();
        preview.setId("preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.getStyleClass().add("export-preview");
        preview.textProperty().bind(vm.previewProperty());
        ProgressIndicator previewBusy = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        previewBusy.setMaxSize(48, 48);
        previewBusy.visibleProperty().bind(vm.previewingProperty());
        StackPane previewStack = new StackPane(preview, previewBusy, previewError);
        VBox.setVgrow(previewStack, Priority.ALWAYS);
        VBox right = new VBox(6, previewLabel, previewStack);
        right.getStyleClass().add("export-right");
        HBox.setHgrow(right, Priority.ALWAYS);

        ScrollPane optionsScroll = new ScrollPane(options);
        optionsScroll.setFitToWidth(true);
        optionsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        optionsScroll.setMinWidth(300);
        optionsScroll.setPrefWidth(350);
        HBox body = new HBox(16, optionsScroll, right);
        body.getStyleClass().add("export-body");

        // Bottom: status, Save…, Close.
        ProgressIndicator saving = new ProgressIndicator();
        saving.setMaxSize(18, 18);
        saving.progressProperty().bind(vm.progressProperty());
        saving.visibleProperty().bind(vm.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());
        Label status = new Label();
        status.setId("save-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(vm.errorProperty().isEmpty())
                .then(vm.statusProperty()).otherwise(vm.errorProperty()));
        vm.errorProperty().addListener((o, a, b) -> {
            status.getStyleClass().remove(Styles.DANGER);
            if (b != null && !b.isEmpty()) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        status.graphicProperty().bind(Bindings.when(vm.savedFileProperty().isNotNull().and(vm.errorProperty().isEmpty())
                .and(vm.statusProperty().isNotEmpty()).and(vm.savingProperty().not()))
                .then((javafx.scene.Node) new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE)).otherwise((javafx.scene.Node) null));
        HBox statusBox = new HBox(8, saving, status);
        statusBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(statusBox, Priority.ALWAYS);

        Button save = new Button(text.tr("action.save"), new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        save.setId("save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty().or(vm.previewErrorProperty().isNotEmpty()));
        save.setOnAction(e -> chooseTargetAndSave());
        Button close = new Button(text.tr("action.close"));
        close.setId("close");
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(save, close);
        HBox footer = new HBox(12, statusBox, buttons);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("export-footer");

        root.setTop(header);
        root.setCenter(body);
        root.setBottom(footer);
    }

    /** A drop-down of enum values shown with their texts ("kind.WGAD"), bound both ways to the view model. */
    private <E extends Enum<E>> ComboBox<E> choice(String prefix, E[] values, javafx.beans.property.ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(prefix);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.tr(prefix + "." + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** Organisation, address and logo, stored in the database and used by every letter. */
    private javafx.scene.Node letterhead() {
        TextField org = new TextField();
        org.setId("letterhead-organisation");
        org.setPromptText(text.tr("letterhead.organisation"));
        org.textProperty().bindBidirectional(vm.organisationProperty());
        TextArea address = new TextArea();
        address.setId("letterhead-address");
        address.setPromptText(text.tr("letterhead.address"));
        address.setPrefRowCount(3);
        address.textProperty().bindBidirectional(vm.addressProperty());
        Label logoState = new Label();
        logoState.setId("letterhead-logo-state");
        logoState.textProperty().bind(Bindings.when(vm.logoProperty().isNull())
                .then(text.tr("letterhead.logo.none")).otherwise(text.tr("letterhead.logo.set")));
        Button logo = new Button(text.tr("letterhead.logo"));
        logo.setOnAction(e -> chooseLogo());
        Button removeLogo = new Button(text.tr("letterhead.logo.remove"));
        removeLogo.getStyleClass().add(Styles.FLAT);
        removeLogo.disableProperty().bind(vm.logoProperty().isNull());
        removeLogo.setOnAction(e -> vm.logoProperty().set(null));
        Button save = new Button(text.tr("letterhead.save"));
        save.setId("letterhead-save");
        save.setOnAction(e -> vm.saveLetterhead());
        Label status = new Label();
        status.setId("letterhead-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.letterheadStatusProperty());
        showWhenNotEmpty(status);
        HBox logoRow = new HBox(6, logo, removeLogo, logoState);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, sectionLabel("letterhead.title"), org, address, logoRow, save, status);
        if (vm.hasSettingsPage()) { // the letterhead's own place: Settings in the main window
            javafx.scene.control.Hyperlink settings = new javafx.scene.control.Hyperlink(text.tr("letterhead.settings"));
            settings.setId("letterhead-open-settings");
            settings.setOnAction(e -> {
                close();
                vm.openSettingsPage();
            });
            box.getChildren().add(1, settings);
        }
        return box;
    }

    private void chooseLogo() {
        FileChooser fc = new FileChooser();
        fc.setTitle(text.tr("letterhead.logo.chooser"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.tr("letterhead.logo.filter"), "*.png", "*.jpg", "*.jpeg"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.chooseLogo(f.toPath());
        }
    }

    private Label sectionLabel(String key) {
        Label l = new Label(text.tr(key));
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "export-section");
        return l;
    }

    private static void showWhenNotEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static void selectFormat(ToggleGroup group, ExportFormat f) {
        for (Toggle t : group.getToggles()) {
            if (t.getUserData() == f) {
                group.selectToggle(t);
            }
        }
    }

    private void chooseTemplate() {
        FileChooser fc = new FileChooser();
        fc.setTitle(text.tr("options.template.chooser"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.tr("options.template.filter"), "*.properties"));
        Path current = vm.templateFileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            fc.setInitialDirectory(current.getParent().toFile());
        }
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            vm.templateFileProperty().set(f.toPath());
        }
    }

    private void chooseTargetAndSave() {
        FileChooser fc = new FileChooser();
        fc.setTitle(text.tr("save.chooser"));
        ExportFormat f = vm.formatProperty().get();
        String ext = ExportDialogViewModel.extension(f);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.tr("format." + f.name()), "*." + ext));
        fc.setInitialFileName(vm.defaultFileName());
        Path dir = vm.lastDirectoryProperty().get();
        if (dir != null && Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
        File target = fc.showSaveDialog(stage);
        if (target != null) {
            vm.save(target.toPath());
        }
    }
}
