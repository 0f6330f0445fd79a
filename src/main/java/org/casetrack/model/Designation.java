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
 * @param quoteStart where the quote starts in the report's stored text (null when entered by hand); {@code quoteEnd} exclusive
 */
public record Designation(Long id, long personId, DesignationKind kind, String designatedBy, String listName,
                          PartialDate date, Long documentId, String quote, String url, boolean confidential,
                          Integer quoteStart, Integer quoteEnd) {

    /** A designation whose quote has no known place in the report (entered by hand). */
    public Designation(Long id, long personId, DesignationKind kind, String designatedBy, String listName,
                       PartialDate date, Long documentId, String quote, String url, boolean confidential) {
        this(id, personId, kind, designatedBy, listName, date, documentId, quote, url, confidential, null, null);
    }

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
        if (quoteStart == null || quoteEnd == null || quoteStart < 0 || quoteEnd < quoteStart) {
            quoteStart = null;
            quoteEnd = null;
        }
    }

    /** The same designation with the editable fields replaced; its source (document, quote, place) is kept. */
    public Designation edited(DesignationKind k, String by, String list, PartialDate d, String u) {
        return new Designation(id, personId, k, by, list, d, documentId, quote, u, confidential, quoteStart, quoteEnd);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
