package org.casetrack.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A letter ready to lay out: the template's parts filled in, around a {@link CaseSummary}. */
public record Letter(String date, List<String> recipient, String subject, String salutation, String opening, String ask,
                     String closing, String signoff, List<String> signature, CaseSummary summary) {

    public static Letter of(CaseSummary s, LetterTemplate t, LocalDate today) {
        Map<String, String> vars = new HashMap<>();
        String persons = s.persons().stream().map(CaseSummary.PersonPart::name).collect(Collectors.joining(", "));
        CaseSummary.PersonPart first = s.persons().isEmpty() ? null : s.persons().get(0);
        vars.put("subject", s.subject());
        vars.put("person", persons.isEmpty() ? s.subject() : persons);
        vars.put("status", first == null || first.status() == null ? "" : first.status());
        vars.put("place_of_detention", first == null || first.placeOfDetention() == null ? "" : first.placeOfDetention());
        String country = first != null && first.country() != null ? first.country()
                : s.cases().stream().map(CaseSummary.CasePart::country).filter(c -> c != null).findFirst().orElse("the country concerned");
        vars.put("country", country);
        vars.put("case", s.cases().stream().map(CaseSummary.CasePart::title).collect(Collectors.joining("; ")));
        String date = today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        vars.put("date", date);
        String statusCode = first == null || first.status() == null ? null : first.status().replace(' ', '_');
        boolean allSameStatus = s.persons().stream().map(CaseSummary.PersonPart::status).distinct().count() <= 1;
        return new Letter(date, lines(t.fill("recipient", vars)), t.fill("subject", vars), t.fill("salutation", vars),
                t.fill("opening", vars), t.fill(allSameStatus ? t.askKey(statusCode) : "ask", vars), t.fill("closing", vars),
                t.fill("signoff", vars), lines(t.fill("signature", vars)), s);
    }

    private static List<String> lines(String s) {
        return s.isBlank() ? List.of() : List.of(s.split("\\R"));
    }
}
