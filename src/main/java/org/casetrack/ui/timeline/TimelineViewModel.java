package org.casetrack.ui.timeline;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.casetrack.model.EventType;
import org.casetrack.model.PartialDate;
import org.casetrack.store.CaseStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.TimelineQuery;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.BackgroundRunner;
import org.casetrack.ui.common.UserMessages;

/**
 * All events across people and cases, newest or oldest first, filtered. Rows arrive one
 * page at a time in the background as the list scrolls (keyset paging); the list never
 * holds more than the pages the user has scrolled through.
 */
public final class TimelineViewModel {

    public static final int PAGE_SIZE = 200;
    /** Rows from the end at which the next page is fetched. */
    public static final int PREFETCH = 40;
    /** Counting stops here on a filtered view, so it stays quick on very large databases. */
    public static final long COUNT_CAP = 100_000;

    /** A person or case to filter by. */
    public record Choice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AppContext ctx;
    private final TimelineQuery query;
    private final ObjectProperty<Choice> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> caseFile = new SimpleObjectProperty<>();
    private final ObservableSet<EventType> types = FXCollections.observableSet(EnumSet.noneOf(EventType.class));
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ObjectProperty<PartialDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<PartialDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty newestFirst = new SimpleBooleanProperty(true);
    private final ObservableList<TimelineQuery.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> people = FXCollections.observableArrayList();
    private final ObservableList<Choice> cases = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(-1);
    private TimelineQuery.Cursor next;
    private int generation;
    private BackgroundRunner.Handle inFlight;
    private boolean choicesLoaded;

    public TimelineViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.query = new TimelineQuery(ctx.db());
        person.addListener((o, a, b) -> reload());
        caseFile.addListener((o, a, b) -> reload());
        types.addListener((SetChangeListener<EventType>) c -> reload());
        country.addListener((o, a, b) -> reload());
        from.addListener((o, a, b) -> reload());
        to.addListener((o, a, b) -> reload());
        newestFirst.addListener((o, a, b) -> reload());
    }

    static final int CHOICES = 500;

    /** Loads the filter choices (once) and the first page. */
    public void start() {
        if (!choicesLoaded) {
            choicesLoaded = true;
            ctx.runner().run(p -> {
                Map<String, Object> out = new LinkedHashMap<>();
                // bounded lists: at 100,000 persons a drop-down of everyone is neither loadable nor usable;
                // a person's or case's own page opens the timeline filtered to them
                out.put("people", new org.casetrack.store.PeopleQuery(ctx.db().dsl()).page(org.casetrack.store.PeopleQuery.Filter.all(),
                        org.casetrack.store.PeopleQuery.Sort.NAME, false, 0, CHOICES).stream().map(x -> new Choice(x.id(), x.displayName())).toList());
                out.put("cases", new CaseStore(ctx.db().dsl()).page(0, CHOICES).stream().map(x -> new Choice(x.id(), x.title())).toList());
                out.put("countries", query.countries());
                return out;
            }, m -> {
                @SuppressWarnings("unchecked") List<Choice> ps = (List<Choice>) m.get("people");
                @SuppressWarnings("unchecked") List<Choice> cs = (List<Choice>) m.get("cases");
                @SuppressWarnings("unchecked") List<String> ctry = (List<String>) m.get("countries");
                people.setAll(ps);
                cases.setAll(cs);
                countries.setAll(ctry);
            }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
        }
        reload();
    }

    public TimelineQuery.Filter filter() {
        return new TimelineQuery.Filter(person.get() == null ? null : person.get().id(), caseFile.get() == null ? null : caseFile.get().id(),
                Set.copyOf(types), country.get(), from.get() == null ? null : from.get().earliest(),
                to.get() == null ? null : to.get().latest(), newestFirst.get());
    }

    /** Starts again from the first page with the current filters. */
    public void reload() {
        generation++;
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        rows.clear();
        next = null;
        hasMore.set(false);
        total.set(-1);
        loading.set(false);
        TimelineQuery.Filter f = filter();
        int gen = generation;
        fetch(f, null, gen);
        ctx.runner().run(p -> query.countUpTo(f, COUNT_CAP), n -> {
            if (gen == generation) {
                total.set(n);
            }
        }, e -> { });
    }

    /**
     * The list shows row index: fetch the next page if that row is within {@link #PREFETCH}
     * of the end. Checked when the request runs, so a burst of cells asks only once.
     */
    public void loadMoreNear(int index) {
        if (index >= rows.size() - PREFETCH) {
            loadMore();
        }
    }

    /** Fetches the next page if there is one and none is on its way. */
    public void loadMore() {
        if (hasMore.get() && !loading.get()) {
            fetch(filter(), next, generation);
        }
    }

    private void fetch(TimelineQuery.Filter f, TimelineQuery.Cursor after, int gen) {
        loading.set(true);
        inFlight = ctx.runner().run(p -> query.page(f, after, PAGE_SIZE), page -> {
            if (gen != generation) {
                return;
            }
            loading.set(false);
            rows.addAll(page.rows());
            next = page.next();
            hasMore.set(page.hasMore());
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                ctx.dialogs().error(UserMessages.sentence(e));
            }
        });
    }

    /**
     * "200 of 4,000 shown"; a filtered count stops at {@link #COUNT_CAP}, so exactly the cap
     * reads "or more". An unfiltered count is exact however large. total &lt; 0: not counted yet.
     */
    public static String countText(int shown, long total) {
        if (total < 0) {
            return org.casetrack.ui.common.I18n.tr("timeline.shown", shown);
        }
        return total == COUNT_CAP ? org.casetrack.ui.common.I18n.tr("timeline.shownOfMany", shown, total)
                : org.casetrack.ui.common.I18n.tr("timeline.shownOf", shown, total);
    }

    public void clearFilters() {
        person.set(null);
        caseFile.set(null);
        types.clear();
        country.set(null);
        from.set(null);
        to.set(null);
    }

    /** Opens the event's person when it has one, else its case. */
    public void open(TimelineQuery.Row row) {
        if (row == null) {
            return;
        }
        if (!row.persons().isEmpty()) {
            ctx.navigator().go(Route.person(row.persons().get(0).id()));
        } else if (row.caseId() != null) {
            ctx.navigator().go(Route.caseFile(row.caseId()));
        }
    }

    public void openCase(TimelineQuery.Row row) {
        if (row != null && row.caseId() != null) {
            ctx.navigator().go(Route.caseFile(row.caseId()));
        }
    }

    public TimelineQuery query() {
        return query;
    }

    public ObjectProperty<Choice> personProperty() {
        return person;
    }

    public ObjectProperty<Choice> caseProperty() {
        return caseFile;
    }

    public ObservableSet<EventType> types() {
        return types;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObjectProperty<PartialDate> fromProperty() {
        return from;
    }

    public ObjectProperty<PartialDate> toProperty() {
        return to;
    }

    public BooleanProperty newestFirstProperty() {
        return newestFirst;
    }

    public ObservableList<TimelineQuery.Row> rows() {
        return rows;
    }

    public ObservableList<Choice> people() {
        return people;
    }

    public ObservableList<Choice> cases() {
        return cases;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

}
