package org.casetrack.store;

import static org.casetrack.store.generated.Tables.APPEAL;
import static org.casetrack.store.generated.Tables.APPEAL_PARTY;
import static org.casetrack.store.generated.Tables.EVENT;
import static org.casetrack.store.generated.Tables.EVENT_PERSON;
import static org.casetrack.store.generated.Tables.SENTENCE;
import static org.casetrack.store.generated.Tables.UN_RULING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealLevel;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.Event;
import org.casetrack.model.EventType;
import org.casetrack.model.Finding;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Term;
import org.casetrack.model.UnBody;
import org.casetrack.store.generated.tables.records.AppealRecord;
import org.casetrack.store.generated.tables.records.EventRecord;
import org.casetrack.store.generated.tables.records.SentenceRecord;
import org.casetrack.store.generated.tables.records.UnRulingRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Sentences, appeals, UN rulings and events: the facts of a case. */
public final class FactStore {

    private final DSLContext ctx;

    public FactStore(DSLContext ctx) {
        this.ctx = ctx;
    }

    // ---- sentences

    public long insertSentence(Sentence s) {
        SentenceRecord r = ctx.newRecord(SENTENCE);
        if (s.id() != null) {
            r.setId(s.id());
        }
        fill(r, s);
        r.store();
        return r.getId();
    }

    public void updateSentence(Sentence s) {
        SentenceRecord r = ctx.fetchOptional(SENTENCE, SENTENCE.ID.eq(s.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That sentence no longer exists."));
        fill(r, s);
        r.store();
    }

    public void deleteSentence(long id) {
        ctx.deleteFrom(SENTENCE).where(SENTENCE.ID.eq(id)).execute();
    }

    public Optional<Sentence> sentence(long id) {
        return ctx.fetchOptional(SENTENCE, SENTENCE.ID.eq(id)).map(FactStore::toSentence);
    }

    public List<Sentence> sentencesOf(long personId) {
        return sentences(SENTENCE.PERSON_ID.eq(personId));
    }

    public List<Sentence> sentencesInCase(long caseId) {
        return sentences(SENTENCE.CASE_ID.eq(caseId));
    }

    public List<Sentence> allSentences() {
        return sentences(org.jooq.impl.DSL.trueCondition());
    }

    private List<Sentence> sentences(Condition where) {
        return ctx.selectFrom(SENTENCE).where(where).orderBy(SENTENCE.IMPOSED_FROM.asc().nullsLast(), SENTENCE.ID)
                .fetch(FactStore::toSentence);
    }

    private static void fill(SentenceRecord r, Sentence s) {
        if (s.kind() == null) {
            throw new StoreException(StoreException.Kind.INVALID, "A sentence needs a kind.");
        }
        r.setPersonId(s.personId());
        r.setCaseId(s.caseId());
        r.setKind(s.kind().name());
        r.setTermYears(s.term() == null ? null : s.term().years());
        r.setTermMonths(s.term() == null ? null : s.term().months());
        r.setTermDays(s.term() == null ? null : s.term().days());
        r.setFineAmount(s.fineAmount());
        r.setFineCurrency(s.fineCurrency());
        r.setImposedFrom(Dates.from(s.imposed()));
        r.setImposedTo(Dates.to(s.imposed()));
        r.setImposedPrecision(Dates.precision(s.imposed()));
        r.setCourt(s.court());
        r.setStartFrom(Dates.from(s.start()));
        r.setStartTo(Dates.to(s.start()));
        r.setStartPrecision(Dates.precision(s.start()));
        r.setPretrialDays(s.pretrialDays());
        r.setNotes(s.notes());
        r.setConfidential(s.confidential());
    }

    private static Sentence toSentence(SentenceRecord r) {
        return new Sentence(r.getId(), r.getPersonId(), r.getCaseId(),
                Dates.enumOf(SentenceKind.class, r.getKind(), SentenceKind.OTHER),
                Term.of(r.getTermYears(), r.getTermMonths(), r.getTermDays()),
                r.getFineAmount(), r.getFineCurrency(), Dates.read(r.getImposedFrom(), r.getImposedPrecision()),
                r.getCourt(), Dates.read(r.getStartFrom(), r.getStartPrecision()), r.getPretrialDays(), r.getNotes(),
                Boolean.TRUE.equals(r.getConfidential()));
    }

    // ---- appeals

    public long insertAppeal(Appeal a) {
        AppealRecord r = ctx.newRecord(APPEAL);
        if (a.id() != null) {
            r.setId(a.id());
        }
        fill(r, a);
        r.store();
        setAppealParties(r.getId(), a.personIds());
        return r.getId();
    }

    public void updateAppeal(Appeal a) {
        AppealRecord r = ctx.fetchOptional(APPEAL, APPEAL.ID.eq(a.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That appeal no longer exists."));
        fill(r, a);
        r.store();
        setAppealParties(a.id(), a.personIds());
    }

    public void deleteAppeal(long id) {
        ctx.deleteFrom(APPEAL).where(APPEAL.ID.eq(id)).execute();
    }

    public Optional<Appeal> appeal(long id) {
        return appeals(APPEAL.ID.eq(id)).stream().findFirst();
    }

    public List<Appeal> appealsOf(long personId) {
        return appeals(APPEAL.ID.in(ctx.select(APPEAL_PARTY.APPEAL_ID).from(APPEAL_PARTY).where(APPEAL_PARTY.PERSON_ID.eq(personId))));
    }

    public List<Appeal> appealsInCase(long caseId) {
        return appeals(APPEAL.CASE_ID.eq(caseId));
    }

    public List<Appeal> allAppeals() {
        return appeals(org.jooq.impl.DSL.trueCondition());
    }

    private List<Appeal> appeals(Condition where) {
        List<AppealRecord> rows = ctx.selectFrom(APPEAL).where(where)
                .orderBy(APPEAL.DECISION_FROM.asc().nullsLast(), APPEAL.ID).fetch();
        Map<Long, List<Long>> parties = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            ctx.selectFrom(APPEAL_PARTY).where(APPEAL_PARTY.APPEAL_ID.in(rows.stream().map(AppealRecord::getId).toList()))
                    .orderBy(APPEAL_PARTY.PERSON_ID)
                    .forEach(p -> parties.computeIfAbsent(p.getAppealId(), k -> new ArrayList<>()).add(p.getPersonId()));
        }
        return rows.stream().map(r -> new Appeal(r.getId(), List.copyOf(parties.getOrDefault(r.getId(), List.of())), r.getCaseId(),
                r.getSentenceId(), Dates.enumOf(AppealLevel.class, r.getLevel(), AppealLevel.OTHER), r.getCourt(),
                Dates.read(r.getFiledFrom(), r.getFiledPrecision()), Dates.read(r.getHearingFrom(), r.getHearingPrecision()),
                Dates.read(r.getDecisionFrom(), r.getDecisionPrecision()),
                Dates.enumOf(AppealOutcome.class, r.getOutcome(), AppealOutcome.UNKNOWN), r.getNotes(),
                Boolean.TRUE.equals(r.getConfidential()))).toList();
    }

    private void setAppealParties(long appealId, List<Long> personIds) {
        if (personIds == null || personIds.isEmpty()) {
            throw new StoreException(StoreException.Kind.INVALID, "An appeal needs at least one person.");
        }
        ctx.deleteFrom(APPEAL_PARTY).where(APPEAL_PARTY.APPEAL_ID.eq(appealId)).execute();
        for (Long pid : personIds.stream().distinct().toList()) {
            ctx.insertInto(APPEAL_PARTY, APPEAL_PARTY.APPEAL_ID, APPEAL_PARTY.PERSON_ID).values(appealId, pid).execute();
        }
    }

    private static void fill(AppealRecord r, Appeal a) {
        r.setCaseId(a.caseId());
        r.setSentenceId(a.sentenceId());
        r.setLevel((a.level() == null ? AppealLevel.APPEAL : a.level()).name());
        r.setCourt(a.court());
        r.setFiledFrom(Dates.from(a.filed()));
        r.setFiledTo(Dates.to(a.filed()));
        r.setFiledPrecision(Dates.precision(a.filed()));
        r.setHearingFrom(Dates.from(a.hearing()));
        r.setHearingTo(Dates.to(a.hearing()));
        r.setHearingPrecision(Dates.precision(a.hearing()));
        r.setDecisionFrom(Dates.from(a.decision()));
        r.setDecisionTo(Dates.to(a.decision()));
        r.setDecisionPrecision(Dates.precision(a.decision()));
        r.setOutcome((a.outcome() == null ? AppealOutcome.UNKNOWN : a.outcome()).name());
        r.setNotes(a.notes());
        r.setConfidential(a.confidential());
    }

    // ---- UN rulings

    public long insertRuling(org.casetrack.model.UnRuling u) {
        UnRulingRecord r = ctx.newRecord(UN_RULING);
        if (u.id() != null) {
            r.setId(u.id());
        }
        fill(r, u);
        r.store();
        return r.getId();
    }

    public void updateRuling(org.casetrack.model.UnRuling u) {
        UnRulingRecord r = ctx.fetchOptional(UN_RULING, UN_RULING.ID.eq(u.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That UN ruling no longer exists."));
        fill(r, u);
        r.store();
    }

    public void deleteRuling(long id) {
        ctx.deleteFrom(UN_RULING).where(UN_RULING.ID.eq(id)).execute();
    }

    public Optional<org.casetrack.model.UnRuling> ruling(long id) {
        return rulings(UN_RULING.ID.eq(id)).stream().findFirst();
    }

    public List<org.casetrack.model.UnRuling> rulingsOf(long personId) {
        return rulings(UN_RULING.PERSON_ID.eq(personId));
    }

    public List<org.casetrack.model.UnRuling> rulingsInCase(long caseId) {
        return rulings(UN_RULING.CASE_ID.eq(caseId));
    }

    public List<org.casetrack.model.UnRuling> allRulings() {
        return rulings(org.jooq.impl.DSL.trueCondition());
    }

    private List<org.casetrack.model.UnRuling> rulings(Condition where) {
        return ctx.selectFrom(UN_RULING).where(where).orderBy(UN_RULING.ADOPTED_FROM.asc().nullsLast(), UN_RULING.ID)
                .fetch(r -> new org.casetrack.model.UnRuling(r.getId(), r.getPersonId(), r.getCaseId(),
                        Dates.enumOf(UnBody.class, r.getBody(), UnBody.OTHER), r.getCommunicationNumber(),
                        Dates.read(r.getAdoptedFrom(), r.getAdoptedPrecision()),
                        Dates.enumOf(Finding.class, r.getFinding(), Finding.UNKNOWN), r.getArticles(), r.getFollowUpStatus(),
                        r.getNotes(), Boolean.TRUE.equals(r.getConfidential())));
    }

    private static void fill(UnRulingRecord r, org.casetrack.model.UnRuling u) {
        if (u.body() == null) {
            throw new StoreException(StoreException.Kind.INVALID, "A UN ruling needs the body that adopted it.");
        }
        r.setPersonId(u.personId());
        r.setCaseId(u.caseId());
        r.setBody(u.body().name());
        r.setCommunicationNumber(u.communicationNumber());
        r.setAdoptedFrom(Dates.from(u.adopted()));
        r.setAdoptedTo(Dates.to(u.adopted()));
        r.setAdoptedPrecision(Dates.precision(u.adopted()));
        r.setFinding((u.finding() == null ? Finding.UNKNOWN : u.finding()).name());
        r.setArticles(u.articles());
        r.setFollowUpStatus(u.followUpStatus());
        r.setNotes(u.notes());
        r.setConfidential(u.confidential());
    }

    // ---- events

    public long insertEvent(Event e) {
        EventRecord r = ctx.newRecord(EVENT);
        if (e.id() != null) {
            r.setId(e.id());
        }
        fill(r, e);
        r.store();
        Countries.remember(ctx, Countries.EVENT, e.country());
        setEventPersons(r.getId(), e.personIds());
        return r.getId();
    }

    public void updateEvent(Event e) {
        EventRecord r = ctx.fetchOptional(EVENT, EVENT.ID.eq(e.id()))
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "That event no longer exists."));
        fill(r, e);
        r.store();
        Countries.remember(ctx, Countries.EVENT, e.country());
        setEventPersons(e.id(), e.personIds());
    }

    public void deleteEvent(long id) {
        ctx.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute();
    }

    public Optional<Event> event(long id) {
        return events(EVENT.ID.eq(id)).stream().findFirst();
    }

    public List<Event> eventsOf(long personId) {
        return events(EVENT.ID.in(ctx.select(EVENT_PERSON.EVENT_ID).from(EVENT_PERSON).where(EVENT_PERSON.PERSON_ID.eq(personId))));
    }

    /** What the schedule reads of events, every dated hearing included. */
    public List<Event> scheduleEvents() {
        return scheduleEvents(null, null, java.util.Set.of());
    }

    /**
     * What the schedule reads of events, in a few plain reads whatever the size
     * (docs/decisions/0095): dated hearings with all their persons, only those whose first day
     * lies from {@code from} - 366 days to {@code to} (null: unbounded; a year-precise date
     * spans at most 366 days, so no hearing overlapping from..to is missed) plus the hearings
     * {@code alsoHearings} names (those with a user-entered date); and the dated detentions
     * and arrests of persons with a sentence, carrying only those persons. The detentions are
     * joined to their persons in Java: two index reads instead of a probe per row.
     */
    public List<Event> scheduleEvents(java.time.LocalDate from, java.time.LocalDate to, java.util.Set<Long> alsoHearings) {
        List<Event> out = new ArrayList<>();
        Condition hearing = EVENT.TYPE.eq(EventType.HEARING.name()).and(EVENT.DATE_FROM.isNotNull());
        Condition window = hearing;
        if (from != null) {
            window = window.and(EVENT.DATE_FROM.ge(from.minusDays(366)));
        }
        if (to != null) {
            window = window.and(EVENT.DATE_FROM.le(to));
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        hearings(window, out, seen);
        List<Long> extra = alsoHearings.stream().filter(id -> !seen.contains(id)).sorted().toList();
        for (int i = 0; i < extra.size(); i += 1000) {
            hearings(hearing.and(EVENT.ID.in(extra.subList(i, Math.min(extra.size(), i + 1000)))), out, seen);
        }
        detentionsOfSentenced(out);
        out.sort(java.util.Comparator.comparing((Event e) -> e.date().earliest()).thenComparing(Event::id));
        return out;
    }

    private void hearings(Condition where, List<Event> out, java.util.Set<Long> seen) {
        Map<Long, List<Long>> persons = new java.util.HashMap<>();
        ctx.select(EVENT_PERSON.EVENT_ID, EVENT_PERSON.PERSON_ID).from(EVENT).join(EVENT_PERSON).on(EVENT_PERSON.EVENT_ID.eq(EVENT.ID))
                .where(where).orderBy(EVENT_PERSON.EVENT_ID, EVENT_PERSON.PERSON_ID)
                .forEach(r -> persons.computeIfAbsent(r.value1(), k -> new ArrayList<>(2)).add(r.value2()));
        ctx.select(EVENT.ID, EVENT.TYPE, EVENT.DATE_FROM, EVENT.DATE_PRECISION, EVENT.PLACE, EVENT.COUNTRY, EVENT.SUMMARY,
                        EVENT.CASE_ID, EVENT.CONFIDENTIAL)
                .from(EVENT).where(where)
                .forEach(r -> {
                    List<Long> who = persons.get(r.value1());
                    if (who != null && seen.add(r.value1())) { // an event without persons is no one's hearing
                        out.add(new Event(r.value1(), EventType.HEARING, Dates.read(r.value3(), r.value4()), r.value5(), r.value6(),
                                r.value7(), List.copyOf(who), r.value8(), Boolean.TRUE.equals(r.value9())));
                    }
                });
    }

    // both reads name only columns of one index (V65), so H2 never goes to the table rows
    private void detentionsOfSentenced(List<Event> out) {
        Map<Long, List<Long>> sentencedOf = new java.util.HashMap<>();
        ctx.select(EVENT_PERSON.EVENT_ID, EVENT_PERSON.PERSON_ID).from(EVENT_PERSON)
                .where(EVENT_PERSON.PERSON_ID.in(DSL.selectDistinct(SENTENCE.PERSON_ID).from(SENTENCE)))
                .forEach(r -> sentencedOf.computeIfAbsent(r.value1(), k -> new ArrayList<>(1)).add(r.value2()));
        if (sentencedOf.isEmpty()) {
            return;
        }
        ctx.select(EVENT.ID, EVENT.TYPE, EVENT.DATE_FROM, EVENT.DATE_PRECISION, EVENT.CASE_ID)
                .from(EVENT).where(EVENT.TYPE.in(EventType.DETENTION.name(), EventType.ARREST.name())).and(EVENT.DATE_FROM.isNotNull())
                .forEach(r -> {
                    List<Long> who = sentencedOf.get(r.value1());
                    if (who != null) { // place, summary and the confidential mark: no item comes from a detention itself
                        out.add(new Event(r.value1(), Dates.enumOf(EventType.class, r.value2(), EventType.OTHER),
                                Dates.read(r.value3(), r.value4()), null, null, null, who.stream().sorted().toList(), r.value5(), false));
                    }
                });
    }

    // ---- what the stored schedule recomputes for a few persons (docs/decisions/0115)

    /** The sentences of these persons. */
    public List<Sentence> sentencesOfPersons(java.util.Collection<Long> personIds) {
        List<Sentence> out = new ArrayList<>();
        for (List<Long> chunk : RecordsById.chunks(personIds)) {
            out.addAll(sentences(SENTENCE.PERSON_ID.in(chunk)));
        }
        return out;
    }

    public List<org.casetrack.model.UnRuling> rulingsOfPersons(java.util.Collection<Long> personIds) {
        List<org.casetrack.model.UnRuling> out = new ArrayList<>();
        for (List<Long> chunk : RecordsById.chunks(personIds)) {
            out.addAll(rulings(UN_RULING.PERSON_ID.in(chunk)));
        }
        return out;
    }

    /** The appeals these persons are party to, and every appeal of these cases. */
    public List<Appeal> appealsOfPersonsOrCases(java.util.Collection<Long> personIds, java.util.Collection<Long> caseIds) {
        Map<Long, Appeal> out = new LinkedHashMap<>();
        for (List<Long> chunk : RecordsById.chunks(personIds)) {
            appeals(APPEAL.ID.in(DSL.select(APPEAL_PARTY.APPEAL_ID).from(APPEAL_PARTY).where(APPEAL_PARTY.PERSON_ID.in(chunk))))
                    .forEach(a -> out.putIfAbsent(a.id(), a));
        }
        for (List<Long> chunk : RecordsById.chunks(caseIds)) {
            appeals(APPEAL.CASE_ID.in(chunk)).forEach(a -> out.putIfAbsent(a.id(), a));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * What {@link #scheduleEvents()} gives for these persons: their dated hearings (with all
     * the hearing's persons) and their dated detentions and arrests (carrying only these persons).
     */
    public List<Event> scheduleEventsOfPersons(java.util.Collection<Long> personIds) {
        List<Event> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Condition hearing = EVENT.TYPE.eq(EventType.HEARING.name()).and(EVENT.DATE_FROM.isNotNull());
        for (List<Long> chunk : RecordsById.chunks(personIds)) {
            hearings(hearing.and(EVENT.ID.in(DSL.select(EVENT_PERSON.EVENT_ID).from(EVENT_PERSON).where(EVENT_PERSON.PERSON_ID.in(chunk)))),
                    out, seen);
            Map<Long, List<Long>> who = new java.util.HashMap<>();
            ctx.select(EVENT_PERSON.EVENT_ID, EVENT_PERSON.PERSON_ID).from(EVENT_PERSON).where(EVENT_PERSON.PERSON_ID.in(chunk))
                    .forEach(r -> who.computeIfAbsent(r.value1(), k -> new ArrayList<>(1)).add(r.value2()));
            for (List<Long> events : RecordsById.chunks(who.keySet())) {
                ctx.select(EVENT.ID, EVENT.TYPE, EVENT.DATE_FROM, EVENT.DATE_PRECISION, EVENT.CASE_ID)
                        .from(EVENT).where(EVENT.TYPE.in(EventType.DETENTION.name(), EventType.ARREST.name()))
                        .and(EVENT.DATE_FROM.isNotNull()).and(EVENT.ID.in(events))
                        .forEach(r -> out.add(new Event(r.value1(), Dates.enumOf(EventType.class, r.value2(), EventType.OTHER),
                                Dates.read(r.value3(), r.value4()), null, null, null, who.get(r.value1()).stream().sorted().toList(),
                                r.value5(), false)));
            }
        }
        return out;
    }

    public List<Event> eventsInCase(long caseId) {
        return events(EVENT.CASE_ID.eq(caseId));
    }

    /** Every event, including those tied to no person and no case (background events). */
    public List<Event> allEvents() {
        return events(org.jooq.impl.DSL.trueCondition());
    }

    private List<Event> events(Condition where) {
        List<EventRecord> rows = ctx.selectFrom(EVENT).where(where).orderBy(EVENT.DATE_FROM.asc().nullsLast(), EVENT.ID).fetch();
        Map<Long, List<Long>> persons = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            ctx.selectFrom(EVENT_PERSON).where(EVENT_PERSON.EVENT_ID.in(rows.stream().map(EventRecord::getId).toList()))
                    .orderBy(EVENT_PERSON.PERSON_ID)
                    .forEach(p -> persons.computeIfAbsent(p.getEventId(), k -> new ArrayList<>()).add(p.getPersonId()));
        }
        return rows.stream().map(r -> new Event(r.getId(), Dates.enumOf(EventType.class, r.getType(), EventType.OTHER),
                Dates.read(r.getDateFrom(), r.getDatePrecision()), r.getPlace(), r.getCountry(), r.getSummary(),
                List.copyOf(persons.getOrDefault(r.getId(), List.of())), r.getCaseId(), Boolean.TRUE.equals(r.getConfidential()))).toList();
    }

    private void setEventPersons(long eventId, List<Long> personIds) {
        ctx.deleteFrom(EVENT_PERSON).where(EVENT_PERSON.EVENT_ID.eq(eventId)).execute();
        if (personIds != null) {
            for (Long pid : personIds.stream().distinct().toList()) {
                ctx.insertInto(EVENT_PERSON, EVENT_PERSON.EVENT_ID, EVENT_PERSON.PERSON_ID).values(eventId, pid).execute();
            }
        }
    }

    private static void fill(EventRecord r, Event e) {
        if (e.type() == null || e.summary() == null || e.summary().isBlank()) {
            throw new StoreException(StoreException.Kind.INVALID, "An event needs a type and a summary.");
        }
        r.setCaseId(e.caseId());
        r.setType(e.type().name());
        r.setDateFrom(Dates.from(e.date()));
        r.setDateTo(Dates.to(e.date()));
        r.setDatePrecision(Dates.precision(e.date()));
        r.setPlace(e.place());
        r.setCountry(e.country());
        r.setSummary(e.summary().strip());
        r.setConfidential(e.confidential());
    }
}
