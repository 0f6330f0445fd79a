package org.casetrack.ui.app;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casetrack.ui.common.FormDiff.Difference;
import org.casetrack.ui.common.I18n;

/**
 * Someone else saved the record first: who and when, then each differing field with the
 * user's value beside the saved one, and three ways on. Nothing is written until the user chooses.
 */
final class ConflictDialog {

    private ConflictDialog() {
    }

    static Dialogs.ConflictChoice show(Window owner, String sentence, String theirsBy, List<Difference> differences) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("conflict.title"));
        dialog.setResizable(true);
        Label text = new Label(sentence);
        text.setId("conflict-sentence");
        text.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("conflict-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // field names are short: never cut them
        ColumnConstraints mine = new ColumnConstraints();
        mine.setHgrow(Priority.ALWAYS);
        
        ColumnConstraints theirs = new ColumnConstraints();
        theirs.setHgrow(Priority.ALWAYS);
        
        grid.getColumnConstraints().addAll(field, mine, theirs);
        grid.addRow(0, header(I18n.tr("conflict.field")), header(I18n.tr("conflict.yours")), header(I18n.tr("conflict.theirs", theirsBy)));
        int row = 1;
        for (Difference d : differences) {
            Label f = new Label(d.field());
            f.getStyleClass().add("text-muted");
            grid.addRow(row, f, value("conflict-mine-" + row, d.mine()), value("conflict-theirs-" + row, d.theirs()));
            row++;
        }
        VBox content = new VBox(12, text);
        if (differences.isEmpty()) {
            content.getChildren().add(new Label(I18n.tr("conflict.sameValues")));
        } else {
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(360, 30.0 * row + 10));
            scroll.getStyleClass().add("edge-to-edge");
            content.getChildren().add(scroll);
        }
        content.setId("conflict-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(680);
        ButtonType keep = new ButtonType(I18n.tr("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType take = new ButtonType(I18n.tr("conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        ButtonType edit = new ButtonType(I18n.tr("conflict.editAgain"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, take, edit);
        dialog.getDialogPane().lookupButton(keep).setId("conflict-keep");
        dialog.getDialogPane().lookupButton(take).setId("conflict-take");
        dialog.getDialogPane().lookupButton(edit).setId("conflict-edit");
        // closing the window is "edit again": the user's values go back into the form, never lost
        ButtonType chosen = dialog.showAndWait().orElse(edit);
        return chosen == keep ? Dialogs.ConflictChoice.KEEP_MINE
                : chosen == take ? Dialogs.ConflictChoice.TAKE_THEIRS : Dialogs.ConflictChoice.EDIT_AGAIN;
    }

    private static Label header(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-weight: bold;");
        l.setWrapText(true);
        return l;
    }

    private static Label value(String id, String s) {
        Label l = new Label(s == null || s.isEmpty() ? "—" : s);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }
}
