package org.casetrack.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.casetrack.ui.common.I18n;

/** Plain dialogs: one sentence, never a stack trace. */
public final class FxDialogs implements Dialogs {

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setHeaderText(null);
        a.setTitle(I18n.tr(switch (type) {
            case ERROR -> "dialog.error.title";
            case CONFIRMATION -> "dialog.confirm.title";
            default -> "dialog.info.title";
        }));
        a.getDialogPane().setMinWidth(420);
        return a;
    }

    @Override
    public void error(String sentence) {
        alert(Alert.AlertType.ERROR, sentence, ButtonType.OK).showAndWait();
    }

    @Override
    public void info(String sentence) {
        alert(Alert.AlertType.INFORMATION, sentence, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean confirm(String question) {
        ButtonType yes = new ButtonType(I18n.tr("action.yes"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(I18n.tr("action.no"), javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        return a.showAndWait().orElse(no) == yes;
    }

    @Override
    public ConflictChoice conflict(String sentence, String theirsBy, java.util.List<org.casetrack.ui.common.FormDiff.Difference> differences) {
        return ConflictDialog.show(owner, sentence, theirsBy, differences);
    }

    @Override
    public boolean retry(String sentence) {
        ButtonType retry = new ButtonType(I18n.tr("retry.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.tr("action.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, sentence, retry, cancel);
        a.setTitle(I18n.tr("retry.title"));
        return a.showAndWait().orElse(cancel) == retry;
    }

    @Override
    public boolean edit(org.casetrack.ui.common.FormModel form) {
        return org.casetrack.ui.common.FormView.showDialog(owner, form);
    }
}
