package org.casetrack.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application; started only when the window is wanted. */
public final class DesktopApp extends Application {

    private static Path requestedDb;

    public static void open(Path db) {
        requestedDb = db;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("CaseTrack");
        stage.setScene(new Scene(new Label("CaseTrack"), 800, 600));
        stage.show();
    }
}
