package org.casetrack.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to write a letter: its kind, language, paper, whether confidential content goes in,
 * an optional user template laid over the shipped one, and today's date.
 */
public record LetterOptions(LetterKind kind, Lang lang, PageSize page, boolean includeConfidential, Path template, LocalDate today) {

    public LetterOptions {
        kind = kind == null ? LetterKind.SUMMARY : kind;
        lang = lang == null ? Lang.EN : lang;
        page = page == null ? PageSize.A4 : page;
        today = Objects.requireNonNullElseGet(today, LocalDate::now);
    }

    public static LetterOptions defaults() {
        return new LetterOptions(LetterKind.SUMMARY, Lang.EN, PageSize.A4, false, null, null);
    }

    public LetterOptions with(LetterKind k) {
        return new LetterOptions(k, lang, page, includeConfidential, template, today);
    }

    public LetterOptions with(Lang l) {
        return new LetterOptions(kind, l, page, includeConfidential, template, today);
    }

    public LetterOptions with(PageSize p) {
        return new LetterOptions(kind, lang, p, includeConfidential, template, today);
    }

    /** The shipped template of this kind and language, with the user's file over it. */
    public LetterTemplate letterTemplate() {
        return template == null ? LetterTemplate.of(kind, lang) : LetterTemplate.read(kind, lang, template);
    }
}
