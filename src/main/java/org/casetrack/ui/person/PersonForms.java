package org.casetrack.ui.person;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseStatus;
import org.casetrack.model.Charge;
import org.casetrack.model.PersonName;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartyRole;
import org.casetrack.model.Person;
import org.casetrack.model.PersonRole;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.UnBody;
import org.casetrack.model.UnRuling;
import org.casetrack.ui.common.FormModel;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.Labels;

/**
 * The edit forms of people, cases and facts: each builds a {@link FormModel} from a record
 * and reads the edited record back. No nodes here; {@code FormView} renders them.
 */
public final class PersonForms {

    private PersonForms() {
    }

    /** A form and how to read its result. */
    public interface Form<T> {
        FormModel model();

        T result();
    }

    public record PersonForm(FormModel model, Person original, FormModel.Text name, FormModel.Text given, FormModel.Text family,
                             FormModel.Choice<Sex> sex, FormModel.Number birthYear, FormModel.Choice<PersonStatus> status,
                             FormModel.MultiChoice<PersonRole> roles, FormModel.Text place, FormModel.Text country,
                             FormModel.Text notes, FormModel.Check confidential) implements Form<Person> {
        @Override
        public Person result() {
            EnumSet<PersonRole> r = EnumSet.noneOf(PersonRole.class);
            r.addAll(roles.value());
            return new Person(original.id(), name.clean(), given.clean(), family.clean(), sex.value().get(), birthYear.parsed(), r,
                    status.value().get(), place.clean(), country.clean(), notes.clean(), confidential.value().get());
        }
    }

    public static PersonForm person(Person p, String titleKey) {
        FormModel m = new FormModel(titleKey);
        return new PersonForm(m, p,
                m.text("field.person.name", p.displayName(), true),
                m.text("field.person.given", p.givenName(), false),
                m.text("field.person.family", p.familyName(), false),
                m.choice("field.person.sex", p.sex() == null ? Sex.UNKNOWN : p.sex(), Labels.values(Sex.class), I18n::label, true),
                m.number("field.person.birthYear", p.birthYear(), 1850, 2100),
                m.choice("field.person.status", p.status() == null ? PersonStatus.UNKNOWN : p.status(), Labels.values(PersonStatus.class), I18n::label, true),
                m.multi("field.person.roles", p.roles(), Labels.values(PersonRole.class), I18n::label),
                m.text("field.person.place", p.placeOfDetention(), false),
                m.text("field.person.country", p.country(), false),
                m.area("field.notes", p.notes()),
                m.check("field.confidential", p.confidential()));
    }

    public record NameForm(FormModel model, FormModel.Text name, FormModel.Choice<NameKind> kind) {
    }

    public static NameForm name() {
        FormModel m = new FormModel("form.name.new");
        List<NameKind> kinds = List.of(NameKind.VARIANT, NameKind.TRANSLITERATION, NameKind.ORIGINAL_SCRIPT);
        return new NameForm(m, m.text("field.name.spelling", "", true), m.choice("field.name.kind", NameKind.VARIANT, kinds, I18n::label, true));
    }

    /** Editing a stored spelling (not the primary one): saved under its row version like the other forms. */
    public record SpellingForm(FormModel model, PersonName original, FormModel.Text name, FormModel.Choice<NameKind> kind)
            implements Form<PersonName> {
        @Override
        public PersonName result() {
            return new PersonName(original.id(), original.personId(), name.clean(), kind.value().get(), original.matchKey());
        }
    }

    public static SpellingForm spelling(PersonName n) {
        FormModel m = new FormModel("form.name.edit");
        List<NameKind> kinds = List.of(NameKind.VARIANT, NameKind.TRANSLITERATION, NameKind.ORIGINAL_SCRIPT);
        return new SpellingForm(m, n, m.text("field.name.spelling", n.name(), true),
                m.choice("field.name.kind", kinds.contains(n.kind()) ? n.kind() : NameKind.VARIANT, kinds, I18n::label, true));
    }

    public record EventForm(FormModel model, Event original, FormModel.Choice<EventType> type, FormModel.Date date,
                            FormModel.Text place, FormModel.Text country, FormModel.Text summary,
                            FormModel.Choice<Long> caseId, FormModel.Check confidential, FormModel.MultiChoice<Long> persons)
            implements Form<Event> {
        @Override
        public Event result() {
            return new Event(original.id(), type.value().get(), date.value().get(), place.clean(), country.clean(), summary.clean(),
                    persons == null ? original.personIds() : List.copyOf(persons.value()), caseId.value().get(),
                    confidential.value().get());
        }
    }

    public static EventForm event(Event e, Map<Long, String> cases, String titleKey) {
        return event(e, cases, null, titleKey);
    }

    /** With people to choose from, the form also says whom the event concerns. */
    public static EventForm event(Event e, Map<Long, String> cases, Map<Long, String> people, String titleKey) {
        FormModel m = new FormModel(titleKey);
        FormModel.MultiChoice<Long> persons = people == null ? null
                : m.multi("field.event.persons", e.personIds(), new ArrayList<>(people.keySet()), people::get);
        return new EventForm(m, e,
                m.choice("field.event.type", e.type() == null ? EventType.OTHER : e.type(), Labels.values(EventType.class), I18n::label, true),
                m.date("field.event.date", e.date(), false),
                m.text("field.event.place", e.place(), false),
                m.text("field.event.country", e.country(), false),
                m.text("field.event.summary", e.summary(), true),
                m.choice("field.case", e.caseId(), new ArrayList<>(cases.keySet()), cases::get, false),
                m.check("field.confidential", e.confidential()),
                persons);
    }

    public record SentenceForm(FormModel model, Sentence original, FormModel.Choice<SentenceKind> kind, FormModel.TermField term,
                               FormModel.Decimal fine, FormModel.Text currency, FormModel.Date imposed, FormModel.Text court,
                               FormModel.Date start, FormModel.Number pretrial, FormModel.Choice<Long> caseId,
                               FormModel.Text notes, FormModel.Check confidential, FormModel.Choice<Long> person) implements Form<Sentence> {
        @Override
        public Sentence result() {
            return new Sentence(original.id(), person == null ? original.personId() : person.value().get(), caseId.value().get(), kind.value().get(), term.parsed(), fine.parsed(),
                    currency.clean(), imposed.value().get(), court.clean(), start.value().get(), pretrial.parsed(), notes.clean(),
                    confidential.value().get());
        }
    }

    public static SentenceForm sentence(Sentence s, Map<Long, String> cases, String titleKey) {
        return sentence(s, cases, null, titleKey);
    }

    /** With people to choose from (adding from a case), the form starts with whose sentence it is. */
    public static SentenceForm sentence(Sentence s, Map<Long, String> cases, Map<Long, String> people, String titleKey) {
        FormModel m = new FormModel(titleKey);
        FormModel.Choice<Long> person = people == null ? null
                : m.choice("field.fact.person", people.containsKey(s.personId()) ? s.personId() : null, new ArrayList<>(people.keySet()), people::get, true);
        SentenceForm f = new SentenceForm(m, s,
                m.choice("field.sentence.kind", s.kind() == null ? SentenceKind.IMPRISONMENT : s.kind(), Labels.values(SentenceKind.class), I18n::label, true),
                m.term("field.sentence.term", s.term()),
                m.decimal("field.sentence.fine", s.fineAmount()),
                m.text("field.sentence.currency", s.fineCurrency(), false),
                m.date("field.sentence.imposed", s.imposed(), false),
                m.text("field.court", s.court(), false),
                m.date("field.sentence.start", s.start(), false),
                m.number("field.sentence.pretrial", s.pretrialDays(), 0, 100000),
                m.choice("field.case", s.caseId(), new ArrayList<>(cases.keySet()), cases::get, false),
                m.area("field.notes", s.notes()),
                m.check("field.confidential", s.confidential()),
                person);
        return f;
    }

    public record AppealForm(FormModel model, Appeal original, FormModel.Choice<AppealLevel> level, FormModel.Text court,
                             FormModel.Date filed, FormModel.Date hearing, FormModel.Date decision,
                             FormModel.Choice<AppealOutcome> outcome, FormModel.Choice<Long> caseId, FormModel.Text notes,
                             FormModel.Check confidential, FormModel.MultiChoice<Long> persons) implements Form<Appeal> {
        @Override
        public Appeal result() {
            return new Appeal(original.id(), persons == null ? original.personIds() : List.copyOf(persons.value()), caseId.value().get(), original.sentenceId(), level.value().get(),
                    court.clean(), filed.value().get(), hearing.value().get(), decision.value().get(), outcome.value().get(),
                    notes.clean(), confidential.value().get());
        }
    }

    public static AppealForm appeal(Appeal a, Map<Long, String> cases, String titleKey) {
        return appeal(a, cases, null, titleKey);
    }

    /** With people to choose from (from a case), the form asks who appealed. */
    public static AppealForm appeal(Appeal a, Map<Long, String> cases, Map<Long, String> people, String titleKey) {
        FormModel m = new FormModel(titleKey);
        FormModel.MultiChoice<Long> persons = people == null ? null
                : m.multi("field.appeal.persons", a.personIds(), new ArrayList<>(people.keySet()), people::get);
        return new AppealForm(m, a,
                m.choice("field.appeal.level", a.level() == null ? AppealLevel.APPEAL : a.level(), Labels.values(AppealLevel.class), I18n::label, true),
                m.text("field.court", a.court(), false),
                m.date("field.appeal.filed", a.filed(), false),
                m.date("field.appeal.hearing", a.hearing(), false),
                m.date("field.appeal.decision", a.decision(), false),
                m.choice("field.appeal.outcome", a.outcome() == null ? AppealOutcome.UNKNOWN : a.outcome(), Labels.values(AppealOutcome.class), I18n::label, true),
                m.choice("field.case", a.caseId(), new ArrayList<>(cases.keySet()), cases::get, false),
                m.area("field.notes", a.notes()),
                m.check("field.confidential", a.confidential()),
                persons);
    }

    public record RulingForm(FormModel model, UnRuling original, FormModel.Choice<UnBody> body, FormModel.Text number,
                             FormModel.Date adopted, FormModel.Choice<Finding> finding, FormModel.Text articles,
                             FormModel.Text followUp, FormModel.Choice<Long> caseId, FormModel.Text notes,
                             FormModel.Check confidential, FormModel.Choice<Long> person) implements Form<UnRuling> {
        @Override
        public UnRuling result() {
            return new UnRuling(original.id(), person == null ? original.personId() : person.value().get(), caseId.value().get(), body.value().get(), number.clean(),
                    adopted.value().get(), finding.value().get(), articles.clean(), followUp.clean(), notes.clean(),
                    confidential.value().get());
        }
    }

    public static RulingForm ruling(UnRuling u, Map<Long, String> cases, String titleKey) {
        return ruling(u, cases, null, titleKey);
    }

    /** With people to choose from (from a case), the form starts with whose complaint it was. */
    public static RulingForm ruling(UnRuling u, Map<Long, String> cases, Map<Long, String> people, String titleKey) {
        FormModel m = new FormModel(titleKey);
        FormModel.Choice<Long> person = people == null ? null
                : m.choice("field.fact.person", people.containsKey(u.personId()) ? u.personId() : null, new ArrayList<>(people.keySet()), people::get, true);
        return new RulingForm(m, u,
                m.choice("field.ruling.body", u.body() == null ? UnBody.HRC : u.body(), Labels.values(UnBody.class), b -> b.name() + " — " + I18n.label(b), true),
                m.text("field.ruling.number", u.communicationNumber(), false),
                m.date("field.ruling.adopted", u.adopted(), false),
                m.choice("field.ruling.finding", u.finding() == null ? Finding.UNKNOWN : u.finding(), Labels.values(Finding.class), I18n::label, true),
                m.text("field.ruling.articles", u.articles(), false),
                m.text("field.ruling.followUp", u.followUpStatus(), false),
                m.choice("field.case", u.caseId(), new ArrayList<>(cases.keySet()), cases::get, false),
                m.area("field.notes", u.notes()),
                m.check("field.confidential", u.confidential()),
                person);
    }

    public record CaseForm(FormModel model, CaseFile original, FormModel.Text title, FormModel.Text country,
                           FormModel.Text jurisdiction, FormModel.Text number, FormModel.Choice<CaseStatus> status,
                           FormModel.Text summary, FormModel.Check confidential) implements Form<CaseFile> {
        @Override
        public CaseFile result() {
            return new CaseFile(original.id(), title.clean(), country.clean(), jurisdiction.clean(), number.clean(),
                    status.value().get(), summary.clean(), confidential.value().get());
        }
    }

    public static CaseForm caseFile(CaseFile c, String titleKey) {
        FormModel m = new FormModel(titleKey);
        return new CaseForm(m, c,
                m.text("field.case.title", c.title(), true),
                m.text("field.case.country", c.country(), false),
                m.text("field.case.jurisdiction", c.jurisdiction(), false),
                m.text("field.case.number", c.caseNumber(), false),
                m.choice("field.case.status", c.status() == null ? CaseStatus.OPEN : c.status(), Labels.values(CaseStatus.class), I18n::label, true),
                m.area("field.case.summary", c.summary()),
                m.check("field.confidential", c.confidential()));
    }

    public record ChargeForm(FormModel model, Charge original, FormModel.Text article, FormModel.Text description,
                             FormModel.Choice<Long> person) implements Form<Charge> {
        @Override
        public Charge result() {
            return new Charge(original.id(), original.caseId(), person.value().get(), article.clean(), description.clean());
        }
    }

    public static ChargeForm charge(Charge c, Map<Long, String> people, String titleKey) {
        FormModel m = new FormModel(titleKey);
        return new ChargeForm(m, c,
                m.text("field.charge.article", c.article(), true),
                m.text("field.charge.description", c.description(), false),
                m.choice("field.charge.person", c.personId(), new ArrayList<>(people.keySet()), people::get, false));
    }

    public record PartyForm(FormModel model, FormModel.Choice<Long> person, FormModel.Choice<PartyRole> role) {
    }

    public static PartyForm party(Map<Long, String> people) {
        FormModel m = new FormModel("form.party.new");
        return new PartyForm(m, m.choice("field.party.person", null, new ArrayList<>(people.keySet()), people::get, true),
                m.choice("field.party.role", PartyRole.DEFENDANT, Labels.values(PartyRole.class), I18n::label, true));
    }
}
