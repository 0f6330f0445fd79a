package org.casetrack.ui.upcoming;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.casetrack.model.ItemKind;
import org.casetrack.schedule.ScheduleItem;
import org.casetrack.schedule.Upcoming;

/**
 * State of the Upcoming screen: items loaded in a background {@link Task}, filters, rows
 * grouped by week, the badge count, and the commands (done, dismiss, open). Never touches a node.
 */
public final class UpcomingViewModel {

    /** What a row of the list is: a week heading, the overdue heading, or an item. */
    public record Row(LocalDate weekStart, boolean overdueHeader, ScheduleItem item) {
        public boolean isHeader() {
            return item == null;
        }
    }

    /** What the screen needs from the rest of the application. */
    public interface Backend {
        /**
         * The open items due from asOf to asOf + days and those overdue by up to overdueDays
         * (Integer.MAX_VALUE: all): the page reads only its range, not every item of the base.
         */
        List<ScheduleItem> load(LocalDate asOf, int days, int overdueDays);

        void markDone(String key);

        void dismiss(String key);

        /** A date the user entered for the item, replacing the computed one; null removes it. */
        void enterDate(String key, LocalDate date, String note);
    }

    private final Backend backend;
    private final Executor executor;
    private final Supplier<LocalDate> today;

    private final ObservableList<ScheduleItem> items = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(30);
    /** The day the list counts from (today unless the user picks another: old data has only past deadlines). */
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    /** How far back overdue items reach, in days; Integer.MAX_VALUE for all of them. */
    private final ObjectProperty<Integer> overdueDays = new SimpleObjectProperty<>(Upcoming.DEFAULT_OVERDUE_DAYS);
    private final ObjectProperty<ItemKind> kind = new SimpleObjectProperty<>();
    private final StringProperty person = new SimpleStringProperty("");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper dueThisWeek = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    /** Counts the loads asked for, so that only the newest one's answer is shown. */
    private long loads;
    private Consumer<Long> openPerson = id -> { };
    private Consumer<Long> openCase = id -> { };

    public UpcomingViewModel(Backend backend, Executor executor, Supplier<LocalDate> today) {
        this.backend = Objects.requireNonNull(backend);
        this.executor = Objects.requireNonNull(executor);
        this.today = Objects.requireNonNull(today);
        // the range is read from the store again; the other filters work on what was read
        days.addListener((o, a, b) -> refresh());
        asOf.addListener((o, a, b) -> refresh());
        overdueDays.addListener((o, a, b) -> refresh());
        kind.addListener((o, a, b) -> rebuild());
        person.addListener((o, a, b) -> rebuild());
        country.addListener((o, a, b) -> rebuild());
    }

    // ---- Properties

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObjectProperty<Integer> daysProperty() {
        return days;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<Integer> overdueDaysProperty() {
        return overdueDays;
    }

    public ObjectProperty<ItemKind> kindProperty() {
        return kind;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    /** Open items with a day between today and Sunday: the shell shows it as a badge. */
    public ReadOnlyIntegerProperty dueThisWeekProperty() {
        return dueThisWeek.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The day the list counts from: the chosen "as of" day, else today. */
    public LocalDate today() {
        return asOf.get() != null ? asOf.get() : today.get();
    }

    // ---- Commands

    /** Called with a person id when a row asks to open its person. */
    public void setOnOpenPerson(Consumer<Long> handler) {
        openPerson = handler == null ? id -> { } : handler;
    }

    /** Called with a case id when a row asks to open its case. */
    public void setOnOpenCase(Consumer<Long> handler) {
        openCase = handler == null ? id -> { } : handler;
    }

    public void open(ScheduleItem item) {
        if (item.personId() != null) {
            openPerson.accept(item.personId());
        } else if (item.caseId() != null) {
            openCase.accept(item.caseId());
        }
    }

    public void openCase(ScheduleItem item) {
        if (item.caseId() != null) {
            openCase.accept(item.caseId());
        }
    }

    public void refresh() {
        run(null);
    }

    public void markDone(ScheduleItem item) {
        run(() -> backend.markDone(item.key()));
    }

    public void dismiss(ScheduleItem item) {
        run(() -> backend.dismiss(item.key()));
    }

    /** Records the real date of an item (e.g. the day the copy of the verdict was handed over); null clears it. */
    public void enterDate(ScheduleItem item, LocalDate date, String note) {
        run(() -> backend.enterDate(item.key(), date, note == null || note.isBlank() ? null : note.strip()));
    }

    private void run(Runnable change) {
        loading.set(true);
        LocalDate from = today();
        // at least a week ahead, so the "due this week" badge counts every day to Sunday
        int ahead = Math.max(7, days.get() == null ? 30 : days.get());
        int back = overdueDays.get() == null ? Upcoming.DEFAULT_OVERDUE_DAYS : overdueDays.get();
        long generation = ++loads;
        Task<List<ScheduleItem>> task = new Task<>() {
            @Override
            protected List<ScheduleItem> call() {
                if (change != null) {
                    change.run();
                }
                return backend.load(from, ahead, back);
            }
        };
        task.setOnSucceeded(e -> {
            if (generation != loads) {
                return; // a newer range was asked for while this one was read
            }
            items.setAll(task.getValue());
            error.set(null);
            loading.set(false);
            rebuild();
        });
        task.setOnFailed(e -> {
            if (generation != loads) {
                return;
            }
            Throwable ex = task.getException();
            error.set(ex == null || ex.getMessage() == null ? "unknown error" : ex.getMessage());
            loading.set(false);
        });
        executor.execute(task);
    }

    private void rebuild() {
        LocalDate now = today();
        int n = days.get() == null ? 30 : days.get();
        int back = overdueDays.get() == null ? Upcoming.DEFAULT_OVERDUE_DAYS : overdueDays.get();
        String who = person.get() == null ? "" : person.get().strip().toLowerCase(Locale.ROOT);
        List<ScheduleItem> open = Upcoming.select(items, now, n, back);
        List<ScheduleItem> shown = open.stream()
                .filter(i -> kind.get() == null || i.kind() == kind.get())
                .filter(i -> who.isEmpty() || (i.personName() != null && i.personName().toLowerCase(Locale.ROOT).contains(who)))
                .filter(i -> country.get() == null || country.get().equals(i.country()))
                .toList();
        List<Row> out = new ArrayList<>();
        List<ScheduleItem> overdue = shown.stream().filter(i -> Upcoming.isOverdue(i, now)).toList();
        if (!overdue.isEmpty()) {
            out.add(new Row(null, true, null));
            overdue.forEach(i -> out.add(new Row(null, false, i)));
        }
        LocalDate week = null;
        for (ScheduleItem i : shown) {
            if (Upcoming.isOverdue(i, now)) {
                continue;
            }
            LocalDate from = i.due().from().isBefore(now) ? now : i.due().from();
            LocalDate start = from.with(DayOfWeek.MONDAY);
            if (!start.equals(week)) {
                week = start;
                out.add(new Row(start, false, null));
            }
            out.add(new Row(start, false, i));
        }
        rows.setAll(out);
        countries.setAll(items.stream().map(ScheduleItem::country).filter(Objects::nonNull).distinct().sorted().toList());
        dueThisWeek.set((int) Upcoming.dueThisWeek(items, now));
    }
}
