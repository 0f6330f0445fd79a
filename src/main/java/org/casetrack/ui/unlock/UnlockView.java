package org.casetrack.ui.unlock;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casetrack.ui.common.Glyphs;
import org.casetrack.ui.common.I18n;

/** The first screen: unlock the database, or create it. Only binds to {@link UnlockViewModel}. */
public final class UnlockView {

    private final StackPane root;

    private final Button switchFile = new Button();
    private final Button server = new Button();

    public UnlockView(UnlockViewModel vm) {
        boolean create = vm.mode() == UnlockViewModel.Mode.CREATE;
        Node icon = Glyphs.of(create ? "database-plus" : "lock", 44);
        Label title = new Label(I18n.tr(create ? "unlock.create.title" : "unlock.title"));
        title.getStyleClass().add("unlock-title");
        title.setId("unlock-title");
        Label where = new Label(I18n.tr("unlock.file", vm.dbPath().toString()));
        where.getStyleClass().addAll("text-muted", "text-small");
        where.setWrapText(true);

        PasswordField pass = new PasswordField();
        pass.setId("passphrase");
        pass.setPromptText(I18n.tr("unlock.passphrase"));
        pass.textProperty().bindBidirectional(vm.passphraseProperty());
        Label passLabel = new Label(I18n.tr("unlock.passphrase"));
        passLabel.setLabelFor(pass);

        VBox box = new VBox(12, icon, title, where, passLabel, pass);
        box.getStyleClass().add("unlock-pane");
        box.setMaxWidth(480);
        box.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        if (create) {
            Label strength = new Label();
            strength.setId("strength");
            strength.getStyleClass().add("text-small");
            strength.textProperty().bind(vm.strengthProperty().map(s -> I18n.tr("unlock.strength." + s.name())));
            vm.strengthProperty().addListener((o, a, s) -> {
                strength.getStyleClass().removeAll("error-text", "warning-text");
                if (s == UnlockViewModel.Strength.WEAK) {
                    strength.getStyleClass().add("error-text");
                } else if (s == UnlockViewModel.Strength.FAIR) {
                    strength.getStyleClass().add("warning-text");
                }
            });
            PasswordField again = new PasswordField();
            again.setId("confirmation");
            again.setPromptText(I18n.tr("unlock.confirm"));
            again.textProperty().bindBidirectional(vm.confirmationProperty());
            Label againLabel = new Label(I18n.tr("unlock.confirm"));
            againLabel.setLabelFor(again);
            Label warning = new Label(I18n.tr("unlock.warning"), Glyphs.of("alert-circle"));
            warning.setWrapText(true);
            warning.getStyleClass().add("warning-text");
            warning.setId("unlock-warning");
            CheckBox sample = new CheckBox(I18n.tr("unlock.sample"));
            sample.setId("load-sample");
            sample.setWrapText(true);
            sample.selectedProperty().bindBidirectional(vm.loadSampleProperty());
            box.getChildren().addAll(strength, againLabel, again, warning, sample);
            again.setOnAction(e -> vm.submit());
        }
        pass.setOnAction(e -> vm.submit());

        Label error = new Label();
        error.setId("unlock-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        // the room for a two-line sentence is kept, so the form does not jump when one appears
        error.setMinHeight(40);
        error.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        Button go = new Button(I18n.tr(create ? "unlock.create.button" : "unlock.button"));
        go.setId("unlock-submit");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.canSubmitProperty().not());
        go.setOnAction(e -> vm.submit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Back (creating) or another file (unlocking): shown once the window says where to go
        switchFile.setId("unlock-switch");
        switchFile.setText(I18n.tr(create ? "unlock.back" : "unlock.otherFile"));
        switchFile.getStyleClass().add("flat");
        switchFile.setVisible(false);
        switchFile.managedProperty().bind(switchFile.visibleProperty());
        server.setId("unlock-server");
        server.setText(I18n.tr("unlock.server"));
        server.getStyleClass().add("flat");
        server.setVisible(false);
        server.managedProperty().bind(server.visibleProperty());
        // the other ways in (another file, a server) on their own row: beside Unlock they were cut to "Connect to a serv…"
        go.setMinWidth(Region.USE_PREF_SIZE);
        switchFile.setMinWidth(Region.USE_PREF_SIZE);
        server.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, spinner, spacer, go);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox otherWays = new HBox(10, switchFile, server);
        otherWays.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(error, buttons, otherWays);

        root = new StackPane(box);
        root.setAlignment(Pos.CENTER);
        pass.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                javafx.application.Platform.runLater(pass::requestFocus);
            }
        });
    }

    /** Shows Back (create mode) or "Open another file" (unlock mode), which runs action. */
    public UnlockView onSwitch(Runnable action) {
        switchFile.setOnAction(e -> action.run());
        switchFile.setVisible(action != null);
        return this;
    }

    /** Shows "Connect to a server" beside "Open another file", which runs action. */
    public UnlockView onConnect(Runnable action) {
        server.setOnAction(e -> action.run());
        server.setVisible(action != null);
        return this;
    }

    public StackPane root() {
        return root;
    }
}
