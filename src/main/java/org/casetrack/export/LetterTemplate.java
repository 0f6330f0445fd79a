package org.casetrack.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editable parts of an advocacy letter (recipient, salutation, the ask, signature),
 * read from a UTF-8 properties file with {placeholders}; see letter-template.properties.
 */
public final class LetterTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private final Properties values;

    private LetterTemplate(Properties values) {
        this.values = values;
    }

    public static LetterTemplate defaults() {
        try (InputStream in = LetterTemplate.class.getResourceAsStream("letter-template.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new LetterTemplate(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default template with the keys this file sets laid over it. */
    public static LetterTemplate read(Path file) {
        Properties p = new Properties();
        p.putAll(defaults().values);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties own = new Properties();
            own.load(r);
            p.putAll(own);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot read the letter template " + file + ".", e);
        }
        return new LetterTemplate(p);
    }

    /** The value for a key with placeholders filled; unknown placeholders are left as they are. */
    public String fill(String key, Map<String, String> vars) {
        String raw = values.getProperty(key, "");
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** "ask.imprisoned" when present for that status, else "ask". */
    public String askKey(String statusCode) {
        return statusCode != null && values.containsKey("ask." + statusCode) ? "ask." + statusCode : "ask";
    }
}
