package org.casetrack.dataset;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code casetrack.data/1} file (docs/data-format.md) as plain records: what the sample
 * data, the bulk JSON export and {@code import-json} share. Field names map to snake_case.
 */
public record DataSet(
        String format,
        List<Document> documents,
        List<PersonEntry> persons,
        List<CaseEntry> cases,
        List<SentenceEntry> sentences,
        List<AppealEntry> appeals,
        List<RulingEntry> unRulings,
        List<EventEntry> events,
        List<ScheduleStateEntry> scheduleStates,
        List<UserDeadlineEntry> userDeadlines,
        List<DeadlineRuleEntry> deadlineRules,
        List<DesignationEntry> designations,
        List<SettingEntry> settings) {

    public static final String FORMAT = "casetrack.data/1";

    public DataSet {
        documents = nonNull(documents);
        persons = nonNull(persons);
        cases = nonNull(cases);
        sentences = nonNull(sentences);
        appeals = nonNull(appeals);
        unRulings = nonNull(unRulings);
        events = nonNull(events);
        scheduleStates = nonNull(scheduleStates);
        userDeadlines = nonNull(userDeadlines);
        deadlineRules = nonNull(deadlineRules);
        designations = nonNull(designations);
        settings = nonNull(settings);
    }

    /** Without designations and settings (files written before they were exported). */
    public DataSet(String format, List<Document> documents, List<PersonEntry> persons, List<CaseEntry> cases,
                   List<SentenceEntry> sentences, List<AppealEntry> appeals, List<RulingEntry> unRulings, List<EventEntry> events,
                   List<ScheduleStateEntry> scheduleStates, List<UserDeadlineEntry> userDeadlines,
                   List<DeadlineRuleEntry> deadlineRules) {
        this(format, documents, persons, cases, sentences, appeals, unRulings, events, scheduleStates, userDeadlines, deadlineRules,
                null, null);
    }

    /** The core data only (curated files carry no schedule decisions). */
    public DataSet(String format, List<Document> documents, List<PersonEntry> persons, List<CaseEntry> cases,
                   List<SentenceEntry> sentences, List<AppealEntry> appeals, List<RulingEntry> unRulings, List<EventEntry> events) {
        this(format, documents, persons, cases, sentences, appeals, unRulings, events, null, null, null, null, null);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record Document(String key, String title, String publisher, String country, Integer periodYear,
                           String format, String url, String fileName, String contentHash, String text) {
    }

    /** A citation of a document by key, with an optional span and a note. */
    public record Source(String document, Integer start, Integer end, String quote, String note) {
    }

    public record NameEntry(String name, String kind) {
    }

    public record PersonEntry(String key, String name, String givenName, String familyName, String sex, Integer birthYear,
                              List<String> roles, String status, String placeOfDetention, String country, String notes,
                              Boolean confidential, List<NameEntry> names, List<Source> sources) {
    }

    public record PartyEntry(String person, String role) {
    }

    public record ChargeEntry(String person, String article, String description) {
    }

    public record CaseEntry(String key, String title, String country, String jurisdiction, String caseNumber, String status,
                            String summary, Boolean confidential, List<PartyEntry> parties, List<ChargeEntry> charges,
                            List<Source> sources) {
    }

    public record SentenceEntry(String person, String caseKey, String kind, String term, BigDecimal fineAmount,
                                String fineCurrency, String imposed, String court, String start, Integer pretrialDays,
                                String notes, Boolean confidential, List<Source> sources) {
    }

    public record AppealEntry(List<String> persons, String caseKey, String level, String court, String filed, String hearing,
                              String decision, String outcome, String notes, Boolean confidential, List<Source> sources) {
    }

    public record RulingEntry(String person, String caseKey, String body, String communicationNumber, String adopted,
                              String finding, String articles, String followUpStatus, String notes, Boolean confidential,
                              List<Source> sources) {
    }

    public record EventEntry(List<String> persons, String caseKey, String type, String date, String place, String country,
                             String summary, Boolean confidential, List<Source> sources) {
    }

    /**
     * A user's decision about a schedule item. In a file, the item key names facts by their
     * position in this file ("sentence:#3", "person:@some-key", "user:#0") rather than by
     * database id, so that a fresh database can re-link it.
     */
    public record ScheduleStateEntry(String itemKey, String status, String overrideDate, String note) {
    }

    /** A date a user entered by hand (a hearing, a deadline), optionally about a person or case. */
    public record UserDeadlineEntry(String person, String caseKey, String kind, String due, String title, String note) {
    }

    /** A deadline rule this database added or overrode (the shipped ones are not repeated). */
    public record DeadlineRuleEntry(String id, String jurisdiction, String proceeding, String trigger, List<String> appliesTo,
                                    String period, String kind, String label, String citation, String basis, String caveat,
                                    Boolean enabled) {
    }

    /**
     * A designation of a person (prisoner of conscience, political prisoner on a list): by
     * whom, when, and its source, a document passage (with its place when known) and/or a URL.
     */
    public record DesignationEntry(String person, String kind, String designatedBy, String list, String date, String url,
                                   Boolean confidential, Source source) {
    }

    /** A setting kept in the database (the letterhead: organisation, address, logo as base64). */
    public record SettingEntry(String key, String value) {
    }
}
