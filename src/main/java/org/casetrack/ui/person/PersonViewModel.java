package org.casetrack.ui.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.casetrack.dossier.DossierService;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.Finding;
import org.casetrack.model.PartialDate;
import org.casetrack.model.PersonName;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.casetrack.store.CaseStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;
import org.jooq.DSLContext;

/**
 * One person's record: names, roles, status, chronology, cases, sentences, appeals, UN
 * rulings and the sources behind each fact; every part editable. All reads and writes run
 * in the background; the view re-renders when {@link #dossierProperty()} changes.
 */
public final class PersonViewModel {

    private final AppContext ctx;
    private final long personId;
    private final ReadOnlyObjectWrapper<PersonDossier> dossier = new ReadOnlyObjectWrapper<>(this, "dossier");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private Map<Long, String> allCases = Map.of();
    /** Row versions the shown values were read at, per table and id; edit forms claim them on save. */
    private Map<String, Map<Long, RowVersions.Stamp>> stamps = Map.of();

    public PersonViewModel(AppContext ctx, long personId) {
        this.ctx = ctx;
        this.personId = personId;
    }

    public void load() {
        ctx.runner().run(p -> {
            // versions are read before the values: a save in between shows as a conflict, never slips by
            Map<String, Map<Long, RowVersions.Stamp>> st = new HashMap<>();
            DSLContext dsl = ctx.db().dsl();
            st.put("person", RowVersions.stamps(dsl, "person", List.of(personId)));
            st.put("sentence", RowVersions.stampsWhere(dsl, "sentence", "person_id", personId));
            st.put("un_ruling", RowVersions.stampsWhere(dsl, "un_ruling", "person_id", personId));
            st.put("appeal", RowVersions.stampsLinked(dsl, "appeal", "appeal_party", "appeal_id", "person_id", personId));
            st.put("event", RowVersions.stampsLinked(dsl, "event", "event_person", "event_id", "person_id", personId));
            st.put("person_name", RowVersions.stampsWhere(dsl, "person_name", "person_id", personId));
            PersonDossier d = new DossierService(ctx.db()).person(personId);
            Map<Long, String> cases = new LinkedHashMap<>();
            new CaseStore(dsl).list().forEach(c -> cases.put(c.id(), c.title()));
            // facts that joined the record while it was read: their versions now
            RowVersions.fillIn(dsl, "sentence", st.get("sentence"), d.sentences().stream().map(Sentence::id).toList());
            RowVersions.fillIn(dsl, "appeal", st.get("appeal"), d.appeals().stream().map(Appeal::id).toList());
            RowVersions.fillIn(dsl, "un_ruling", st.get("un_ruling"), d.rulings().stream().map(UnRuling::id).toList());
            RowVersions.fillIn(dsl, "event", st.get("event"), d.events().stream().map(Event::id).toList());
            RowVersions.fillIn(dsl, "person_name", st.get("person_name"), d.names().stream().map(PersonName::id).toList());
            return new Object[] {d, cases, st};
        }, r -> {
            @SuppressWarnings("unchecked") Map<Long, String> cases = (Map<Long, String>) r[1];
            @SuppressWarnings("unchecked") Map<String, Map<Long, RowVersions.Stamp>> st = (Map<String, Map<Long, RowVersions.Stamp>>) r[2];
            allCases = cases;
            stamps = st;
            dossier.set((PersonDossier) r[0]);
            problem.set(null);
        }, e -> problem.set(UserMessages.sentence(e)));
    }

    /** Events oldest first, placed by the earliest day their date can mean; undated last. */
    public List<Event> chronology() {
        PersonDossier d = dossier.get();
        if (d == null) {
            return List.of();
        }
        List<Event> events = new ArrayList<>(d.events());
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    public List<Evidence> evidence(FactType type, long id) {
        PersonDossier d = dossier.get();
        return d == null ? List.of() : d.evidenceFor(type.code(), id);
    }

    public String documentTitle(long documentId) {
        PersonDossier d = dossier.get();
        var doc = d == null ? null : d.documents().get(documentId);
        return doc == null ? I18n.tr("source.unknown") : doc.title();
    }

    public String caseTitle(Long caseId) {
        return caseId == null ? null : allCases.getOrDefault(caseId, "#" + caseId);
    }

    public String personName(long id) {
        PersonDossier d = dossier.get();
        if (d != null && d.person().id() == id) {
            return d.person().displayName();
        }
        return d == null ? "#" + id : d.otherNames().getOrDefault(id, "#" + id);
    }

    // ---- commands

    public void openCase(long caseId) {
        ctx.navigator().go(Route.caseFile(caseId));
    }

    public void openSource(Evidence e) {
        ctx.navigator().go(Route.document(e.documentId(), e.id()));
    }

    public void editPerson() {
        PersonDossier d = dossier.get();
        PersonForms.PersonForm f = PersonForms.person(d.person(), "form.person.edit");
        RowVersions.Stamp loaded = stamp("person", personId);
        if (ctx.dialogs().edit(f.model())) {
            new VersionedSave<org.casetrack.model.Person>(ctx, "person", personId, (dsl, v) -> new PersonStore(dsl).update(v),
                    dsl -> new PersonStore(dsl).get(personId), v -> PersonForms.person(v, "form.person.edit"), this::load).save(f, loaded);
        }
    }

    public void deletePerson() {
        PersonDossier d = dossier.get();
        if (!ctx.dialogs().confirm(I18n.tr("confirm.deletePerson", d.person().displayName()))) {
            return;
        }
        Integer loaded = version("person", personId);
        String user = ctx.db().userName();
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            RowVersions.claimForDelete(dsl, user, "person", personId, loaded); // not over a colleague's edit (0088)
            DocumentStore docs = new DocumentStore(dsl);
            docs.deleteEvidenceFor(FactType.PERSON, personId);
            d.sentences().forEach(s -> docs.deleteEvidenceFor(FactType.SENTENCE, s.id()));
            d.rulings().forEach(u -> docs.deleteEvidenceFor(FactType.UN_RULING, u.id()));
            new PersonStore(dsl).delete(personId);
            return null;
        }), ok -> ctx.navigator().go(Route.page(Pages.PEOPLE)), e -> {
            if (!org.casetrack.ui.app.RetryingWrite.refusedDelete(ctx, e, this::load)) {
                ctx.dialogs().error(UserMessages.sentence(e));
            }
        });
    }

    public void addName() {
        PersonForms.NameForm f = PersonForms.name();
        if (ctx.dialogs().edit(f.model())) {
            String name = f.name().clean();
            var kind = f.kind().value().get();
            write(dsl -> new PersonStore(dsl).addName(personId, name, kind));
        }
    }

    /** Changes a spelling under the version it was read at: a colleague's change in between shows as a conflict. */
    public void editName(PersonName n) {
        editFact(PersonForms.spelling(n), "person_name", n.id(), (dsl, v) -> new PersonStore(dsl).updateName(v),
                dsl -> new PersonStore(dsl).name(n.id()), PersonForms::spelling);
    }

    public void removeName(PersonName n) {
        if (ctx.dialogs().confirm(I18n.tr("confirm.deleteName", n.name()))) {
            Integer loaded = version("person_name", n.id());
            String user = ctx.db().userName();
            write(dsl -> {
                RowVersions.claimForDelete(dsl, user, "person_name", n.id(), loaded); // not over a colleague's edit
                new PersonStore(dsl).removeName(n.id());
            });
        }
    }

    public void addEvent() {
        Event blank = new Event(null, EventType.OTHER, null, null, dossier.get().person().country(), "", List.of(personId), null, false);
        editFact(PersonForms.event(blank, allCases, eventPeople(blank), "form.event.new"), "event", null, (dsl, e) -> new FactStore(dsl).insertEvent(e), null, null);
    }

    public void editEvent(Event e) {
        editFact(PersonForms.event(e, allCases, eventPeople(e), "form.event.edit"), "event", e.id(), (dsl, ev) -> new FactStore(dsl).updateEvent(ev),
                dsl -> new FactStore(dsl).event(e.id()), v -> PersonForms.event(v, allCases, eventPeople(v), "form.event.edit"));
    }

    /** Whom an event may concern: this person and everyone their record already links them with. */
    private Map<Long, String> eventPeople(Event e) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        PersonDossier d = dossier.get();
        out.put(personId, d.person().displayName());
        d.otherNames().forEach(out::putIfAbsent);
        e.personIds().forEach(id -> out.putIfAbsent(id, d.otherNames().getOrDefault(id, "#" + id)));
        return out;
    }

    public void deleteEvent(Event e) {
        deleteFact(I18n.tr("confirm.deleteEvent", e.summary()), "event", e.id(), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.EVENT, e.id());
            new FactStore(dsl).deleteEvent(e.id());
        });
    }

    public void addSentence() {
        Sentence blank = new Sentence(null, personId, null, SentenceKind.IMPRISONMENT, null, null, null, null, null, null, null, null, false);
        editFact(PersonForms.sentence(blank, allCases, "form.sentence.new"), "sentence", null, (dsl, s) -> new FactStore(dsl).insertSentence(s), null, null);
    }

    public void editSentence(Sentence s) {
        editFact(PersonForms.sentence(s, allCases, "form.sentence.edit"), "sentence", s.id(), (dsl, v) -> new FactStore(dsl).updateSentence(v),
                dsl -> new FactStore(dsl).sentence(s.id()), v -> PersonForms.sentence(v, allCases, "form.sentence.edit"));
    }

    public void deleteSentence(Sentence s) {
        deleteFact(I18n.tr("confirm.deleteSentence"), "sentence", s.id(), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.SENTENCE, s.id());
            new FactStore(dsl).deleteSentence(s.id());
        });
    }

    public void addAppeal() {
        Appeal blank = new Appeal(null, List.of(personId), null, null, AppealLevel.APPEAL, null, null, null, null, AppealOutcome.UNKNOWN, null, false);
        editFact(PersonForms.appeal(blank, allCases, "form.appeal.new"), "appeal", null, (dsl, a) -> new FactStore(dsl).insertAppeal(a), null, null);
    }

    public void editAppeal(Appeal a) {
        editFact(PersonForms.appeal(a, allCases, "form.appeal.edit"), "appeal", a.id(), (dsl, v) -> new FactStore(dsl).updateAppeal(v),
                dsl -> new FactStore(dsl).appeal(a.id()), v -> PersonForms.appeal(v, allCases, "form.appeal.edit"));
    }

    public void deleteAppeal(Appeal a) {
        deleteFact(I18n.tr("confirm.deleteAppeal"), "appeal", a.id(), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.APPEAL, a.id());
            new FactStore(dsl).deleteAppeal(a.id());
        });
    }

    public void addRuling() {
        UnRuling blank = new UnRuling(null, personId, null, UnBody.HRC, null, null, Finding.UNKNOWN, null, null, null, false);
        editFact(PersonForms.ruling(blank, allCases, "form.ruling.new"), "un_ruling", null, (dsl, u) -> new FactStore(dsl).insertRuling(u), null, null);
    }

    public void editRuling(UnRuling u) {
        editFact(PersonForms.ruling(u, allCases, "form.ruling.edit"), "un_ruling", u.id(), (dsl, v) -> new FactStore(dsl).updateRuling(v),
                dsl -> new FactStore(dsl).ruling(u.id()), v -> PersonForms.ruling(v, allCases, "form.ruling.edit"));
    }

    public void deleteRuling(UnRuling u) {
        deleteFact(I18n.tr("confirm.deleteRuling"), "un_ruling", u.id(), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.UN_RULING, u.id());
            new FactStore(dsl).deleteRuling(u.id());
        });
    }

    /** Shows the form; saves it under the version it was opened with (a new record: id null, nothing to claim). */
    private <T> void editFact(PersonForms.Form<T> form, String table, Long id, java.util.function.BiConsumer<DSLContext, T> save,
                              Function<DSLContext, java.util.Optional<T>> current, Function<T, PersonForms.Form<T>> formOf) {
        RowVersions.Stamp loaded = id == null ? null : stamp(table, id);
        if (ctx.dialogs().edit(form.model())) {
            new VersionedSave<T>(ctx, table, id, save, current == null ? dsl -> java.util.Optional.empty() : current,
                    formOf == null ? v -> form : formOf, this::load).save(form, loaded);
        }
    }

    /** The version a shown record was read at, or null when unknown (then it saves without a check). */
    RowVersions.Stamp stamp(String table, long id) {
        return stamps.getOrDefault(table, Map.of()).get(id);
    }

    private Integer version(String table, long id) {
        RowVersions.Stamp s = stamp(table, id);
        return s == null ? null : s.version();
    }

    /** Deletes a shown fact unless someone changed it after the page read it (0088). */
    private void deleteFact(String question, String table, long id, Consumer<DSLContext> delete) {
        if (ctx.dialogs().confirm(question)) {
            Integer loaded = version(table, id);
            String user = ctx.db().userName();
            write(dsl -> {
                RowVersions.claimForDelete(dsl, user, table, id, loaded);
                delete.accept(dsl);
            });
        }
    }

    /** One transaction; a lost server connection asks to retry the same work (RetryingWrite). */
    private void write(Consumer<DSLContext> work) {
        org.casetrack.ui.app.RetryingWrite.run(ctx, work, this::load);
    }

    public ReadOnlyObjectProperty<PersonDossier> dossierProperty() {
        return dossier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Map<Long, String> allCases() {
        return allCases;
    }

}
