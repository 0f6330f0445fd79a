package org.casetrack.ui.welcome;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casetrack.store.DatabaseLocation;

/**
 * The first screen a new user sees, shown when no database file exists yet: three sentences
 * on what CaseTrack keeps and how it is protected, and two actions, create a new encrypted
 * database or open an existing one. Later starts go straight to unlocking.
 *
 * <p>Self-contained: it owns its texts ({@code welcome*.properties} beside this class) and
 * reports the person's choice through the two callbacks; the caller decides what follows
 * (the create dialog, or unlocking the chosen file). Build and use it on the FX thread.
 */
public final class WelcomeView {

    /** The resource bundle with every text of this view. */
    public static final String BUNDLE = "org.casetrack.ui.welcome.welcome";

    /** Node ids, for the app shell's tests and for TestFX lookups. */
    public static final String ROOT_ID = "welcome";
    public static final String CREATE_ID = "welcome-create";
    public static final String OPEN_ID = "welcome-open";
    public static final String SERVER_ID = "welcome-server";

    /** Asks the person for an existing database file; returns null when they cancel. */
    @FunctionalInterface
    public interface DatabaseFileChooser {
        Path choose(Window owner, ResourceBundle texts);
    }

    private final Runnable onCreate;
    private final Consumer<Path> onOpen;
    private final ResourceBundle texts;
    private final DatabaseFileChooser chooser;
    private StackPane root;
    private Runnable onConnect;

    /**
     * A welcome view in the default locale, opening files with JavaFX's {@link FileChooser}.
     *
     * @param onCreate called when the person asks for a new encrypted database
     * @param onOpen   called with the chosen {@code *.mv.db} file; not called on cancel
     */
    public WelcomeView(Runnable onCreate, Consumer<Path> onOpen) {
        this(onCreate, onOpen, Locale.getDefault(), WelcomeView::chooseWithFileChooser);
    }

    /** As above, with the language and the file chooser given (tests, a language switch). */
    public WelcomeView(Runnable onCreate, Consumer<Path> onOpen, Locale locale, DatabaseFileChooser chooser) {
        this.onCreate = Objects.requireNonNull(onCreate, "onCreate");
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
        this.texts = texts(locale);
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The texts in {@code locale}: Russian for {@code ru}, English for everything else. */
    public static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Adds "Connect to a server" beside "Open": a team's shared case base (docs/server.md). Call before {@link #root()}. */
    public WelcomeView onConnect(Runnable action) {
        this.onConnect = action;
        return this;
    }

    /** The view's node, built on first call. */
    public Parent root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    /** The text of the window title while this view is shown. */
    public String title() {
        return texts.getString("welcome.windowTitle");
    }

    private StackPane build() {
        Label title = new Label(texts.getString("welcome.title"));
        title.getStyleClass().add("title-2");
        title.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        title.setWrapText(true);

        VBox sentences = new VBox(10,
                sentence("welcome.keeps"),
                sentence("welcome.protected"),
                sentence("welcome.lost"));

        Button create = new Button(texts.getString("welcome.create"));
        create.setId(CREATE_ID);
        create.setDefaultButton(true);
        create.getStyleClass().add("accent");
        create.setMaxWidth(Double.MAX_VALUE);
        create.setAccessibleHelp(texts.getString("welcome.create.help"));
        create.setOnAction(e -> onCreate.run());

        Button open = new Button(texts.getString("welcome.open"));
        open.setId(OPEN_ID);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAccessibleHelp(texts.getString("welcome.open.help"));
        open.setOnAction(e -> {
            Window owner = open.getScene() == null ? null : open.getScene().getWindow();
            Path chosen = chooser.choose(owner, texts);
            if (chosen != null) {
                onOpen.accept(chosen);
            }
        });

        VBox actions = new VBox(10, create, open);
        if (onConnect != null) {
            Button server = new Button(texts.getString("welcome.server"));
            server.setId(SERVER_ID);
            server.setMaxWidth(Double.MAX_VALUE);
            server.setAccessibleHelp(texts.getString("welcome.server.help"));
            server.setOnAction(e -> onConnect.run());
            actions.getChildren().add(server);
        }
        actions.setPadding(new Insets(8, 0, 0, 0));

        VBox column = new VBox(18);
        icon().ifPresent(column.getChildren()::add);
        column.getChildren().addAll(title, sentences, actions);
        column.setMaxWidth(560);
        column.setAlignment(Pos.CENTER_LEFT);

        StackPane pane = new StackPane(column);
        pane.setId(ROOT_ID);
        pane.setPadding(new Insets(40));
        pane.setAlignment(Pos.CENTER);
        return pane;
    }

    private Label sentence(String key) {
        Label label = new Label(texts.getString(key));
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Optional<ImageView> icon() {
        try (InputStream in = WelcomeView.class.getResourceAsStream("/org/casetrack/ui/casetrack-64.png")) {
            if (in == null) {
                return Optional.empty();
            }
            ImageView view = new ImageView(new Image(in));
            view.setFitWidth(64);
            view.setFitHeight(64);
            return Optional.of(view);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The default chooser: JavaFX's open dialog, filtered to H2 database files. */
    public static Path chooseWithFileChooser(Window owner, ResourceBundle texts) {
        FileChooser fc = new FileChooser();
        fc.setTitle(texts.getString("welcome.chooser.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                texts.getString("welcome.chooser.filter"), "*" + DatabaseLocation.H2_SUFFIX));
        fc.setInitialDirectory(initialFolder());
        File file = fc.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    private static File initialFolder() {
        Path usual = DatabaseLocation.resolve(null).getParent();
        if (usual != null && Files.isDirectory(usual)) {
            return usual.toFile();
        }
        return new File(System.getProperty("user.home", "."));
    }
}
