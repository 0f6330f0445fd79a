package org.casetrack.ui.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Charge;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Evidence;
import org.casetrack.model.FactType;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.model.Sentence;
import org.casetrack.model.SourceDocument;
import org.casetrack.model.UnRuling;
import org.casetrack.store.CaseStore;
import org.casetrack.store.DocumentStore;
import org.casetrack.store.FactStore;
import org.casetrack.store.PersonStore;
import org.casetrack.store.RowVersions;
import org.casetrack.store.StoreException;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.Pages;
import org.casetrack.ui.app.Route;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.UserMessages;
import org.casetrack.ui.person.PersonForms;
import org.jooq.DSLContext;

/** One case: parties, charges, the proceedings chain, events and sources; everything editable. */
public final class CaseViewModel {

    /** All a case view shows, read in one background task. */
    public record CaseData(CaseFile caseFile, List<CaseParty> parties, List<Charge> charges, List<Sentence> sentences,
                           List<Appeal> appeals, List<UnRuling> rulings, List<Event> events,
                           Map<String, List<Evidence>> evidence, Map<Long, String> documents, Map<Long, String> people) {

        public List<Evidence> evidenceFor(FactType t, long id) {
            return evidence.getOrDefault(t.code() + ":" + id, List.of());
        }
    }

    /** One step of the proceedings chain: trial → sentence → appeal → cassation → UN ruling. */
    public record Step(int stage, PartialDate date, FactType type, long id, String stageKey) {
    }

    private final AppContext ctx;
    private final long caseId;
    private final ReadOnlyObjectWrapper<CaseData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    /** Row versions the shown values were read at, per table and id; edit forms claim them on save. */
    private Map<String, Map<Long, RowVersions.Stamp>> stamps = Map.of();

    public CaseViewModel(AppContext ctx, long caseId) {
        this.ctx = ctx;
        this.caseId = caseId;
    }

    public void load() {
        ctx.runner().run(p -> {
            DSLContext dsl = ctx.db().dsl();
            // versions are read before the values: a save in between shows as a conflict, never slips by
            Map<String, Map<Long, RowVersions.Stamp>> st = new HashMap<>();
            st.put("case_file", RowVersions.stamps(dsl, "case_file", List.of(caseId)));
            for (String t : List.of("sentence", "appeal", "un_ruling", "event")) {
                st.put(t, RowVersions.stampsWhere(dsl, t, "case_id", caseId));
            }
            st.put("charge", RowVersions.stampsWhere(dsl, "charge", "case_id", caseId));
            CaseData d = read(dsl);
            // facts that joined the case while it was read: their versions now
            RowVersions.fillIn(dsl, "sentence", st.get("sentence"), d.sentences().stream().map(Sentence::id).toList());
            RowVersions.fillIn(dsl, "appeal", st.get("appeal"), d.appeals().stream().map(Appeal::id).toList());
            RowVersions.fillIn(dsl, "un_ruling", st.get("un_ruling"), d.rulings().stream().map(UnRuling::id).toList());
            RowVersions.fillIn(dsl, "event", st.get("event"), d.events().stream().map(Event::id).toList());
            RowVersions.fillIn(dsl, "charge", st.get("charge"), d.charges().stream().map(Charge::id).toList());
            return new Object[] {d, st};
        }, r -> {
            @SuppressWarnings("unchecked") Map<String, Map<Long, RowVersions.Stamp>> st = (Map<String, Map<Long, RowVersions.Stamp>>) r[1];
            stamps = st;
            data.set((CaseData) r[0]);
            problem.set(null);
        }, e -> problem.set(UserMessages.sentence(e)));
    }

    /** The version a shown record was read at, or null when unknown (then it saves without a check). */
    RowVersions.Stamp stamp(String table, long id) {
        return stamps.getOrDefault(table, Map.of()).get(id);
    }

    private CaseData read(DSLContext dsl) {
        CaseStore cases = new CaseStore(dsl);
        FactStore facts = new FactStore(dsl);
        DocumentStore docs = new DocumentStore(dsl);
        CaseFile c = cases.get(caseId).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, I18n.tr("case.gone")));
        List<Sentence> sentences = facts.sentencesInCase(caseId);
        List<Appeal> appeals = facts.appealsInCase(caseId);
        List<UnRuling> rulings = facts.rulingsInCase(caseId);
        List<Event> events = new ArrayList<>(facts.eventsInCase(caseId));
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Charge> charges = cases.charges(caseId);
        Map<String, List<Evidence>> evidence = new HashMap<>();
        collect(evidence, docs, FactType.CASE_FILE, List.of(caseId));
        collect(evidence, docs, FactType.CHARGE, charges.stream().map(Charge::id).toList());
        collect(evidence, docs, FactType.SENTENCE, sentences.stream().map(Sentence::id).toList());
        collect(evidence, docs, FactType.APPEAL, appeals.stream().map(Appeal::id).toList());
        collect(evidence, docs, FactType.UN_RULING, rulings.stream().map(UnRuling::id).toList());
        collect(evidence, docs, FactType.EVENT, events.stream().map(Event::id).toList());
        Map<Long, String> documents = new HashMap<>();
        for (SourceDocument d : docs.list()) {
            documents.put(d.id(), d.title());
        }
        Map<Long, String> people = new LinkedHashMap<>();
        for (Person p : new PersonStore(dsl).list()) {
            people.put(p.id(), p.displayName());
        }
        return new CaseData(c, cases.parties(caseId), charges, sentences, appeals, rulings, events, evidence, documents, people);
    }

    private static void collect(Map<String, List<Evidence>> into, DocumentStore docs, FactType t, List<Long> ids) {
        for (Long id : ids) {
            List<Evidence> ev = docs.evidenceFor(t, id);
            if (!ev.isEmpty()) {
                into.put(t.code() + ":" + id, ev);
            }
        }
    }

    /** The proceedings in order of stage, then date: trials, sentences, appeals, cassation, UN rulings. */
    public List<Step> proceedings() {
        CaseData d = data.get();
        if (d == null) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>();
        for (Event e : d.events()) {
            if (e.type() == EventType.TRIAL || e.type() == EventType.CONVICTION || e.type() == EventType.HEARING) {
                steps.add(new Step(0, e.date(), FactType.EVENT, e.id(), "chain.trial"));
            }
        }
        for (Sentence s : d.sentences()) {
            steps.add(new Step(1, s.imposed(), FactType.SENTENCE, s.id(), "chain.sentence"));
        }
        for (Appeal a : d.appeals()) {
            int stage = a.level() == AppealLevel.APPEAL ? 2 : a.level() == AppealLevel.CASSATION ? 3 : 4;
            PartialDate when = a.decision() != null ? a.decision() : a.hearing() != null ? a.hearing() : a.filed();
            steps.add(new Step(stage, when, FactType.APPEAL, a.id(), a.level() == AppealLevel.CASSATION ? "chain.cassation"
                    : a.level() == AppealLevel.APPEAL ? "chain.appeal" : "chain.review"));
        }
        for (UnRuling u : d.rulings()) {
            steps.add(new Step(5, u.adopted(), FactType.UN_RULING, u.id(), "chain.un"));
        }
        steps.sort(Comparator.comparingInt(Step::stage).thenComparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return steps;
    }

    public String personName(Long id) {
        CaseData d = data.get();
        return id == null ? "" : d == null ? "#" + id : d.people().getOrDefault(id, "#" + id);
    }

    public String documentTitle(long id) {
        CaseData d = data.get();
        return d == null ? "" : d.documents().getOrDefault(id, I18n.tr("source.unknown"));
    }

    /** The people of this case first, for choosing who a charge is against. */
    private Map<Long, String> peopleChoices() {
        CaseData d = data.get();
        Map<Long, String> out = new LinkedHashMap<>();
        d.parties().forEach(p -> out.put(p.personId(), personName(p.personId())));
        out.putAll(d.people());
        return out;
    }

    private Map<Long, String> thisCase() {
        return Map.of(caseId, data.get().caseFile().title());
    }

    // ---- commands

    public void openPerson(long personId) {
        ctx.navigator().go(Route.person(personId));
    }

    public void openSource(Evidence e) {
        ctx.navigator().go(Route.document(e.documentId(), e.id()));
    }

    public void editCase() {
        PersonForms.CaseForm f = PersonForms.caseFile(data.get().caseFile(), "form.case.edit");
        versioned(f, "case_file", caseId, (dsl, c) -> new CaseStore(dsl).update(c),
                dsl -> new CaseStore(dsl).get(caseId), c -> PersonForms.caseFile(c, "form.case.edit"));
    }

    public void deleteCase() {
        if (!ctx.dialogs().confirm(I18n.tr("confirm.deleteCase", data.get().caseFile().title()))) {
            return;
        }
        RowVersions.Stamp loaded = stamp("case_file", caseId);
        String user = ctx.db().userName();
        ctx.runner().run(p -> ctx.db().write(dsl -> {
            RowVersions.claimForDelete(dsl, user, "case_file", caseId, loaded == null ? null : loaded.version()); // 0088
            new DocumentStore(dsl).deleteEvidenceFor(FactType.CASE_FILE, caseId);
            new CaseStore(dsl).delete(caseId);
            return Boolean.TRUE;
        }), ok -> ctx.navigator().go(Route.page(Pages.CASES)), e -> {
            if (!org.casetrack.ui.app.RetryingWrite.refusedDelete(ctx, e, this::load)) {
                ctx.dialogs().error(UserMessages.sentence(e));
            }
        });
    }

    public void addParty() {
        PersonForms.PartyForm f = PersonForms.party(data.get().people());
        if (ctx.dialogs().edit(f.model())) {
            long person = f.person().value().get();
            var role = f.role().value().get();
            write(dsl -> new CaseStore(dsl).addParty(caseId, person, role));
        }
    }

    public void removeParty(CaseParty p) {
        if (ctx.dialogs().confirm(I18n.tr("confirm.removeParty", personName(p.personId())))) {
            write(dsl -> new CaseStore(dsl).removeParty(p.id()));
        }
    }

    public void addCharge() {
        edit(PersonForms.charge(new Charge(null, caseId, null, null, null), peopleChoices(), "form.charge.new"),
                (dsl, c) -> new CaseStore(dsl).insertCharge(c));
    }

    public void editCharge(Charge c) {
        versioned(PersonForms.charge(c, peopleChoices(), "form.charge.edit"), "charge", c.id(), (dsl, v) -> new CaseStore(dsl).updateCharge(v),
                dsl -> new CaseStore(dsl).charge(c.id()), v -> PersonForms.charge(v, peopleChoices(), "form.charge.edit"));
    }

    public void deleteCharge(Charge c) {
        RowVersions.Stamp loaded = stamp("charge", c.id());
        String user = ctx.db().userName();
        delete(I18n.tr("confirm.deleteCharge", c.article()), dsl -> {
            RowVersions.claimForDelete(dsl, user, "charge", c.id(), loaded == null ? null : loaded.version()); // not over a colleague's edit
            new DocumentStore(dsl).deleteEvidenceFor(FactType.CHARGE, c.id());
            new CaseStore(dsl).deleteCharge(c.id());
        });
    }

    public void addEvent() {
        Event blank = new Event(null, EventType.OTHER, null, null, data.get().caseFile().country(), "",
                data.get().parties().stream().map(CaseParty::personId).distinct().toList(), caseId, false);
        edit(PersonForms.event(blank, thisCase(), partyChoices(), "form.event.new"), (dsl, e) -> new FactStore(dsl).insertEvent(e));
    }

    public void editEvent(Event e) {
        Map<Long, String> people = new LinkedHashMap<>(partyChoices());
        e.personIds().forEach(id -> people.putIfAbsent(id, personName(id)));
        versioned(PersonForms.event(e, thisCase(), people, "form.event.edit"), "event", e.id(), (dsl, v) -> new FactStore(dsl).updateEvent(v),
                dsl -> new FactStore(dsl).event(e.id()), v -> PersonForms.event(v, thisCase(), people, "form.event.edit"));
    }

    public void deleteEvent(Event e) {
        RowVersions.Stamp loaded = stamp("event", e.id());
        String user = ctx.db().userName();
        delete(I18n.tr("confirm.deleteEvent", e.summary()), dsl -> {
            RowVersions.claimForDelete(dsl, user, "event", e.id(), loaded == null ? null : loaded.version()); // not over a colleague's edit
            new DocumentStore(dsl).deleteEvidenceFor(FactType.EVENT, e.id());
            new FactStore(dsl).deleteEvent(e.id());
        });
    }

    /** The case's parties, for choosing whose sentence, appeal or ruling is being added. */
    private Map<Long, String> partyChoices() {
        Map<Long, String> out = new LinkedHashMap<>();
        data.get().parties().forEach(p -> out.put(p.personId(), personName(p.personId())));
        return out.isEmpty() ? data.get().people() : out;
    }

    public void addSentence() {
        Sentence blank = new Sentence(null, 0, caseId, org.casetrack.model.SentenceKind.IMPRISONMENT, null, null, null, null, null, null,
                null, null, false);
        edit(PersonForms.sentence(blank, thisCase(), partyChoices(), "form.sentence.new"), (dsl, s) -> new FactStore(dsl).insertSentence(s));
    }

    public void addAppeal() {
        Appeal blank = new Appeal(null, List.copyOf(partyChoices().keySet()), caseId, null, AppealLevel.APPEAL, null, null, null, null,
                org.casetrack.model.AppealOutcome.UNKNOWN, null, false);
        edit(PersonForms.appeal(blank, thisCase(), partyChoices(), "form.appeal.new"), (dsl, a) -> new FactStore(dsl).insertAppeal(a));
    }

    public void addRuling() {
        UnRuling blank = new UnRuling(null, 0, caseId, org.casetrack.model.UnBody.HRC, null, null, org.casetrack.model.Finding.UNKNOWN,
                null, null, null, false);
        edit(PersonForms.ruling(blank, thisCase(), partyChoices(), "form.ruling.new"), (dsl, u) -> new FactStore(dsl).insertRuling(u));
    }

    public void editSentence(Sentence s) {
        versioned(PersonForms.sentence(s, thisCase(), partyChoices(), "form.sentence.edit"), "sentence", s.id(), (dsl, v) -> new FactStore(dsl).updateSentence(v),
                dsl -> new FactStore(dsl).sentence(s.id()), v -> PersonForms.sentence(v, thisCase(), partyChoices(), "form.sentence.edit"));
    }

    public void editAppeal(Appeal a) {
        versioned(PersonForms.appeal(a, thisCase(), partyChoices(), "form.appeal.edit"), "appeal", a.id(), (dsl, v) -> new FactStore(dsl).updateAppeal(v),
                dsl -> new FactStore(dsl).appeal(a.id()), v -> PersonForms.appeal(v, thisCase(), partyChoices(), "form.appeal.edit"));
    }

    public void editRuling(UnRuling u) {
        versioned(PersonForms.ruling(u, thisCase(), partyChoices(), "form.ruling.edit"), "un_ruling", u.id(), (dsl, v) -> new FactStore(dsl).updateRuling(v),
                dsl -> new FactStore(dsl).ruling(u.id()), v -> PersonForms.ruling(v, thisCase(), partyChoices(), "form.ruling.edit"));
    }

    public void deleteStep(Step s) {
        delete(I18n.tr("confirm.deleteStep", I18n.tr(s.stageKey())), dsl -> {
            new DocumentStore(dsl).deleteEvidenceFor(s.type(), s.id());
            FactStore f = new FactStore(dsl);
            switch (s.type()) {
                case SENTENCE -> f.deleteSentence(s.id());
                case APPEAL -> f.deleteAppeal(s.id());
                case UN_RULING -> f.deleteRuling(s.id());
                case EVENT -> f.deleteEvent(s.id());
                default -> throw new IllegalArgumentException(s.type().name());
            }
        });
    }

    /** Shows the form; saves it under the version the record was read at (docs/decisions/0076). */
    private <T> void versioned(PersonForms.Form<T> form, String table, long id, BiConsumer<DSLContext, T> save,
                               java.util.function.Function<DSLContext, java.util.Optional<T>> current,
                               java.util.function.Function<T, PersonForms.Form<T>> formOf) {
        RowVersions.Stamp loaded = stamp(table, id);
        if (ctx.dialogs().edit(form.model())) {
            new org.casetrack.ui.person.VersionedSave<T>(ctx, table, id, save, current, formOf, this::load).save(form, loaded);
        }
    }

    private <T> void edit(PersonForms.Form<T> form, BiConsumer<DSLContext, T> save) {
        if (ctx.dialogs().edit(form.model())) {
            T value = form.result();
            write(dsl -> save.accept(dsl, value));
        }
    }

    private void delete(String question, Consumer<DSLContext> work) {
        if (ctx.dialogs().confirm(question)) {
            write(work);
        }
    }

    /** One transaction; a lost server connection asks to retry the same work (RetryingWrite). */
    private void write(Consumer<DSLContext> work) {
        org.casetrack.ui.app.RetryingWrite.run(ctx, work, this::load);
    }

    public ReadOnlyObjectProperty<CaseData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
