package org.casetrack.export;

import java.util.List;

/**
 * What an advocacy letter says about a person or a case, already filtered for
 * confidentiality, with footnote numbers pointing into {@link #notes()}. Renderers
 * (Markdown, HTML/PDF, DOCX) only lay this out.
 */
public record CaseSummary(
        String subject,
        List<PersonPart> persons,
        List<CasePart> cases,
        List<Line> sentences,
        List<Line> appeals,
        List<Line> rulings,
        List<ChronologyRow> chronology,
        List<Note> notes) {

    /** A sentence of text with the footnotes that support it (1-based numbers into notes). */
    public record Line(String text, List<Integer> notes) {
    }

    public record PersonPart(String name, List<String> otherNames, String status, String placeOfDetention, String country,
                             List<String> roles, String notes, List<Integer> sourceNotes) {
    }

    public record CasePart(String title, String country, String caseNumber, String status, String summary, List<Line> charges,
                           List<Integer> sourceNotes) {
    }

    public record ChronologyRow(String date, String text, List<Integer> notes) {
    }

    /** A source citation: publisher, title, year, and the quoted sentence when the report text was imported. */
    public record Note(int number, String publisher, String title, Integer year, String quote, String paraphrase, String url) {

        /** "Human Rights Watch, World Report 2017: Kazakhstan (2016): “quote”" */
        public String text() {
            StringBuilder sb = new StringBuilder();
            if (publisher != null && !publisher.isBlank()) {
                sb.append(publisher).append(", ");
            }
            sb.append(title);
            if (year != null) {
                sb.append(" (").append(year).append(')');
            }
            if (quote != null && !quote.isBlank()) {
                sb.append(": \u201C").append(quote.strip()).append('\u201D');
            } else if (paraphrase != null && !paraphrase.isBlank()) {
                sb.append(". Summary: ").append(paraphrase.strip());
            } else {
                sb.append('.');
            }
            return sb.toString();
        }
    }
}
