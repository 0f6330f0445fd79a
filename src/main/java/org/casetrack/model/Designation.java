package org.casetrack.model;

/**
 * A dated, sourced designation of a person by an organisation ("prisoner of conscience"
 * by Amnesty International; "political prisoner" on a named list). The source is a stored
 * report with the quoted sentence, or a URL, or both. Id is null until stored.
 *
 * @param listName the list the person is on (e.g. a human-rights centre's list of political prisoners), or null
 * @param date when the designation was made, at the precision known, or null
 * @param documentId the report that states it, or null
 * @param quote the sentence of that report, or null
 */
public record Designation(Long id, long personId, DesignationKind kind, String designatedBy, String listName,
                          PartialDate date, Long documentId, String quote, String url, boolean confidential) {

    public Designation {
        if (kind == null) {
            throw new IllegalArgumentException("a designation needs a kind");
        }
        if (designatedBy == null || designatedBy.isBlank()) {
            throw new IllegalArgumentException("say who made the designation");
        }
        designatedBy = designatedBy.strip();
        listName = blankToNull(listName);
        quote = blankToNull(quote);
        url = blankToNull(url);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
