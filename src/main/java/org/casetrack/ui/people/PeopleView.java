package org.casetrack.ui.people;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.store.PeopleQuery;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.Labels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The searchable, sortable list of people; Enter or a double click opens one. */
public final class PeopleView implements View {

    private final PeopleViewModel vm;
    private final VBox root = new VBox();
    private final TextField search = new TextField();
    private final TableView<PeopleViewModel.Row> table = new TableView<>();

    public PeopleView(AppContext ctx) {
        this.vm = new PeopleViewModel(ctx);
        root.getStyleClass().add("page");
        root.setId("people-view");
        Label title = new Label(I18n.tr("page.people"));
        title.getStyleClass().add("page-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.tr("people.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("people-new");
        add.setOnAction(e -> vm.newPerson());
        HBox head = new HBox(12, title, spacer, add);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        search.setId("people-search");
        search.setPromptText(I18n.tr("people.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(22);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                if (e.getCode() == KeyCode.ENTER && table.getItems().size() == 1) {
                    vm.open(table.getItems().get(0));
                }
            }
        });
        ComboBox<PersonStatus> status = enumBox(PersonStatus.class, "people.filter.status");
        status.setId("filter-status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<PersonRole> role = enumBox(PersonRole.class, "people.filter.role");
        role.setId("filter-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        ComboBox<String> country = new ComboBox<>();
        country.setId("filter-country");
        country.setPromptText(I18n.tr("people.filter.country"));
        country.getItems().add(null);
        vm.countries().addListener((javafx.collections.ListChangeListener<String>) c -> {
            country.getItems().setAll((String) null);
            country.getItems().addAll(vm.countries());
        });
        country.setButtonCell(promptCell(I18n.tr("people.filter.country"), s -> s));
        country.valueProperty().bindBidirectional(vm.countryProperty());
        Button clear = new Button(null, new FontIcon(MaterialDesignF.FILTER_REMOVE));
        clear.setId("filter-clear");
        clear.getStyleClass().addAll("button-icon", "flat");
        clear.setTooltip(new javafx.scene.control.Tooltip(I18n.tr("action.clearFilters")));
        clear.setOnAction(e -> vm.clearFilters());
        FontIcon magnify = new FontIcon(MaterialDesignM.MAGNIFY);
        HBox filters = new HBox(magnify, search, status, role, country, clear);
        filters.getStyleClass().add("filter-bar");

        table.setId("people-table");
        TableColumn<PeopleViewModel.Row, String> name = column("people.col.name", r -> r.matchedName() == null
                ? r.person().displayName() : r.person().displayName() + "  (" + r.matchedName() + ")");
        name.setPrefWidth(260);
        TableColumn<PeopleViewModel.Row, String> st = column("people.col.status", r -> I18n.label(r.person().status()));
        st.setPrefWidth(200);
        TableColumn<PeopleViewModel.Row, String> place = column("people.col.place", r -> Labels.orDash(r.person().placeOfDetention()));
        place.setPrefWidth(260);
        TableColumn<PeopleViewModel.Row, String> ctry = column("people.col.country", r -> Labels.orDash(r.person().country()));
        ctry.setPrefWidth(130);
        TableColumn<PeopleViewModel.Row, String> roles = column("people.col.roles", r -> Labels.enums(r.person().roles()));
        roles.setPrefWidth(260);
        table.getColumns().add(name);
        table.getColumns().add(st);
        table.getColumns().add(place);
        table.getColumns().add(ctry);
        table.getColumns().add(roles);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // sorting happens in the store (the list is paged): a header click asks for that order
        sortKey(name, PeopleQuery.Sort.NAME);
        sortKey(st, PeopleQuery.Sort.STATUS);
        sortKey(place, PeopleQuery.Sort.PLACE);
        sortKey(ctry, PeopleQuery.Sort.COUNTRY);
        roles.setSortable(false);
        table.setSortPolicy(t -> {
            TableColumn<PeopleViewModel.Row, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            PeopleQuery.Sort by = first == null ? PeopleQuery.Sort.NAME : (PeopleQuery.Sort) first.getUserData();
            vm.sortBy(by, first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        table.setItems(vm.rows());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> !vm.loadedProperty().get()
                ? I18n.tr("status.loading") : vm.hasAnyone() ? I18n.tr("people.noMatch") : I18n.tr("people.empty"),
                vm.loadedProperty(), vm.rows()));
        table.setPlaceholder(empty);
        table.setRowFactory(tv -> {
            TableRow<PeopleViewModel.Row> row = new TableRow<>();
            // the next page is read when one of the last loaded rows comes into view
            row.indexProperty().addListener((o, a, i) -> {
                if (i.intValue() >= 0 && i.intValue() >= vm.rows().size() - 10 && vm.hasMore()) {
                    vm.loadMore();
                }
            });
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
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
        VBox.setVgrow(table, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().addAll("text-muted", "text-small");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.totalProperty().get() >= PeopleViewModel.COUNT_CAP
                ? I18n.tr("people.countAtLeast", PeopleViewModel.COUNT_CAP) : I18n.tr("people.count", vm.totalProperty().get()),
                vm.totalProperty(), vm.rows()));
        root.getChildren().addAll(head, filters, table, count);
        root.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                s.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.getScene() != null && root.isVisible() && root.getParent() != null) {
                        vm.newPerson();
                    }
                });
            }
        });
    }

    private static void sortKey(TableColumn<PeopleViewModel.Row, String> column, PeopleQuery.Sort sort) {
        column.setUserData(sort);
    }

    private static <E extends Enum<E>> ComboBox<E> enumBox(Class<E> type, String promptKey) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(type.getEnumConstants());
        box.setPromptText(I18n.tr(promptKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? I18n.tr(promptKey) : I18n.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.setButtonCell(promptCell(I18n.tr(promptKey), I18n::label));
        return box;
    }

    private static <T> ListCell<T> promptCell(String prompt, java.util.function.Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : label.apply(item));
            }
        };
    }

    private static TableColumn<PeopleViewModel.Row, String> column(String key, java.util.function.Function<PeopleViewModel.Row, String> f) {
        TableColumn<PeopleViewModel.Row, String> c = new TableColumn<>(I18n.tr(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    public PeopleViewModel viewModel() {
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
