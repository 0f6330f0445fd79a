package org.casetrack.ui.importer;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casetrack.extract.Span;

/**
 * The report text, read-only, with one evidence span highlighted (a tinted band behind it,
 * the words in bold) and scrolled into view. Text before and after the span are separate
 * {@link Text} nodes so the evidence can be styled and looked up ({@code #evidence-text}).
 */
final class EvidenceView extends ScrollPane {

    private static final double PAD = 16;

    private final Text before = new Text();
    private final Text evidence = new Text();
    private final Text after = new Text();
    private final TextFlow flow = new TextFlow(before, evidence, after);
    private final Path highlight = new Path();
    private final Page page = new Page();
    private String document = "";
    private Span span;
    private boolean scrollPending;

    EvidenceView() {
        getStyleClass().add("evidence-view");
        evidence.setId("evidence-text");
        before.getStyleClass().add("document-text");
        after.getStyleClass().add("document-text");
        evidence.getStyleClass().addAll("document-text", "evidence-text");
        highlight.getStyleClass().add("evidence-highlight");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        flow.getStyleClass().add("document-flow");
        page.getChildren().addAll(highlight, flow);
        page.getStyleClass().add("document-page");
        setContent(page);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(true);
        flow.needsLayoutProperty().addListener((o, a, b) -> {
            if (!b) {
                afterLayout();
            }
        });
        viewportBoundsProperty().addListener((o, a, b) -> page.requestLayout());
    }

    /** Shows a document with nothing highlighted. */
    void setDocument(String text) {
        document = text == null ? "" : text;
        show(null);
    }

    /** Highlights span (clamped to the text) and scrolls it into view; null clears the highlight. */
    void show(Span s) {
        int len = document.length();
        int start = s == null ? len : Math.max(0, Math.min(s.start(), len));
        int end = s == null ? len : Math.max(start, Math.min(s.end(), len));
        span = s == null ? null : new Span(start, end);
        before.setText(document.substring(0, start));
        evidence.setText(document.substring(start, end));
        after.setText(document.substring(end));
        highlight.getElements().clear();
        scrollPending = span != null;
        if (span == null) {
            setVvalue(0);
        }
        page.requestLayout();
        flow.requestLayout();
    }

    /** The highlighted words (for tests and accessibility). */
    String evidenceText() {
        return evidence.getText();
    }

    private void afterLayout() {
        highlight.getElements().clear();
        if (span == null || span.length() == 0) {
            return;
        }
        highlight.getElements().setAll(flow.rangeShape(span.start(), span.end()));
        highlight.setLayoutX(flow.getLayoutX());
        highlight.setLayoutY(flow.getLayoutY());
        if (scrollPending) {
            scrollPending = false;
            Bounds b = highlight.getBoundsInParent();
            double viewport = getViewportBounds().getHeight();
            double content = page.getHeight();
            if (content > viewport && viewport > 0) {
                double target = b.getMinY() - Math.max(0, (viewport - b.getHeight()) / 3);
                setVvalue(Math.max(0, Math.min(1, target / (content - viewport))));
            } else {
                setVvalue(0);
            }
        }
    }

    /** Lays the text flow out at the viewport's width, with a margin. */
    private final class Page extends Pane {
        @Override
        protected void layoutChildren() {
            double w = Math.max(0, getWidth() - 2 * PAD);
            flow.resizeRelocate(PAD, PAD, w, flow.prefHeight(w));
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = (width < 0 ? getViewportBounds().getWidth() : width) - 2 * PAD;
            return flow.prefHeight(Math.max(0, w)) + 2 * PAD;
        }

        @Override
        protected double computePrefWidth(double height) {
            return 200;
        }
    }
}
