package org.casetrack.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The editable text of one kind of letter in one language (recipient, salutation, the
 * ask, closing, signature; for the WGAD draft its questions), read from
 * {@code letters/KIND_LANG.properties} with {placeholders}. A user's file is laid over it:
 * the keys it sets replace the shipped ones. A key can have variants chosen by the
 * person's status and by number and sex: "ask.imprisoned.many", "ask.imprisoned", "ask.many", "ask".
 */
public final class LetterTemplate {

    private final Properties values;
    private final LetterKind kind;
    private final Lang lang;

    private LetterTemplate(LetterKind kind, Lang lang, Properties values) {
        this.kind = kind;
        this.lang = lang;
        this.values = values;
    }

    /** The shipped template of a kind and language. */
    public static LetterTemplate of(LetterKind kind, Lang lang) {
        Properties p = Words.load("letters/" + kind.resource() + "_" + lang.code() + ".properties");
        return new LetterTemplate(kind, lang, p);
    }

    /** The summary in English: the default letter. */
    public static LetterTemplate defaults() {
        return of(LetterKind.SUMMARY, Lang.EN);
    }

    /** The shipped template with the keys this file sets laid over it. */
    public static LetterTemplate read(LetterKind kind, Lang lang, Path file) {
        Properties p = new Properties();
        p.putAll(of(kind, lang).values);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties own = new Properties();
            own.load(r);
            p.putAll(own);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read the letter template " + file + ".", e);
        }
        return new LetterTemplate(kind, lang, p);
    }

    /** Compatibility: a user file over the English summary. */
    public static LetterTemplate read(Path file) {
        return read(LetterKind.SUMMARY, Lang.EN, file);
    }

    public LetterKind kind() {
        return kind;
    }

    public Lang lang() {
        return lang;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw value of a key, or "" when absent. */
    public String raw(String key) {
        return values.getProperty(key, "");
    }

    /** The value for a key with placeholders filled; unknown placeholders are left as they are. */
    public String fill(String key, Map<String, String> vars) {
        return Words.fill(values.getProperty(key, ""), vars);
    }

    /** The most specific variant of key that exists for this status and form ("many", "f", "m"). */
    public String variant(String key, String statusCode, String form) {
        String[] keys = {key + "." + statusCode + "." + form, key + "." + statusCode, key + "." + form, key};
        for (String k : keys) {
            if (!k.contains("null") && values.containsKey(k)) {
                return k;
            }
        }
        return key;
    }
}
