package org.casetrack.ui.cases;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.casetrack.model.CaseFile;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The list of cases; Enter or a double click opens one. */
public final class CasesView implements View {

    private final CasesViewModel vm;
    private final VBox root = new VBox();
    private final TextField search = new TextField();

    public CasesView(AppContext ctx) {
        vm = new CasesViewModel(ctx);
        root.getStyleClass().add("page");
        root.setId("cases-view");
        Label title = new Label(I18n.tr("page.cases"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.tr("cases.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("cases-new");
        add.setOnAction(e -> vm.newCase());
        HBox head = new HBox(12, title, spacer, add);
        head.setAlignment(Pos.CENTER_LEFT);
        search.setId("cases-search");
        search.setPromptText(I18n.tr("cases.search"));
        search.setPrefColumnCount(30);
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox filters = new HBox(new FontIcon(MaterialDesignM.MAGNIFY), search);
        filters.getStyleClass().add("filter-bar");

        TableView<CaseFile> table = new TableView<>();
        table.setId("cases-table");
        table.getColumns().add(col("cases.col.title", CaseFile::title, 380));
        table.getColumns().add(col("cases.col.number", c -> Labels.orDash(c.caseNumber()), 150));
        table.getColumns().add(col("cases.col.country", c -> Labels.orDash(c.country()), 140));
        table.getColumns().add(col("cases.col.jurisdiction", c -> Labels.orDash(c.jurisdiction()), 160));
        table.getColumns().add(col("cases.col.status", c -> I18n.label(c.status()), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the store sorts by title and reads a page at a time: sorting the loaded rows would mislead
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setItems(vm.rows());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.createStringBinding(() -> !vm.loadedProperty().get() ? I18n.tr("status.loading")
                : vm.hasAny() ? I18n.tr("cases.noMatch") : I18n.tr("cases.empty"), vm.loadedProperty(), vm.rows()));
        table.setPlaceholder(empty);
        table.setRowFactory(tv -> {
            TableRow<CaseFile> row = new TableRow<>();
            // the next page is read when one of the last loaded rows comes into view
            row.indexProperty().addListener((o, a, i) -> {
                if (i.intValue() >= 0 && i.intValue() >= vm.rows().size() - 10 && vm.hasMore()) {
                    vm.loadMore();
                }
            });
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(head, filters, table);
    }

    private static TableColumn<CaseFile, String> col(String key, java.util.function.Function<CaseFile, String> f, double w) {
        TableColumn<CaseFile, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    public CasesViewModel viewModel() {
        return vm;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return search;
    }

    @Override
    public void onShow() {
        vm.load();
    }
}
