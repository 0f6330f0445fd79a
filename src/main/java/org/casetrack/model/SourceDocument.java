package org.casetrack.model;


/** A report a fact came from, with its normalised text when it was imported. */
public record SourceDocument(
        Long id,
        String title,
        String publisher,
        String country,
        Integer periodYear,
        String format,
        String contentHash,
        String fileName,
        String url,
        String text) {
}
