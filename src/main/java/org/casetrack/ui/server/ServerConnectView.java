package org.casetrack.ui.server;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.casetrack.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The "Connect to a server" screen; only binds to {@link ServerConnectViewModel}. */
public final class ServerConnectView {

    private final StackPane root;
    private final Button back = new Button();
    private final PasswordField password = new PasswordField();

    public ServerConnectView(ServerConnectViewModel vm) {
        FontIcon icon = new FontIcon(MaterialDesignS.SERVER_NETWORK);
        icon.getStyleClass().add("big-icon");
        Label title = new Label(I18n.tr("server.title"));
        title.getStyleClass().add("unlock-title");
        title.setId("server-title");
        Label intro = new Label(I18n.tr("server.intro"));
        intro.getStyleClass().addAll("text-muted", "text-small");
        intro.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        TextField host = text("server-host", vm.hostProperty(), "db.office.example");
        TextField port = text("server-port", vm.portProperty(), "5432");
        port.setPrefColumnCount(6);
        port.setMaxWidth(100);
        TextField database = text("server-database", vm.databaseProperty(), "casetrack");
        TextField user = text("server-user", vm.userProperty(), "");

        ComboBox<String> tls = new ComboBox<>();
        tls.setId("server-tls");
        tls.getItems().setAll(ServerConnectViewModel.TLS_MODES);
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(String mode) {
                return mode == null ? "" : I18n.tr("server.tls." + mode);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        tls.valueProperty().bindBidirectional(vm.tlsModeProperty());
        tls.setMaxWidth(Double.MAX_VALUE);

        TextField ca = text("server-ca", vm.caFileProperty(), I18n.tr("server.caFile.prompt"));
        Button browse = new Button(I18n.tr("server.caFile.browse"));
        browse.setId("server-ca-browse");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.tr("server.caFile"));
            File f = fc.showOpenDialog(browse.getScene() == null ? null : browse.getScene().getWindow());
            if (f != null) {
                vm.caFileProperty().set(f.getAbsolutePath());
            }
        });
        HBox caRow = new HBox(8, ca, browse);
        HBox.setHgrow(ca, Priority.ALWAYS);

        password.setId("server-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        int row = 0;
        row(grid, row++, "server.host", host);
        row(grid, row++, "server.port", port);
        row(grid, row++, "server.database", database);
        row(grid, row++, "server.user", user);
        row(grid, row++, "server.tls", tls);
        row(grid, row++, "server.caFile", caRow);
        row(grid, row, "server.password", password);

        Label plain = new Label(I18n.tr("server.plainWarning"), new FontIcon(MaterialDesignA.ALERT));
        plain.setId("server-plain-warning");
        plain.setWrapText(true);
        plain.getStyleClass().add("warning-text");
        plain.visibleProperty().bind(vm.plainProperty());
        plain.managedProperty().bind(plain.visibleProperty());

        Label passwordNote = new Label(I18n.tr("server.passwordNote"));
        passwordNote.getStyleClass().addAll("text-muted", "text-small");
        passwordNote.setWrapText(true);

        Label error = new Label();
        error.setId("server-error");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.setMinHeight(40);
        error.setAlignment(Pos.TOP_LEFT);
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.busyProperty());
        Button go = new Button(I18n.tr("server.connect"));
        go.setId("server-connect");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.canSubmitProperty().not());
        go.setOnAction(e -> vm.submit());
        password.setOnAction(e -> vm.submit());
        back.setId("server-back");
        back.setText(I18n.tr("unlock.back"));
        back.getStyleClass().add("flat");
        back.setVisible(false);
        back.managedProperty().bind(back.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, back, spinner, spacer, go);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(12, icon, title, intro, grid, plain, passwordNote, error, buttons);
        box.getStyleClass().add("unlock-pane");
        box.setMaxWidth(560);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        root = new StackPane(box);
        root.setId("server-connect-screen");
        root.setAlignment(Pos.CENTER);
        Node first = vm.hostProperty().get().isBlank() ? host : password;
        root.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(I18n.tr(key));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    /** Shows Back, which runs action (the screen the user came from). */
    public ServerConnectView onBack(Runnable action) {
        back.setOnAction(e -> action.run());
        back.setVisible(action != null);
        return this;
    }

    public StackPane root() {
        return root;
    }
}
