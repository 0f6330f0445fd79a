package org.casetrack.ui.people;

import java.util.EnumSet;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.store.Countries;
import org.casetrack.store.PeopleQuery;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.PagedRows;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.person.PersonForms;

/**
 * The list of people: variant-aware name search (any stored spelling, on the store's
 * indexed word keys), filters by status, role and country, sorted by a column. Backed by
 * paged queries: only the rows on screen and the next page are loaded (docs/decisions/0081-scale.md).
 */
public final class PeopleViewModel {

    /** A person as listed; matchedName is the spelling the search matched when it is not the display name. */
    public record Row(Person person, String matchedName) {
    }

    /** Rows fetched per query; the view asks for more as the list scrolls. */
    public static final int PAGE = 100;
    /** Counting stops here: "10000 or more" is all a caseworker needs to know. */
    public static final long COUNT_CAP = 10_000;

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final PagedRows<Row> pages;
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private PeopleQuery.Sort sort = PeopleQuery.Sort.NAME;
    private boolean descending;

    public PeopleViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.pages = new PagedRows<>(ctx.runner(), PAGE, e -> ctx.dialogs().error(UserMessages.sentence(e)));
        query.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        role.addListener((o, a, b) -> refilter());
        country.addListener((o, a, b) -> refilter());
    }

    public void load() {
        ctx.runner().run(p -> Countries.of(ctx.db().dsl(), Countries.PERSON), list -> {
            countries.setAll(list);
            refilter();
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    /** Sorts by a column (the view's header clicks); the first page is read again in that order. */
    public void sortBy(PeopleQuery.Sort by, boolean desc) {
        if (by != sort || desc != descending) {
            sort = by;
            descending = desc;
            refilter();
        }
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip();
        PeopleQuery.Filter f = filter();
        PeopleQuery.Sort by = sort;
        boolean desc = descending;
        pages.reload(p -> {
            PeopleQuery people = new PeopleQuery(ctx.db().dsl());
            if (q.isEmpty()) {
                List<Row> page = people.page(f, by, desc, 0, PAGE + 1).stream().map(x -> new Row(x, null)).toList();
                return pages.firstPage(page, people.countUpTo(f, COUNT_CAP), people.anyone());
            }
            // name search: the matching persons in match order, then the filters on them
            List<Row> out = people.byName(q, f, Integer.MAX_VALUE).stream()
                    .map(h -> new Row(h.person(), h.matchedName().equals(h.person().displayName()) ? null : h.matchedName()))
                    .toList();
            return new PagedRows.FirstPage<>(out, false, out.size(), true);
        });
    }

    private PeopleQuery.Filter filter() {
        return new PeopleQuery.Filter(status.get(), role.get(), country.get(), null);
    }

    /** Reads the next page when the list is scrolled near its end; does nothing when all are shown. */
    public void loadMore() {
        PeopleQuery.Filter f = filter();
        PeopleQuery.Sort by = sort;
        boolean desc = descending;
        pages.loadMore((offset, limit) -> new PeopleQuery(ctx.db().dsl()).page(f, by, desc, offset, limit).stream()
                .map(x -> new Row(x, null)).toList());
    }

    /** How many persons match (no more than {@link #COUNT_CAP}). */
    public javafx.beans.property.ReadOnlyLongProperty totalProperty() {
        return pages.totalProperty();
    }

    public boolean hasMore() {
        return pages.hasMore();
    }

    public void clearFilters() {
        query.set("");
        status.set(null);
        role.set(null);
        country.set(null);
    }

    public void open(Row row) {
        if (row != null) {
            ctx.navigator().go(Route.person(row.person().id()));
        }
    }

    /** Asks for a new person's details, stores them and opens the person. */
    public void newPerson() {
        Person blank = new Person(null, "", null, null, Sex.UNKNOWN, null, EnumSet.noneOf(PersonRole.class), PersonStatus.UNKNOWN,
                null, null, null, false);
        PersonForms.PersonForm form = PersonForms.person(blank, "form.person.new");
        if (!ctx.dialogs().edit(form.model())) {
            return;
        }
        Person p = form.result();
        ctx.runner().run(pr -> ctx.db().write(dsl -> new PersonStore(dsl).insert(p)),
                id -> ctx.navigator().go(Route.person(id)),
                e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    public boolean hasAnyone() {
        return pages.hasAny();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PersonStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<PersonRole> roleProperty() {
        return role;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObservableList<Row> rows() {
        return pages.rows();
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return pages.loadedProperty();
    }

}
