package org.casetrack.ui.app;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casetrack.ui.common.FxBackgroundRunner;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.search.SearchPopup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The main window: navigation on the left, the current view in the middle; only binds. */
public final class MainView {

    private final MainViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();

    public MainView(MainViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("main-window");
        root.setLeft(sidebar());
        BorderPane centre = new BorderPane(content);
        VBox top = new VBox(topBar());
        if (vm.plainConnection()) {
            top.getChildren().add(plainWarning());
        }
        vm.upgradeNotice().ifPresent(sentence -> top.getChildren().add(upgradeNotice(sentence, top)));
        centre.setTop(top);
        centre.setBottom(statusBar());
        root.setCenter(centre);
        vm.currentViewProperty().addListener((o, a, v) -> {
            content.getChildren().setAll(v.root());
            Node focus = v.initialFocus();
            Platform.runLater(focus::requestFocus);
        });
        vm.selectedPageProperty().addListener((o, a, id) -> navGroup.getToggles().forEach(t ->
                t.setSelected(id.equals(((Node) t).getUserData()))));
    }

    private Node sidebar() {
        VBox bar = new VBox();
        bar.getStyleClass().add("app-sidebar");
        Label title = new Label(I18n.tr("app.title"));
        title.getStyleClass().add("app-title");
        bar.getChildren().add(title);
        int i = 1;
        for (PageSpec p : Pages.all()) {
            ToggleButton b = new ToggleButton(I18n.tr(p.titleKey()), new FontIcon(p.icon()));
            b.setId("nav-" + p.id());
            b.setUserData(p.id());
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(navGroup);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setTooltip(new Tooltip(I18n.tr("nav.shortcut", "Ctrl+" + i)));
            // A selected nav button stays selected when clicked again.
            b.setOnAction(e -> {
                b.setSelected(true);
                vm.openPage(p.id());
            });
            bar.getChildren().add(b);
            i++;
        }
        return bar;
    }

    private Node topBar() {
        Button back = new Button(null, new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("back");
        back.getStyleClass().addAll("button-icon", "flat");
        back.setTooltip(new Tooltip(I18n.tr("action.back") + " (Alt+←)"));
        back.disableProperty().bind(vm.context().navigator().canGoBackProperty().not());
        back.setOnAction(e -> vm.context().navigator().back());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button search = new Button(I18n.tr("search.button"), new FontIcon(MaterialDesignM.MAGNIFY));
        search.setId("global-search");
        search.setOnAction(e -> openSearch());
        Button theme = new Button(null, new FontIcon(MaterialDesignT.THEME_LIGHT_DARK));
        theme.setId("toggle-theme");
        theme.getStyleClass().addAll("button-icon", "flat");
        theme.setTooltip(new Tooltip(I18n.tr("action.theme")));
        theme.setOnAction(e -> vm.toggleTheme());
        Button language = new Button(null, new FontIcon(MaterialDesignT.TRANSLATE));
        language.setId("toggle-language");
        language.getStyleClass().addAll("button-icon", "flat");
        language.setTooltip(new Tooltip(I18n.tr("action.language")));
        language.setOnAction(e -> vm.toggleLanguage());
        HBox top = new HBox(back, spacer, search, language, theme);
        top.getStyleClass().add("app-topbar");
        return top;
    }

    /** Always shown while connected without TLS (sslmode=disable): it cannot be dismissed. */
    private Node plainWarning() {
        Label warning = new Label(I18n.tr("status.plainWarning", vm.databaseLabel()), new FontIcon(MaterialDesignA.ALERT));
        warning.setId("plain-connection-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.getStyleClass().add("plain-connection-warning");
        return warning;
    }

    /** Said once after opening migrated the database: where the copy from before is. The user closes it. */
    private Node upgradeNotice(String sentence, VBox parent) {
        Label text = new Label(sentence, new FontIcon(MaterialDesignA.ARCHIVE_OUTLINE));
        text.setId("upgrade-backup-notice-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        // a long path wraps instead of widening the window past the screen
        text.setMinWidth(0);
        text.setPrefWidth(200);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(I18n.tr("upgrade.close"));
        close.setId("upgrade-backup-notice-close");
        HBox band = new HBox(12, text, close);
        band.setId("upgrade-backup-notice");
        band.setAlignment(Pos.CENTER_LEFT);
        band.getStyleClass().add("upgrade-backup-notice");
        close.setOnAction(e -> {
            vm.closeUpgradeNotice();
            parent.getChildren().remove(band);
        });
        return band;
    }

    private Node statusBar() {
        Label db = new Label(vm.context().db() == null ? "" : I18n.tr("status.database", vm.databaseLabel()));
        db.getStyleClass().addAll("text-small", "text-muted");
        db.setId("status-db");
        HBox bar = new HBox(db);
        if (vm.context().runner() instanceof FxBackgroundRunner r) {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(14, 14);
            spinner.visibleProperty().bind(r.runningProperty().greaterThan(0));
            Label msg = new Label();
            msg.getStyleClass().addAll("text-small", "text-muted");
            msg.textProperty().bind(r.messageProperty());
            msg.visibleProperty().bind(spinner.visibleProperty());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            bar.getChildren().addAll(spacer, msg, spinner);
        }
        bar.getStyleClass().add("app-statusbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    public void openSearch() {
        SearchPopup.show(root.getScene() == null ? null : root.getScene().getWindow(), vm.context());
    }

    /** Keyboard shortcuts that work wherever the focus is. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::openSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), () -> vm.context().navigator().back());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
            KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < Pages.all().size() && i < digits.length; i++) {
            String id = Pages.all().get(i).id();
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> vm.openPage(id));
        }
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts a main window for vm into scene, with its shortcuts, and builds it again in the
     * new language whenever the user switches language.
     */
    public static MainView attach(Scene scene, MainViewModel vm) {
        MainView view = new MainView(vm);
        scene.setRoot(view.root());
        view.installShortcuts(scene);
        vm.languageChangesProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number b) {
                vm.languageChangesProperty().removeListener(this);
                vm.rebuildPages();
                attach(scene, vm);
                vm.reshow();
            }
        });
        return view;
    }
}
