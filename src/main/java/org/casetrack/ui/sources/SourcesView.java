package org.casetrack.ui.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casetrack.model.SourceDocument;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.Cards;
import org.casetrack.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** Documents on the left, the open document's text in the middle with highlights, its facts on the right. */
public final class SourcesView implements View {

    private final SourcesViewModel vm;
    private final VBox root = new VBox();
    private final ListView<SourceDocument> docs = new ListView<>();
    private final VBox docPane = new VBox(8);
    private final TextFlow flow = new TextFlow();
    private final ScrollPane textScroll = new ScrollPane(flow);
    private final ListView<SourcesViewModel.Span> spanList = new ListView<>();
    private final Map<Long, Text> spanNodes = new HashMap<>();

    public SourcesView(AppContext ctx) {
        vm = new SourcesViewModel(ctx);
        root.getStyleClass().add("page");
        root.setId("sources-view");
        Label title = new Label(I18n.tr("page.sources"));
        title.getStyleClass().add("page-title");

        TextField search = new TextField();
        search.setId("sources-search");
        search.setPromptText(I18n.tr("sources.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        docs.setId("sources-list");
        docs.setItems(vm.documents());
        docs.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SourceDocument d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label t = new Label(d.title());
                t.setWrapText(true);
                t.maxWidthProperty().bind(docs.widthProperty().subtract(36));
                t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label meta = new Label(String.join(" · ", nonNull(d.publisher(), d.periodYear() == null ? null : d.periodYear().toString())));
                meta.getStyleClass().addAll("text-muted", "text-small");
                setGraphic(new VBox(2, t, meta));
                setText(null);
            }
        });
        docs.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                vm.selectedProperty().set(d);
            }
        });
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != null && docs.getSelectionModel().getSelectedItem() != d) {
                docs.getSelectionModel().select(d);
            }
        });
        Label noDocs = new Label();
        noDocs.setWrapText(true);
        noDocs.getStyleClass().add("empty-state");
        noDocs.textProperty().bind(Bindings.createStringBinding(() -> !vm.loadedProperty().get() ? I18n.tr("status.loading")
                : vm.hasAny() ? I18n.tr("sources.noMatch") : I18n.tr("sources.empty"), vm.loadedProperty(), vm.documents()));
        docs.setPlaceholder(noDocs);
        VBox.setVgrow(docs, Priority.ALWAYS);
        VBox left = new VBox(8, search, docs);
        left.setMinWidth(220);

        flow.getStyleClass().add("document-text");
        flow.setId("document-text");
        textScroll.setFitToWidth(true);
        textScroll.setId("document-scroll");
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        docPane.getChildren().add(Cards.muted(I18n.tr("sources.pick")));
        docPane.setMinWidth(300);

        spanList.setId("evidence-list");
        spanList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SourcesViewModel.Span s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label what = new Label(vm.label(s));
                what.setWrapText(true);
                what.maxWidthProperty().bind(spanList.widthProperty().subtract(36));
                what.getStyleClass().add("fact-title");
                String q = s.evidence().quote() != null ? "“" + s.evidence().quote() + "”" : s.evidence().note();
                Label quote = new Label(q == null ? "" : q);
                quote.setWrapText(true);
                quote.maxWidthProperty().bind(spanList.widthProperty().subtract(36));
                quote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                quote.getStyleClass().add("text-small");
                Button open = new Button(I18n.tr("sources.openFact"), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
                open.getStyleClass().addAll("flat", "small");
                open.setId("open-fact-" + s.evidence().id());
                open.setOnAction(e -> vm.openFact(s));
                open.setDisable(!s.target().exists());
                setGraphic(new VBox(4, what, quote, open));
            }
        });
        spanList.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.focus(s);
            }
        });
        spanList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && spanList.getSelectionModel().getSelectedItem() != null) {
                vm.openFact(spanList.getSelectionModel().getSelectedItem());
            }
        });
        Label noSpans = new Label(I18n.tr("sources.noEvidence"));
        noSpans.setWrapText(true);
        noSpans.getStyleClass().add("empty-state");
        spanList.setPlaceholder(noSpans);
        Label factsTitle = new Label(I18n.tr("sources.facts"));
        factsTitle.getStyleClass().add("section-title");
        VBox right = new VBox(6, factsTitle, spanList);
        VBox.setVgrow(spanList, Priority.ALWAYS);
        right.setMinWidth(220);

        SplitPane split = new SplitPane(left, docPane, right);
        split.setDividerPositions(0.24, 0.76);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, split);

        // drawing a document anew drops its highlight nodes: light the focused one again
        vm.openProperty().addListener((o, a, d) -> {
            render(d);
            focus(vm.focusedEvidenceProperty().get());
        });
        vm.focusedEvidenceProperty().addListener((o, a, id) -> focus(id));
    }

    private static String[] nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }

    private void render(SourcesViewModel.OpenDocument open) {
        spanNodes.clear();
        SourceDocument d = open.document();
        Label t = new Label(d.title());
        t.setId("document-title");
        t.getStyleClass().add("section-title");
        t.setWrapText(true);
        Label meta = new Label(String.join(" · ", nonNull(d.publisher(), d.country(), d.periodYear() == null ? null : d.periodYear().toString(),
                d.format())));
        meta.getStyleClass().addAll("text-muted", "text-small");
        meta.setWrapText(true);
        List<Node> nodes = new ArrayList<>(List.of(t, meta));
        if (d.url() != null && !d.url().isBlank()) {
            // a URL has no spaces to wrap at: one line, shortened in the middle, whole in the tooltip
            Label url = new Label(d.url());
            url.setId("document-url");
            url.getStyleClass().addAll("text-muted", "text-small");
            url.setWrapText(false);
            url.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            url.setMinWidth(0);
            url.setTooltip(new javafx.scene.control.Tooltip(d.url()));
            nodes.add(url);
        }
        String text = d.text();
        if (text == null || text.isEmpty()) {
            Label none = new Label(I18n.tr("sources.noText"));
            none.setWrapText(true);
            none.getStyleClass().add("empty-state");
            none.setId("document-no-text");
            nodes.add(none);
        } else {
            flow.getChildren().setAll(spans(text, open.spans()));
            nodes.add(textScroll);
            textScroll.setVvalue(0);
        }
        docPane.getChildren().setAll(nodes);
        spanList.getItems().setAll(open.spans());
    }

    /** The text cut into plain runs and highlighted runs; overlapping spans keep the earlier one. */
    private List<Node> spans(String text, List<SourcesViewModel.Span> spans) {
        List<Node> out = new ArrayList<>();
        List<SourcesViewModel.Span> usable = spans.stream().filter(s -> s.hasOffsets(text.length()))
                .sorted(java.util.Comparator.comparingInt(s -> s.evidence().startOffset())).toList();
        int pos = 0;
        for (SourcesViewModel.Span s : usable) {
            int start = s.evidence().startOffset();
            int end = s.evidence().endOffset();
            if (start < pos) {
                continue;
            }
            if (start > pos) {
                out.add(plain(text.substring(pos, start)));
            }
            Text h = new Text(text.substring(start, end));
            h.getStyleClass().add("evidence-span");
            h.setId("evidence-" + s.evidence().id());
            Tooltip.install(h, new Tooltip(vm.label(s) + (s.evidence().note() == null ? "" : " — " + s.evidence().note())));
            h.setOnMouseClicked(e -> vm.openFact(s));
            spanNodes.put(s.evidence().id(), h);
            out.add(h);
            pos = end;
        }
        if (pos < text.length()) {
            out.add(plain(text.substring(pos)));
        }
        return out;
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("plain-span");
        return t;
    }

    private void focus(Long evidenceId) {
        spanNodes.values().forEach(t -> t.getStyleClass().remove("evidence-span-selected"));
        if (evidenceId == null) {
            return;
        }
        spanList.getItems().stream().filter(s -> s.evidence().id().equals(evidenceId)).findFirst()
                .ifPresent(s -> spanList.getSelectionModel().select(s));
        Text t = spanNodes.get(evidenceId);
        if (t == null) {
            return;
        }
        t.getStyleClass().add("evidence-span-selected");
        Platform.runLater(() -> {
            Bounds b = t.getBoundsInParent();
            double contentHeight = flow.getBoundsInLocal().getHeight();
            double viewport = textScroll.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                textScroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (contentHeight - viewport))));
            }
        });
    }

    public SourcesViewModel viewModel() {
        return vm;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return docs;
    }

    @Override
    public void onShow() {
        vm.load();
    }

}
