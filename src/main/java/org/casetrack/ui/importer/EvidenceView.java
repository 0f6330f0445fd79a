package org.casetrack.ui.importer;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casetrack.extract.Span;

/**
 * The report text, read-only, with one evidence span highlighted (a tinted band behind it,
 * the words in bold) and scrolled into view. The text is shown paragraph by paragraph in a
 * virtualised list, so long reports (hundreds of pages from a PDF) stay quick: only the
 * visible paragraphs are laid out. The highlighted words are a {@link Text} with id
 * {@code evidence-text}.
 */
final class EvidenceView extends ListView<EvidenceView.Paragraph> {

    /** One line or paragraph of the document: [start, end) in the document text. */
    record Paragraph(int start, int end) {
    }

    /** Cell padding, scroll bar and border: the text is laid out this much narrower than the list. */
    private static final double SIDE_PADDING = 52;

    private String document = "";
    private Span span;
    private final DoubleBinding textWidth = widthProperty().subtract(SIDE_PADDING);

    EvidenceView() {
        getStyleClass().add("evidence-view");
        setFocusTraversable(true);
        setCellFactory(v -> new ParagraphCell());
        textWidth.addListener((o, a, b) -> refresh()); // re-wrap every paragraph at the new width
    }

    /** Shows a document with nothing highlighted. */
    void setDocument(String text) {
        document = text == null ? "" : text;
        span = null;
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= document.length()) {
            int nl = document.indexOf('\n', start);
            int end = nl < 0 ? document.length() : nl;
            if (!document.substring(start, end).isBlank()) {
                paragraphs.add(new Paragraph(start, end));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        getItems().setAll(paragraphs);
        if (!paragraphs.isEmpty()) {
            scrollTo(0);
        }
    }

    /** Highlights span (clamped to the text) and scrolls it into view; null clears the highlight. */
    void show(Span s) {
        int len = document.length();
        if (s == null) {
            span = null;
        } else {
            int start = Math.max(0, Math.min(s.start(), len));
            span = new Span(start, Math.max(start, Math.min(s.end(), len)));
        }
        refresh();
        if (span != null) {
            for (int i = 0; i < getItems().size(); i++) {
                Paragraph p = getItems().get(i);
                if (p.end() > span.start() || i == getItems().size() - 1) {
                    scrollTo(i > 0 && p.start() >= span.start() ? i - 1 : i); // one paragraph of context above
                    break;
                }
            }
        }
    }

    /** The highlighted words (for tests and accessibility). */
    String evidenceText() {
        return span == null ? "" : document.substring(span.start(), span.end());
    }

    /** A paragraph: its text in a flow, and the highlight band behind the evidence in it. */
    private final class ParagraphCell extends ListCell<Paragraph> {

        private final ParagraphPane pane = new ParagraphPane();

        ParagraphCell() {
            getStyleClass().add("paragraph-cell");
            setPrefWidth(0); // the list decides the width: no horizontal scrolling
        }

        @Override
        protected void updateItem(Paragraph p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            pane.show(p);
            setGraphic(pane);
        }
    }

    private final class ParagraphPane extends Pane {

        private final TextFlow flow = new TextFlow();
        private final Path highlight = new Path();
        private int from = -1;
        private int to = -1;

        ParagraphPane() {
            highlight.getStyleClass().add("evidence-highlight");
            highlight.setManaged(false);
            highlight.setMouseTransparent(true);
            flow.getStyleClass().add("document-flow");
            getChildren().addAll(highlight, flow);
        }

        void show(Paragraph p) {
            List<Text> texts = new ArrayList<>();
            from = -1;
            to = -1;
            if (span != null && span.end() > p.start() && span.start() < p.end()) {
                int s = Math.max(span.start(), p.start());
                int e = Math.min(span.end(), p.end());
                texts.add(text(document.substring(p.start(), s), null));
                texts.add(text(document.substring(s, e), "evidence-text"));
                texts.add(text(document.substring(e, p.end()), null));
                from = s - p.start();
                to = e - p.start();
            } else {
                texts.add(text(document.substring(p.start(), p.end()), null));
            }
            flow.getChildren().setAll(texts);
            highlight.getElements().clear();
            requestLayout();
        }

        private Text text(String s, String id) {
            Text t = new Text(s);
            t.getStyleClass().add("document-text");
            if (id != null) {
                t.setId(id);
                t.getStyleClass().add("evidence-text");
            }
            return t;
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        /** Always the list's width less padding, so that measured and laid-out heights agree. */
        private double width() {
            return Math.max(50, textWidth.get());
        }

        @Override
        protected double computePrefWidth(double height) {
            return width();
        }

        @Override
        protected double computeMinWidth(double height) {
            return width();
        }

        @Override
        protected double computePrefHeight(double width) {
            return flow.prefHeight(width());
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double w = width();
            flow.resizeRelocate(0, 0, w, flow.prefHeight(w));
            flow.layout();
            if (from >= 0 && to > from) {
                highlight.getElements().setAll(flow.rangeShape(from, to));
            } else {
                highlight.getElements().clear();
            }
        }
    }
}
