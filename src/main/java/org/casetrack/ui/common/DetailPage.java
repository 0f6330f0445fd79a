package org.casetrack.ui.common;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.casetrack.model.PartialDate;
import org.casetrack.ui.control.PartialDates;

/**
 * The scrolling body of a record page (a person, a case): "Loading…" until the view model
 * delivers, the rendered content after, or the view model's problem as one plain sentence.
 */
public final class DetailPage {

    private final VBox page = new VBox();
    private final ScrollPane root = new ScrollPane(page);

    public DetailPage(String id, ObservableValue<String> problem) {
        page.getStyleClass().add("page");
        page.setId(id);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        page.getChildren().add(Cards.muted(I18n.tr("status.loading")));
        problem.addListener((o, a, p) -> {
            if (p != null) {
                Label l = new Label(p);
                l.getStyleClass().add("empty-state");
                page.getChildren().setAll(l);
            }
        });
    }

    public Node root() {
        return root;
    }

    public void show(List<Node> content) {
        page.getChildren().setAll(content);
    }

    /** A partial date as written ("Mar 2016"), or "date unknown". */
    public static String date(PartialDate d) {
        return d == null ? I18n.tr("date.unknown") : PartialDates.format(d, I18n.locale());
    }
}
