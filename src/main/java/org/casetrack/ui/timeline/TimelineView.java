package org.casetrack.ui.timeline;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casetrack.model.EventType;
import org.casetrack.store.TimelineQuery;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.control.PartialDateField;
import org.casetrack.ui.control.PartialDates;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Every event, newest or oldest first, in a virtualised list fed page by page. */
public final class TimelineView implements View {

    private final TimelineViewModel vm;
    private final VBox root = new VBox();
    private final ListView<TimelineQuery.Row> list = new ListView<>();

    public TimelineView(AppContext ctx) {
        vm = new TimelineViewModel(ctx);
        root.getStyleClass().add("page");
        root.setId("timeline-view");
        Label title = new Label(I18n.tr("page.timeline"));
        title.getStyleClass().add("page-title");
        Label count = new Label();
        count.setId("timeline-count");
        count.getStyleClass().addAll("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            return TimelineViewModel.countText(vm.rows().size(), vm.totalProperty().get());
        }, vm.totalProperty(), vm.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(12, title, spacer, count);
        head.setAlignment(Pos.CENTER_LEFT);

        ComboBox<TimelineViewModel.Choice> person = choiceBox(vm.people(), "timeline.filter.person");
        person.setId("timeline-person");
        person.valueProperty().bindBidirectional(vm.personProperty());
        ComboBox<TimelineViewModel.Choice> caseBox = choiceBox(vm.cases(), "timeline.filter.case");
        caseBox.setId("timeline-case");
        caseBox.valueProperty().bindBidirectional(vm.caseProperty());
        CheckComboBox<EventType> types = new CheckComboBox<>();
        types.setId("timeline-types");
        types.getItems().addAll(EventType.values());
        types.setTitle(I18n.tr("timeline.filter.types"));
        types.setShowCheckedCount(true);
        types.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventType t) {
                return t == null ? "" : I18n.label(t);
            }

            @Override
            public EventType fromString(String s) {
                return null;
            }
        });
        types.getCheckModel().getCheckedItems().addListener((ListChangeListener<EventType>) c -> {
            var checked = java.util.Set.copyOf(types.getCheckModel().getCheckedItems());
            if (!checked.equals(vm.types())) {
                vm.types().retainAll(checked);
                vm.types().addAll(checked);
            }
        });
        vm.types().addListener((SetChangeListener<EventType>) c -> {
            if (vm.types().isEmpty() && !types.getCheckModel().getCheckedItems().isEmpty()) {
                types.getCheckModel().clearChecks();
            }
        });
        ComboBox<String> country = new ComboBox<>();
        country.setId("timeline-country");
        country.setPromptText(I18n.tr("timeline.filter.country"));
        vm.countries().addListener((ListChangeListener<String>) c -> {
            country.getItems().setAll((String) null);
            country.getItems().addAll(vm.countries());
        });
        country.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? I18n.tr("timeline.filter.country") : item);
            }
        });
        country.valueProperty().bindBidirectional(vm.countryProperty());
        HBox filters1 = new HBox(person, caseBox, types, country);
        filters1.getStyleClass().add("filter-bar");

        PartialDateField from = new PartialDateField();
        from.setId("timeline-from");
        from.textField().setPromptText(I18n.tr("date.promptShort"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        PartialDateField to = new PartialDateField();
        to.setId("timeline-to");
        to.textField().setPromptText(I18n.tr("date.promptShort"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        ToggleButton order = new ToggleButton();
        order.setId("timeline-order");
        order.setGraphic(new FontIcon(MaterialDesignS.SORT_CALENDAR_DESCENDING));
        order.selectedProperty().bindBidirectional(vm.newestFirstProperty());
        order.textProperty().bind(Bindings.when(vm.newestFirstProperty()).then(I18n.tr("timeline.newest")).otherwise(I18n.tr("timeline.oldest")));
        Button clear = new Button(I18n.tr("action.clearFilters"), new FontIcon(MaterialDesignF.FILTER_REMOVE));
        clear.setId("timeline-clear");
        clear.setOnAction(e -> {
            vm.clearFilters();
            from.textField().clear();
            to.textField().clear();
        });
        Label fromLabel = new Label(I18n.tr("timeline.filter.from"));
        fromLabel.setLabelFor(from.textField());
        Label toLabel = new Label(I18n.tr("timeline.filter.to"));
        toLabel.setLabelFor(to.textField());
        HBox filters2 = new HBox(fromLabel, from, toLabel, to, order, clear);
        filters2.getStyleClass().add("filter-bar");

        list.setId("timeline-list");
        list.setItems(vm.rows());
        list.setFixedCellSize(58);
        list.setCellFactory(lv -> new RowCell());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.when(vm.loadingProperty()).then(I18n.tr("status.loading")).otherwise(I18n.tr("timeline.empty")));
        list.setPlaceholder(empty);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.open(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(head, filters1, filters2, list);
    }

    private static ComboBox<TimelineViewModel.Choice> choiceBox(javafx.collections.ObservableList<TimelineViewModel.Choice> items, String promptKey) {
        ComboBox<TimelineViewModel.Choice> box = new ComboBox<>();
        box.setPromptText(I18n.tr(promptKey));
        box.setPrefWidth(220);
        items.addListener((ListChangeListener<TimelineViewModel.Choice>) c -> {
            box.getItems().setAll((TimelineViewModel.Choice) null);
            box.getItems().addAll(items);
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TimelineViewModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? I18n.tr(promptKey) : item.label());
            }
        });
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineViewModel.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? I18n.tr("filter.any") : item.label());
            }
        });
        return box;
    }

    /** One event: the date as written, its type, summary, people, case and place. */
    private final class RowCell extends ListCell<TimelineQuery.Row> {
        private final Label date = new Label();
        private final Label type = new Label();
        private final Label summary = new Label();
        private final Label meta = new Label();
        private final HBox box;

        RowCell() {
            date.getStyleClass().add("timeline-date");
            type.getStyleClass().addAll("chip", "timeline-type");
            summary.setMaxWidth(Double.MAX_VALUE);
            meta.getStyleClass().addAll("text-muted", "text-small");
            VBox text = new VBox(2, summary, meta);
            HBox.setHgrow(text, Priority.ALWAYS);
            box = new HBox(12, date, type, text);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("timeline-cell");
        }

        @Override
        protected void updateItem(TimelineQuery.Row r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Locale locale = I18n.locale();
            date.setText(r.date() == null ? I18n.tr("date.unknown") : PartialDates.format(r.date(), locale));
            type.setText(I18n.label(r.type()));
            summary.setText(r.summary());
            String people = r.persons().stream().map(TimelineQuery.PersonRef::name).collect(Collectors.joining(", "));
            StringBuilder m = new StringBuilder(people);
            if (r.caseTitle() != null) {
                m.append(m.length() > 0 ? " · " : "").append(r.caseTitle());
            }
            String place = r.place() == null ? r.country() : r.country() == null ? r.place() : r.place() + ", " + r.country();
            if (place != null) {
                m.append(m.length() > 0 ? " · " : "").append(place);
            }
            meta.setText(m.toString());
            if (r.date() != null && !r.date().isExact()) {
                setTooltip(new Tooltip(I18n.tr("timeline.range", PartialDates.format(org.casetrack.model.PartialDate.of(r.dateFrom()), locale),
                        PartialDates.format(org.casetrack.model.PartialDate.of(r.dateTo()), locale))));
            } else {
                setTooltip(null);
            }
            setGraphic(box);
            int index = getIndex();
            if (index >= getListView().getItems().size() - TimelineViewModel.PREFETCH) {
                // Not during layout: ask for the next page once this pulse is done.
                javafx.application.Platform.runLater(() -> vm.loadMoreNear(index));
            }
        }
    }

    public TimelineViewModel viewModel() {
        return vm;
    }

    public ListView<TimelineQuery.Row> list() {
        return list;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return list;
    }

    @Override
    public void onShow() {
        vm.start();
    }
}
