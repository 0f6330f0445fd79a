package org.casetrack.ui.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;
import org.casetrack.names.NameMatch;
import org.casetrack.names.PersonFinder;
import org.casetrack.store.PersonStore;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.person.PersonForms;

/**
 * The list of people: variant-aware name search (any stored spelling), filters by status,
 * role and country. Loads in the background; searching and filtering are in memory.
 */
public final class PeopleViewModel {

    /** A person as listed; matchedName is the spelling the search matched when it is not the display name. */
    public record Row(Person person, String matchedName) {
    }

    private final AppContext ctx;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private List<Person> all = List.of();
    private PersonFinder finder = new PersonFinder(Map.of());

    public PeopleViewModel(AppContext ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        role.addListener((o, a, b) -> refilter());
        country.addListener((o, a, b) -> refilter());
    }

    public void load() {
        ctx.runner().run(p -> {
            PersonStore store = new PersonStore(ctx.db().dsl());
            return new Object[] {store.list(), store.allNames()};
        }, r -> {
            @SuppressWarnings("unchecked") List<Person> people = (List<Person>) r[0];
            @SuppressWarnings("unchecked") Map<Long, List<PersonName>> names = (Map<Long, List<PersonName>>) r[1];
            all = people;
            finder = new PersonFinder(names);
            countries.setAll(people.stream().map(Person::country).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
            refilter();
            loaded.set(true);
        }, e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    private void refilter() {
        String q = query.get() == null ? "" : query.get().strip();
        Map<Long, NameMatch> matches = null;
        if (!q.isEmpty()) {
            matches = finder.find(q).stream().collect(Collectors.toMap(NameMatch::personId, m -> m, (a, b) -> a));
        }
        List<Row> out = new java.util.ArrayList<>();
        for (Person p : all) {
            if (status.get() != null && p.status() != status.get()) {
                continue;
            }
            if (role.get() != null && (p.roles() == null || !p.roles().contains(role.get()))) {
                continue;
            }
            if (country.get() != null && !country.get().equalsIgnoreCase(Objects.toString(p.country(), ""))) {
                continue;
            }
            String matched = null;
            if (matches != null) {
                NameMatch m = matches.get(p.id());
                if (m == null) {
                    continue;
                }
                matched = m.matchedName().equals(p.displayName()) ? null : m.matchedName();
            }
            out.add(new Row(p, matched));
        }
        if (matches != null) {
            Map<Long, NameMatch> ms = matches;
            out.sort(java.util.Comparator.comparing((Row r) -> ms.get(r.person().id()).kind().ordinal()));
        }
        rows.setAll(out);
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
        return !all.isEmpty();
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
        return rows;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

}
