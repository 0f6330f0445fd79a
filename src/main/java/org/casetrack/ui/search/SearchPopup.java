package org.casetrack.ui.search;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Theme;
import org.casetrack.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The Ctrl+K search window: type, arrows to choose, Enter to open, Escape to close. */
public final class SearchPopup {

    private final VBox root;
    private final TextField field = new TextField();
    private final ListView<SearchViewModel.Hit> list = new ListView<>();

    public SearchPopup(SearchViewModel vm, Runnable close) {
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.setPromptText(I18n.tr("search.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        list.setId("search-results");
        list.setItems(vm.hits());
        list.setPrefHeight(360);
        list.setCellFactory(lv -> new HitCell());
        Label empty = new Label(I18n.tr("search.hint"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        vm.hits().addListener((javafx.collections.ListChangeListener<SearchViewModel.Hit>) c -> {
            if (!vm.hits().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        Runnable openSelected = () -> {
            SearchViewModel.Hit h = list.getSelectionModel().getSelectedItem();
            if (h != null) {
                close.run();
                vm.open(h);
            }
        };
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(10, field, list);
        root.getStyleClass().add("search-popup");
        root.setPrefWidth(620);
    }

    /** A result row; its nodes are made once and refilled, so that a keystroke only sets texts and icons. */
    private static final class HitCell extends ListCell<SearchViewModel.Hit> {
        private final FontIcon icon = new FontIcon(MaterialDesignA.ACCOUNT);
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(10, icon, label, detail);

        HitCell() {
            detail.getStyleClass().addAll("text-muted", "text-small");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SearchViewModel.Hit h, boolean empty) {
            super.updateItem(h, empty);
            if (empty || h == null) {
                setGraphic(null);
                return;
            }
            icon.setIconCode(switch (h.kind()) {
                case PERSON -> MaterialDesignA.ACCOUNT;
                case CASE -> MaterialDesignB.BRIEFCASE;
                case DOCUMENT -> MaterialDesignF.FILE_DOCUMENT;
            });
            label.setText(h.label());
            detail.setText(h.detail() == null ? "" : h.detail());
            setGraphic(box);
        }
    }

    public VBox root() {
        return root;
    }

    public TextField field() {
        return field;
    }

    /** Opens the search window over the owner. */
    public static Stage show(Window owner, AppContext ctx) {
        SearchViewModel vm = new SearchViewModel(ctx);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(I18n.tr("search.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        SearchPopup popup = new SearchPopup(vm, stage::close);
        Scene scene = new Scene(popup.root());
        scene.getStylesheets().add(Theme.appStylesheet());
        stage.setScene(scene);
        if (owner != null) {
            stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - 620) / 2));
            stage.setY(owner.getY() + 80);
        }
        stage.show();
        popup.field().requestFocus();
        vm.load();
        return stage;
    }
}
