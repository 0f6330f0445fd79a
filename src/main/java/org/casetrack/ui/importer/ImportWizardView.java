package org.casetrack.ui.importer;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.casetrack.importer.ImportService;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.importer.ImportWizardViewModel.Step;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The import review wizard: choose a report, watch it being read, review what was found
 * against the report's own words, then store the accepted part in one transaction.
 * Builds nodes and binds them to {@link ImportWizardViewModel}; holds no state of its own.
 */
public final class ImportWizardView implements View {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

    private final AppContext ctx;
    private final ImportWizardViewModel vm;
    private final WizardText text;
    private final BorderPane root = new BorderPane();
    private final TextField pathField = new TextField();
    private final EvidenceView evidence = new EvidenceView();
    private final ScrollPane groupScroll = new ScrollPane();

    /** The wizard in the shell's current language. */
    public ImportWizardView(AppContext ctx) {
        this(ctx, new WizardText(I18n.locale()));
    }

    ImportWizardView(AppContext ctx, WizardText text) {
        this.ctx = ctx;
        this.text = text;
        this.vm = new ImportWizardViewModel(new ImportService(ctx.db()), ctx.runner(), fxThread(), text);
        root.getStyleClass().add("import-wizard");
        root.getStylesheets().add(ImportWizardView.class.getResource("wizard.css").toExternalForm());
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setTop(header());
        StackPane steps = new StackPane(choosePane(), readingPane(), reviewPane(), committingPane(), donePane());
        BorderPane.setMargin(steps, new Insets(16, 0, 0, 0));
        root.setCenter(steps);
    }

    /** Runs on the FX thread: at once when already there. */
    private static Executor fxThread() {
        return r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        };
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return pathField;
    }

    /** The view model, for tests and screenshots. */
    ImportWizardViewModel viewModel() {
        return vm;
    }

    // ---- Header: title and the four steps ---------------------------------------------

    private Node header() {
        Label title = new Label(text.tr("wizard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        HBox steps = new HBox(8);
        steps.getStyleClass().add("wizard-steps");
        steps.setAlignment(Pos.CENTER_LEFT);
        String[] keys = {"step.choose", "step.read", "step.review", "step.done"};
        for (int i = 0; i < keys.length; i++) {
            int index = i;
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            Label name = new Label(text.tr(keys[i]));
            HBox step = new HBox(6, number, name);
            step.setAlignment(Pos.CENTER_LEFT);
            step.getStyleClass().add("wizard-step");
            Runnable update = () -> {
                int now = stepIndex(vm.step());
                step.pseudoClassStateChanged(ACTIVE, now == index);
                step.pseudoClassStateChanged(PASSED, now > index);
            };
            vm.stepProperty().addListener((o, a, b) -> update.run());
            update.run();
            steps.getChildren().add(step);
            if (i < keys.length - 1) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                steps.getChildren().add(line);
            }
        }
        VBox box = new VBox(10, title, steps);
        return box;
    }

    private static int stepIndex(Step s) {
        return switch (s) {
            case CHOOSE -> 0;
            case READING -> 1;
            case REVIEW -> 2;
            case COMMITTING, DONE -> 3;
        };
    }

    private void showOn(Node pane, Step... steps) {
        List<Step> on = List.of(steps);
        pane.visibleProperty().bind(Bindings.createBooleanBinding(() -> on.contains(vm.step()), vm.stepProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    // ---- Step 1: choose ---------------------------------------------------------------

    private Node choosePane() {
        Label intro = new Label(text.tr("choose.intro"));
        intro.setWrapText(true);

        pathField.setId("path-field");
        pathField.setPromptText(text.tr("choose.path.prompt"));
        pathField.textProperty().bindBidirectional(vm.pathProperty());
        pathField.setOnAction(e -> vm.read());
        HBox.setHgrow(pathField, Priority.ALWAYS);
        Button browse = new Button(text.tr("choose.browse"), new FontIcon(MaterialDesignF.FOLDER_OPEN));
        browse.setId("browse-button");
        browse.setOnAction(e -> browse());
        HBox pathRow = new HBox(8, pathField, browse);
        pathRow.setAlignment(Pos.CENTER_LEFT);

        FontIcon dropIcon = new FontIcon(MaterialDesignF.FILE_UPLOAD_OUTLINE);
        dropIcon.getStyleClass().add("drop-icon");
        Label dropText = new Label(text.tr("choose.drop"));
        Label formats = new Label(text.tr("choose.formats"));
        formats.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox drop = new VBox(6, dropIcon, dropText, formats);
        drop.setId("drop-zone");
        drop.getStyleClass().add("drop-zone");
        drop.setAlignment(Pos.CENTER);
        drop.setMinHeight(160);

        Label notice = messageLabel("notice-label", vm.noticeProperty(), Styles.SUCCESS, new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        Label error = messageLabel("error-label", vm.errorProperty(), Styles.DANGER, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));

        Button read = new Button(text.tr("choose.read"));
        read.setId("read-button");
        read.getStyleClass().add(Styles.ACCENT);
        read.setDefaultButton(true);
        read.setOnAction(e -> vm.read());
        read.disableProperty().bind(vm.canReadProperty().not());
        HBox actions = new HBox(read);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox pane = new VBox(14, intro, pathRow, drop, notice, error, actions);
        pane.setId("choose-pane");
        pane.setMaxWidth(760);
        pane.setFillWidth(true);
        StackPane.setAlignment(pane, Pos.TOP_LEFT);
        pane.setOnDragOver(e -> dragOver(e, drop));
        pane.setOnDragExited(e -> drop.pseudoClassStateChanged(DRAG_OVER, false));
        pane.setOnDragDropped(this::dropped);
        showOn(pane, Step.CHOOSE);
        return pane;
    }

    private Label messageLabel(String id, javafx.beans.value.ObservableStringValue message, String style, FontIcon icon) {
        Label label = new Label();
        label.setId(id);
        label.setGraphic(icon);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(message);
        label.visibleProperty().bind(Bindings.isNotEmpty(message));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.tr("choose.dialog.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.tr("choose.filter.reports"),
                        ImportWizardViewModel.EXTENSIONS.stream().map(x -> "*." + x).toList()),
                new FileChooser.ExtensionFilter(text.tr("choose.filter.all"), "*.*"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            vm.choose(file.toPath());
        }
    }

    private void dragOver(DragEvent e, Node drop) {
        if (vm.step() == Step.CHOOSE && e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1
                && ImportWizardViewModel.isReport(e.getDragboard().getFiles().get(0).toPath())) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            drop.pseudoClassStateChanged(DRAG_OVER, true);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = false;
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
            Path p = e.getDragboard().getFiles().get(0).toPath();
            if (ImportWizardViewModel.isReport(p)) {
                vm.choose(p);
                ok = true;
            }
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    // ---- Step 2: reading --------------------------------------------------------------

    private Node readingPane() {
        Label title = new Label(text.tr("reading.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressBar bar = new ProgressBar();
        bar.setId("reading-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("reading-message");
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(vm.progressMessageProperty());
        Label safe = new Label(text.tr("reading.safe"));
        safe.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Button cancel = new Button(text.tr("action.cancel"));
        cancel.setId("cancel-reading-button");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        VBox pane = new VBox(12, title, bar, message, safe, cancel);
        pane.setId("reading-pane");
        pane.setAlignment(Pos.CENTER);
        showOn(pane, Step.READING);
        return pane;
    }

    // ---- Step 3: review ---------------------------------------------------------------

    private Node reviewPane() {
        Label doc = new Label();
        doc.getStyleClass().add(Styles.TITLE_4);
        doc.textProperty().bind(vm.documentTitleProperty());
        doc.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        Label hint = new Label(text.tr("review.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox top = new VBox(4, doc, hint);

        VBox groups = new VBox(18);
        groups.getStyleClass().add("candidate-groups");
        groups.setPadding(new Insets(4, 14, 12, 2));
        for (CandidateGroup g : CandidateGroup.values()) {
            groups.getChildren().add(groupSection(g));
        }
        groupScroll.setContent(groups);
        groupScroll.setId("candidate-scroll");
        groupScroll.setFitToWidth(true);
        groupScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        groupScroll.getStyleClass().add("edge-to-edge");

        Label evidenceTitle = new Label(text.tr("review.evidence"));
        evidenceTitle.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        evidenceTitle.setPadding(new Insets(0, 0, 6, 4));
        vm.documentTextProperty().addListener((o, a, b) -> evidence.setDocument(b));
        vm.selectedEvidenceProperty().addListener((o, a, b) -> evidence.show(b));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        VBox right = new VBox(evidenceTitle, evidence);
        right.setPadding(new Insets(0, 0, 0, 12));

        SplitPane split = new SplitPane(groupScroll, right);
        split.setDividerPositions(0.52);
        split.getStyleClass().add("review-split");

        Label error = messageLabel("review-error-label", vm.errorProperty(), Styles.DANGER, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        Label count = new Label();
        count.setId("accepted-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> text.tr("review.count", vm.acceptedCountProperty().get(), vm.candidateCountProperty().get()),
                vm.acceptedCountProperty(), vm.candidateCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(text.tr("action.cancel"));
        cancel.setId("cancel-button");
        cancel.setOnAction(e -> cancelReview());
        Button commit = new Button(text.tr("review.commit"));
        commit.setId("commit-button");
        commit.getStyleClass().add(Styles.ACCENT);
        commit.disableProperty().bind(vm.acceptedCountProperty().isEqualTo(0));
        commit.setOnAction(e -> vm.commit());
        Label expected = new Label();
        expected.setId("expected-label");
        expected.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        expected.textProperty().bind(vm.expectedTextProperty());
        HBox bottom = new HBox(12, error, spacer, expected, count, cancel, commit);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        BorderPane pane = new BorderPane(split, top, null, bottom, null);
        BorderPane.setMargin(top, new Insets(0, 0, 12, 0));
        pane.setId("review-pane");
        showOn(pane, Step.REVIEW);
        return pane;
    }

    private void cancelReview() {
        if (!vm.changedProperty().get() || ctx.dialogs().confirm(text.tr("review.discard"))) {
            vm.cancel();
        }
    }

    private Node groupSection(CandidateGroup g) {
        ObservableList<CandidateRow> rows = vm.rows(g);
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> text.tr(g.titleKey()) + "  " + rows.size(), rows));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        String group = g.name().toLowerCase(java.util.Locale.ROOT);
        Button accept = new Button(text.tr("group.acceptAll"));
        accept.setId("accept-all-" + group);
        accept.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        accept.setOnAction(e -> vm.acceptAll(g));
        Button reject = new Button(text.tr("group.rejectAll"));
        reject.setId("reject-all-" + group);
        reject.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        reject.setOnAction(e -> vm.rejectAll(g));
        accept.disableProperty().bind(Bindings.isEmpty(rows));
        reject.disableProperty().bind(Bindings.isEmpty(rows));
        HBox head = new HBox(6, title, spacer, accept, reject);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("group-header");

        VBox list = new VBox(2);
        list.setId("group-" + group);
        Label none = new Label(text.tr("group.none"));
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        none.setPadding(new Insets(2, 0, 0, 8));
        Runnable fill = () -> {
            list.getChildren().clear();
            if (rows.isEmpty()) {
                list.getChildren().add(none);
            }
            for (CandidateRow r : rows) {
                list.getChildren().add(rowNode(r));
            }
        };
        rows.addListener((ListChangeListener<CandidateRow>) c -> fill.run());
        fill.run();
        return new VBox(6, head, list);
    }

    private Node rowNode(CandidateRow row) {
        CheckBox accept = new CheckBox();
        accept.setId("accept-" + row.id());
        accept.selectedProperty().bindBidirectional(row.acceptedProperty());
        accept.disableProperty().bind(row.orphanProperty());
        accept.setTooltip(new Tooltip(text.tr("row.accept")));

        Label title = new Label();
        title.textProperty().bind(row.titleProperty());
        title.getStyleClass().add("candidate-title");
        title.setWrapText(true);
        Label detail = new Label();
        detail.textProperty().bind(row.detailProperty());
        detail.getStyleClass().addAll("candidate-detail", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        detail.setWrapText(true);
        VBox texts = new VBox(2, title, detail);
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMinWidth(0);

        Label edited = new Label(text.tr("row.edited"));
        edited.getStyleClass().addAll("edited-badge", Styles.TEXT_SMALL);
        edited.visibleProperty().bind(row.editedProperty());
        edited.managedProperty().bind(edited.visibleProperty());

        Button edit = new Button(null, new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("edit-" + row.id());
        edit.setVisible(!row.isChange()); // a proposed change is taken or left as it is
        edit.setManaged(!row.isChange());
        edit.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        edit.setTooltip(new Tooltip(text.tr("row.edit")));
        edit.setOnAction(e -> {
            vm.selectedProperty().set(row);
            Window owner = root.getScene() == null ? null : root.getScene().getWindow();
            new CandidateEditor(text).edit(owner, row).ifPresent(vm::replace);
        });

        Label known = new Label(text.tr("row.known"));
        known.setId("known-" + row.id());
        known.getStyleClass().addAll("known-badge", Styles.TEXT_SMALL);
        known.visibleProperty().bind(row.knownProperty());
        known.managedProperty().bind(known.visibleProperty());
        HBox node = new HBox(10, accept, texts, known, edited, edit);
        node.setId("row-" + row.id());
        node.getStyleClass().add("candidate-row");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(6, 8, 6, 8));
        node.setOnMouseClicked(e -> vm.selectedProperty().set(row));
        accept.focusedProperty().addListener((o, a, b) -> {
            if (b) {
                vm.selectedProperty().set(row);
            }
        });
        Runnable states = () -> {
            boolean selected = vm.selectedProperty().get() == row;
            if (selected && !node.getPseudoClassStates().contains(SELECTED)) {
                Platform.runLater(() -> scrollIntoView(node));
            }
            node.pseudoClassStateChanged(SELECTED, selected);
            node.pseudoClassStateChanged(REJECTED, !row.isAccepted());
        };
        // weak listeners: rows are rebuilt for each report, the view model outlives them
        javafx.beans.InvalidationListener l = o -> states.run();
        node.getProperties().put("states-listener", l);
        vm.selectedProperty().addListener(new javafx.beans.WeakInvalidationListener(l));
        row.acceptedProperty().addListener(l);
        states.run();
        return node;
    }

    /** Scrolls the candidate list just enough to show node. */
    private void scrollIntoView(Node node) {
        Node content = groupScroll.getContent();
        if (node.getScene() == null || content == null) {
            return;
        }
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = groupScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = groupScroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            groupScroll.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            groupScroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }

    // ---- Step 4: committing and summary ------------------------------------------------

    private Node committingPane() {
        Label title = new Label(text.tr("committing.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(420);
        VBox pane = new VBox(12, title, bar);
        pane.setId("committing-pane");
        pane.setAlignment(Pos.CENTER);
        showOn(pane, Step.COMMITTING);
        return pane;
    }

    private Node donePane() {
        FontIcon icon = new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        icon.getStyleClass().add("done-icon");
        Label title = new Label();
        title.setId("done-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(vm.doneTitleProperty());
        HBox head = new HBox(12, icon, title);
        head.setAlignment(Pos.CENTER_LEFT);

        VBox lines = new VBox(6);
        lines.setId("summary-lines");
        lines.getStyleClass().add("summary-lines");
        ObservableList<String> summary = vm.summaryLines();
        Runnable fill = () -> lines.getChildren().setAll(summary.stream().map(s -> {
            Label l = new Label(s);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        summary.addListener((ListChangeListener<String>) c -> fill.run());
        lines.getProperties().put("summary", summary); // keep the list the listener lives on

        Button again = new Button(text.tr("done.again"));
        again.setId("again-button");
        again.getStyleClass().add(Styles.ACCENT);
        again.setOnAction(e -> vm.startOver());
        Button open = new Button(text.tr("done.open"));
        open.setId("open-document-button");
        open.visibleProperty().bind(vm.documentIdProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> {
            Long id = vm.documentIdProperty().get();
            if (id != null) {
                ctx.navigator().go(Route.document(id, null));
            }
        });
        HBox actions = new HBox(10, again, open);

        VBox pane = new VBox(18, head, lines, actions);
        pane.setId("done-pane");
        pane.setMaxWidth(760);
        StackPane.setAlignment(pane, Pos.TOP_LEFT);
        showOn(pane, Step.DONE);
        return pane;
    }
}
