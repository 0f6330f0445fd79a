package org.casetrack.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casetrack.model.Coded;

/**
 * The words and sentence patterns of one language, from {@code words_LANG.properties}:
 * labels for every code, month names, numbers, and patterns with {placeholders}.
 */
final class Words {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_]+)}");
    private static final Map<Lang, Words> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties p;

    private Words(Lang lang, Properties p) {
        this.lang = lang;
        this.p = p;
    }

    static synchronized Words of(Lang lang) {
        return CACHE.computeIfAbsent(lang, l -> new Words(l, load("words_" + l.code() + ".properties")));
    }

    static Properties load(String resource) {
        try (InputStream in = Words.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Lang lang() {
        return lang;
    }

    boolean has(String key) {
        return p.containsKey(key);
    }

    String get(String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no text for " + key + " in " + lang);
        }
        return v;
    }

    /** The first key of these that exists (for variants such as "label.X.f" before "label.X"). */
    String first(String... keys) {
        for (String k : keys) {
            if (k != null && p.containsKey(k)) {
                return p.getProperty(k);
            }
        }
        return get(keys[keys.length - 1]);
    }

    /** The pattern of key with its placeholders filled; {Name} (capitalised) fills with the value capitalised. */
    String fmt(String key, Map<String, String> vars) {
        return fill(get(key), vars);
    }

    static String fill(String raw, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = vars.get(name);
            if (v == null && Character.isUpperCase(name.charAt(0))) {
                String lower = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                v = vars.containsKey(lower) ? Prose.cap(vars.get(lower)) : null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The reader's words for a code, e.g. "serving a prison sentence"; a female variant (".f") when there is one. */
    String label(Coded c, boolean female) {
        if (c == null) {
            return "";
        }
        String base = "label." + c.getClass().getSimpleName() + "." + c.code();
        return first(female ? base + ".f" : null, base);
    }

    String label(Coded c) {
        return label(c, false);
    }
}
