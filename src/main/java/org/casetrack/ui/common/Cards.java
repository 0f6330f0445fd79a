package org.casetrack.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.casetrack.model.Evidence;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Building blocks shared by the person and case views: fact cards, source links, section headers. */
public final class Cards {

    private Cards() {
    }

    /** A section title with an "add" button. */
    public static Node section(String titleKey, String addId, Runnable onAdd) {
        Label title = new Label(I18n.tr(titleKey));
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, title, spacer);
        box.setAlignment(Pos.BOTTOM_LEFT);
        if (onAdd != null) {
            Button add = new Button(I18n.tr("action.add"), new FontIcon(MaterialDesignP.PLUS));
            add.setId(addId);
            add.getStyleClass().addAll("flat", "small");
            add.setOnAction(e -> onAdd.run());
            box.getChildren().add(add);
        }
        return box;
    }

    /** A card for one fact: a bold first line, detail lines, sources, edit and delete. */
    public static VBox fact(String id, String title, List<String> details, Node sources, Runnable onEdit, Runnable onDelete) {
        Label t = new Label(title);
        t.getStyleClass().add("fact-title");
        t.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, t, spacer);
        head.setAlignment(Pos.TOP_LEFT);
        if (onEdit != null) {
            Button edit = new Button(null, new FontIcon(MaterialDesignP.PENCIL));
            edit.setId(id + "-edit");
            edit.getStyleClass().addAll("button-icon", "flat", "small");
            edit.setTooltip(new Tooltip(I18n.tr("action.edit")));
            edit.setOnAction(e -> onEdit.run());
            head.getChildren().add(edit);
        }
        if (onDelete != null) {
            Button del = new Button(null, new FontIcon(MaterialDesignD.DELETE));
            del.setId(id + "-delete");
            del.getStyleClass().addAll("button-icon", "flat", "small", "danger");
            del.setTooltip(new Tooltip(I18n.tr("action.delete")));
            del.setOnAction(e -> onDelete.run());
            head.getChildren().add(del);
        }
        VBox card = new VBox(head);
        card.setId(id);
        card.getStyleClass().add("fact-card");
        for (String d : details) {
            if (d != null && !d.isBlank()) {
                Label l = new Label(d);
                l.setWrapText(true);
                card.getChildren().add(l);
            }
        }
        if (sources != null) {
            card.getChildren().add(sources);
        }
        return card;
    }

    /** Links to the documents behind a fact; the quote (or note) shows on hover, a click opens the document. */
    public static Node sources(List<Evidence> evidence, LongFunction<String> titleOf, Consumer<Evidence> open) {
        FlowPane pane = new FlowPane(6, 2);
        pane.getStyleClass().add("fact-sources");
        if (evidence.isEmpty()) {
            Label none = new Label(I18n.tr("source.none"));
            none.getStyleClass().addAll("text-muted", "text-small");
            pane.getChildren().add(none);
            return pane;
        }
        Label l = new Label(I18n.tr("source.label"));
        l.getStyleClass().addAll("text-muted", "text-small");
        pane.getChildren().add(l);
        // One link per document: its quotes (or notes) on hover; a click opens the passage when one is known.
        java.util.Map<Long, List<Evidence>> byDocument = new java.util.LinkedHashMap<>();
        for (Evidence e : evidence) {
            byDocument.computeIfAbsent(e.documentId(), k -> new java.util.ArrayList<>()).add(e);
        }
        for (List<Evidence> group : byDocument.values()) {
            Evidence target = group.stream().filter(e -> e.startOffset() != null).findFirst().orElse(group.get(0));
            Hyperlink link = new Hyperlink(titleOf.apply(target.documentId()), new FontIcon(MaterialDesignF.FORMAT_QUOTE_OPEN));
            link.getStyleClass().add("source-link");
            link.setId("source-" + target.id());
            String hover = group.stream()
                    .map(e -> e.quote() != null && !e.quote().isBlank() ? "“" + e.quote() + "”" : e.note())
                    .filter(h -> h != null && !h.isBlank()).distinct()
                    .collect(java.util.stream.Collectors.joining("\n\n"));
            if (!hover.isBlank()) {
                Tooltip tip = new Tooltip(hover);
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                tip.setShowDelay(Duration.millis(250));
                tip.setShowDuration(Duration.seconds(30));
                link.setTooltip(tip);
            }
            link.setOnAction(ev -> open.accept(target));
            pane.getChildren().add(link);
        }
        return pane;
    }

    public static Label chip(String text, String extraClass) {
        Label l = new Label(text);
        l.getStyleClass().add("chip");
        if (extraClass != null) {
            l.getStyleClass().add(extraClass);
        }
        return l;
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
