package org.casetrack.ui.upcoming;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.casetrack.model.ItemKind;
import org.casetrack.schedule.ScheduleItem;
import org.casetrack.schedule.ScheduleService;
import org.casetrack.schedule.Upcoming;
import org.casetrack.store.Database;

/**
 * The Upcoming screen, built in code: range toggles, filters, a list grouped by week with
 * overdue items first, and Done/Dismiss/Open on each row. The shell registers it with
 * {@link #node()}, shows {@link UpcomingViewModel#dueThisWeekProperty()} as a badge, and
 * hooks {@link UpcomingViewModel#setOnOpenPerson} / {@link UpcomingViewModel#setOnOpenCase}.
 */
public final class UpcomingView {

    public static final String BUNDLE = "org.casetrack.ui.upcoming.upcoming";

    private final UpcomingViewModel model;
    private final ResourceBundle text;
    private final BorderPane root = new BorderPane();
    private final DateTimeFormatter dates;

    public UpcomingView(UpcomingViewModel model, Locale locale) {
        this.model = model;
        this.text = ResourceBundle.getBundle(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        build();
    }

    /** A view over a database; loading runs on one background thread. */
    public static UpcomingView forDatabase(Database db, Locale locale, Consumer<Long> openPerson, Consumer<Long> openCase) {
        ScheduleService service = new ScheduleService(db);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "upcoming-loader");
            t.setDaemon(true);
            return t;
        });
        UpcomingViewModel vm = new UpcomingViewModel(new UpcomingViewModel.Backend() {
            @Override
            public java.util.List<ScheduleItem> load(LocalDate asOf, int days, int overdueDays) {
                return service.upcoming(asOf, days, overdueDays);
            }

            @Override
            public void markDone(String key) {
                service.markDone(key);
            }

            @Override
            public void dismiss(String key) {
                service.dismiss(key);
            }

            @Override
            public void enterDate(String key, LocalDate date, String note) {
                service.enterDate(key, date, note);
            }
        }, executor, LocalDate::now);
        vm.setOnOpenPerson(openPerson);
        vm.setOnOpenCase(openCase);
        UpcomingView view = new UpcomingView(vm, locale);
        vm.refresh();
        return view;
    }

    public Node node() {
        return root;
    }

    public UpcomingViewModel model() {
        return model;
    }

    public String title() {
        return text.getString("title");
    }

    private void build() {
        root.setId("upcoming");
        root.setPadding(new Insets(8));

        ToggleGroup range = new ToggleGroup();
        HBox toolbar = new HBox(6);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        for (int d : new int[] {7, 30, 90}) {
            ToggleButton b = new ToggleButton(text.getString("range." + d));
            b.setId("range-" + d);
            b.setToggleGroup(range);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setSelected(model.daysProperty().get() == d);
            b.setOnAction(e -> {
                if (b.isSelected()) {
                    model.daysProperty().set(d);
                } else {
                    b.setSelected(true);
                }
            });
            toolbar.getChildren().add(b);
        }
        ComboBox<ItemKind> kind = new ComboBox<>();
        kind.setId("filter-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(ItemKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemKind k) {
                return k == null ? text.getString("filter.kind.all") : kindName(k);
            }

            @Override
            public ItemKind fromString(String s) {
                return null;
            }
        });
        kind.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ItemKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(k == null ? text.getString("filter.kind.all") : kindName(k));
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());

        TextField person = new TextField();
        person.setId("filter-person");
        person.setPromptText(text.getString("filter.person.prompt"));
        person.textProperty().bindBidirectional(model.personProperty());

        ComboBox<String> country = new ComboBox<>();
        country.setId("filter-country");
        country.setPromptText(text.getString("filter.country.all"));
        country.getItems().add(null);
        model.countries().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String keep = country.getValue();
            country.getItems().setAll(model.countries());
            country.getItems().add(0, null);
            country.setValue(keep);
        });
        country.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(s == null ? text.getString("filter.country.all") : s);
            }
        });
        country.valueProperty().bindBidirectional(model.countryProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Button refresh = new Button(text.getString("refresh"));
        refresh.setId("refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        kind.setMinWidth(150);
        country.setMinWidth(140);
        person.setMinWidth(120);
        toolbar.getChildren().addAll(kind, person, country, spacer, busy, refresh);

        ListView<UpcomingViewModel.Row> list = new ListView<>(model.rows());
        list.setId("upcoming-list");
        list.setCellFactory(v -> new RowCell());
        // while the items are read, say so: at 100,000 persons "nothing due" showed for seconds before the list
        Label empty = new Label();
        empty.setId("upcoming-placeholder");
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(text.getString("loading")).otherwise(text.getString("empty")));
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            UpcomingViewModel.Row r = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && r != null && !r.isHeader()) {
                model.open(r.item());
            }
        });

        Label error = new Label();
        error.setId("upcoming-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.errorProperty().get() == null ? ""
                : MessageFormat.format(text.getString("error"), model.errorProperty().get()), model.errorProperty()));
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        // a page title like the other pages, then when the list counts from and how far back
        Label title = new Label(text.getString("title"));
        title.getStyleClass().add("page-title");
        javafx.scene.control.DatePicker asOf = new javafx.scene.control.DatePicker(model.today());
        asOf.setId("as-of");
        asOf.setPromptText(text.getString("asOf"));
        asOf.valueProperty().addListener((o, a, d) -> model.asOfProperty().set(d));
        ComboBox<Integer> overdue = new ComboBox<>();
        overdue.setId("overdue-range");
        overdue.getItems().addAll(30, 365, 5 * 365, Integer.MAX_VALUE);
        StringConverter<Integer> overdueText = new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d == Integer.MAX_VALUE ? text.getString("overdue.all")
                        : d == 30 ? text.getString("overdue.month") : d == 365 ? text.getString("overdue.year") : text.getString("overdue.fiveYears");
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        overdue.setConverter(overdueText);
        overdue.valueProperty().bindBidirectional(model.overdueDaysProperty());
        Label asOfLabel = new Label(text.getString("asOf"));
        Label overdueLabel = new Label(text.getString("overdue.range"));
        HBox when = new HBox(6, asOfLabel, asOf, overdueLabel, overdue);
        when.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, when, toolbar, error);
        top.setPadding(new Insets(0, 0, 6, 0));
        root.setTop(top);
        root.setCenter(list);
    }

    String kindName(ItemKind k) {
        return text.getString("kind." + k.code());
    }

    private String dateText(ScheduleItem i) {
        if (i.due().isExact()) {
            return dates.format(i.due().from());
        }
        return MessageFormat.format(text.getString("window"), dates.format(i.due().from()), dates.format(i.due().to()));
    }

    /** Asks for the real date of an item in a small dialog. */
    private void askDate(ScheduleItem item) {
        javafx.scene.control.Dialog<LocalDate> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(text.getString("enter.date.title"));
        dialog.setHeaderText((item.personName() == null ? "" : item.personName() + " — ") + item.title());
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(item.due().from());
        TextField note = new TextField(item.note() == null ? "" : item.note());
        note.setPromptText(text.getString("enter.date.note"));
        VBox content = new VBox(8, picker, note);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? picker.getValue() : null);
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(d -> model.enterDate(item, d, note.getText()));
    }

    /** A week heading, or an item with its buttons. */
    private final class RowCell extends ListCell<UpcomingViewModel.Row> {
        @Override
        protected void updateItem(UpcomingViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setGraphic(null);
            getStyleClass().removeAll("upcoming-header", "upcoming-overdue");
            if (empty || row == null) {
                return;
            }
            if (row.isHeader()) {
                Label l = new Label(row.overdueHeader() ? text.getString("overdue")
                        : MessageFormat.format(text.getString("week"), dates.format(row.weekStart())));
                l.setStyle("-fx-font-weight: bold;");
                getStyleClass().add("upcoming-header");
                setGraphic(l);
                return;
            }
            ScheduleItem i = row.item();
            boolean overdue = Upcoming.isOverdue(i, model.today());
            Label date = new Label(dateText(i));
            date.setMinWidth(200);
            date.setPrefWidth(200);
            date.setMaxWidth(200);
            date.setWrapText(true);
            if (overdue) {
                date.getStyleClass().add("danger"); // AtlantaFX colours it with the theme's danger colour
                date.setStyle("-fx-font-weight: bold;");
                getStyleClass().add("upcoming-overdue");
            }
            Label what = new Label((i.personName() == null ? "" : i.personName() + " — ") + kindName(i.kind()) + ": " + i.title());
            what.setStyle("-fx-font-weight: bold;");
            Label how = new Label(i.explanation() + " · " + text.getString(i.computed() ? "computed" : "entered"));
            how.setWrapText(true);
            how.setStyle("-fx-font-size: 0.9em; -fx-opacity: 0.8;");
            if (i.basis() != null) {
                how.setTooltip(new Tooltip(i.basis()));
            }
            VBox middle = new VBox(2, what, how);
            HBox.setHgrow(middle, Priority.ALWAYS);
            Hyperlink openPerson = new Hyperlink(text.getString("open.person"));
            openPerson.setDisable(i.personId() == null);
            openPerson.setOnAction(e -> model.open(i));
            Hyperlink openCase = new Hyperlink(text.getString("open.case"));
            openCase.setDisable(i.caseId() == null);
            openCase.setOnAction(e -> model.openCase(i));
            Button done = new Button(text.getString("done"));
            done.getStyleClass().add("item-done");
            done.setOnAction(e -> model.markDone(i));
            Button dismiss = new Button(text.getString("dismiss"));
            dismiss.getStyleClass().add("item-dismiss");
            dismiss.setOnAction(e -> model.dismiss(i));
            javafx.scene.control.MenuItem enter = new javafx.scene.control.MenuItem(text.getString("enter.date"));
            enter.setOnAction(e -> askDate(i));
            javafx.scene.control.MenuItem clear = new javafx.scene.control.MenuItem(text.getString("clear.date"));
            clear.setOnAction(e -> model.enterDate(i, null, null));
            clear.setDisable(!i.isOverridden());
            javafx.scene.control.MenuButton more = new javafx.scene.control.MenuButton("…", null, enter, clear);
            more.getStyleClass().add("item-more");
            HBox box = new HBox(10, date, middle, openPerson, openCase, done, dismiss, more);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
