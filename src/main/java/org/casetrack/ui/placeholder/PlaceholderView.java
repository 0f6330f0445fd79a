package org.casetrack.ui.placeholder;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A page another part of the team is building: says so plainly and shows no data. */
public final class PlaceholderView implements View {

    private final VBox root;

    public PlaceholderView(String titleKey, String textKey, Ikon icon) {
        FontIcon fi = new FontIcon(icon);
        fi.getStyleClass().add("big-icon");
        fi.getStyleClass().add("text-muted");
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add("placeholder-title");
        Label text = new Label(I18n.tr(textKey));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("muted");
        Label coming = new Label(I18n.tr("placeholder.coming"));
        coming.setId("placeholder-coming");
        coming.getStyleClass().add("chip");
        root = new VBox(fi, title, coming, text);
        root.getStyleClass().add("placeholder-box");
    }

    @Override
    public Node root() {
        return root;
    }
}
