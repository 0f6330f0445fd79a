package org.casetrack.ui.person;

import java.util.ArrayList;
import java.util.Comparator;
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

    public PersonViewModel(AppContext ctx, long personId) {
        this.ctx = ctx;
        this.personId = personId;
    }

    public void load() {
        ctx.runner().run(p -> {
            PersonDossier d = new DossierService(ctx.db()).person(personId);
            Map<Long, String> cases = new LinkedHashMap<>();
            new CaseStore(ctx.db().dsl()).list().forEach(c -> cases.put(c.id(), c.title()));
            return new Object[] {d, cases};
        }, r -> {
            @SuppressWarnings("unchecked") Map<Long, String> cases = (Map<Long, String>) r[1];
            allCases = cases;
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
        if (ctx.dialogs().edit(f.model())) {
            write(dsl -> new PersonStore(dsl).update(f.result()));
        }
    }

    public void deletePerson() {
        PersonDossier d = dossier.get();
        if (!ctx.dialogs().confirm(I18n.tr("confirm.deletePerson", d.person().displayName()))) {
            return;
        }
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            DocumentStore docs = new DocumentStore(dsl);
            docs.deleteEvidenceFor(FactType.PERSON, personId);
            d.sentences().forEach(s -> docs.deleteEvidenceFor(FactType.SENTENCE, s.id()));
            d.rulings().forEach(u -> docs.deleteEvidenceFor(FactType.UN_RULING, u.id()));
            new PersonStore(dsl).delete(personId);
            return null;
        }), ok -> ctx.navigator().go(Route.page(Pages.PEOPLE)), e -> ctx.dialogs().error(UserMessages.sentence(e)));
    }

    public void addName() {
        PersonForms.NameForm f = PersonForms.name();
        if (ctx.dialogs().edit(f.model())) {
            String name = f.name().clean();
            var kind = f.kind().value().get();
            write(dsl -> new PersonStore(dsl).addName(personId, name, kind));
        }
    }

    public void removeName(PersonName n) {
        if (ctx.dialogs().confirm(I18n.tr("confirm.deleteName", n.name()))) {
            write(dsl -> new PersonStore(dsl).removeName(n.id()));
        }
    }

    public void addEvent() {
        Event blank = new Event(null, EventType.OTHER, null, null, dossier.get().person().country(), "", List.of(personId), null, false);
        editFact(PersonForms.event(blank, allCases, eventPeople(blank), "form.event.new"), (dsl, e) -> new FactStore(dsl).insertEvent(e));
    }

    public void editEvent(Event e) {
        editFact(PersonForms.event(e, allCases, eventPeople(e), "form.event.edit"), (dsl, ev) -> new FactStore(dsl).updateEvent(ev));
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
        deleteFact(I18n.tr("confirm.deleteEvent", e.summary()), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.EVENT, e.id());
            new FactStore(dsl).deleteEvent(e.id());
        });
    }

    public void addSentence() {
        Sentence blank = new Sentence(null, personId, null, SentenceKind.IMPRISONMENT, null, null, null, null, null, null, null, null, false);
        editFact(PersonForms.sentence(blank, allCases, "form.sentence.new"), (dsl, s) -> new FactStore(dsl).insertSentence(s));
    }

    public void editSentence(Sentence s) {
        editFact(PersonForms.sentence(s, allCases, "form.sentence.edit"), (dsl, v) -> new FactStore(dsl).updateSentence(v));
    }

    public void deleteSentence(Sentence s) {
        deleteFact(I18n.tr("confirm.deleteSentence"), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.SENTENCE, s.id());
            new FactStore(dsl).deleteSentence(s.id());
        });
    }

    public void addAppeal() {
        Appeal blank = new Appeal(null, List.of(personId), null, null, AppealLevel.APPEAL, null, null, null, null, AppealOutcome.UNKNOWN, null, false);
        editFact(PersonForms.appeal(blank, allCases, "form.appeal.new"), (dsl, a) -> new FactStore(dsl).insertAppeal(a));
    }

    public void editAppeal(Appeal a) {
        editFact(PersonForms.appeal(a, allCases, "form.appeal.edit"), (dsl, v) -> new FactStore(dsl).updateAppeal(v));
    }

    public void deleteAppeal(Appeal a) {
        deleteFact(I18n.tr("confirm.deleteAppeal"), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.APPEAL, a.id());
            new FactStore(dsl).deleteAppeal(a.id());
        });
    }

    public void addRuling() {
        UnRuling blank = new UnRuling(null, personId, null, UnBody.HRC, null, null, Finding.UNKNOWN, null, null, null, false);
        editFact(PersonForms.ruling(blank, allCases, "form.ruling.new"), (dsl, u) -> new FactStore(dsl).insertRuling(u));
    }

    public void editRuling(UnRuling u) {
        editFact(PersonForms.ruling(u, allCases, "form.ruling.edit"), (dsl, v) -> new FactStore(dsl).updateRuling(v));
    }

    public void deleteRuling(UnRuling u) {
        deleteFact(I18n.tr("confirm.deleteRuling"), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(FactType.UN_RULING, u.id());
            new FactStore(dsl).deleteRuling(u.id());
        });
    }

    private <T> void editFact(PersonForms.Form<T> form, java.util.function.BiConsumer<DSLContext, T> save) {
        if (ctx.dialogs().edit(form.model())) {
            T value = form.result();
            write(dsl -> save.accept(dsl, value));
        }
    }

    private void deleteFact(String question, Consumer<DSLContext> delete) {
        if (ctx.dialogs().confirm(question)) {
            write(delete::accept);
        }
    }

    private void write(Consumer<DSLContext> work) {
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            work.accept(dsl);
            return Boolean.TRUE;
        }), ok -> load(), e -> ctx.dialogs().error(UserMessages.sentence(e)));
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
