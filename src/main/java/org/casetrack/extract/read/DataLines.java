package org.casetrack.extract.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Word lists and patterns kept as data in {@code org/casetrack/extract/rules/*.txt}: one entry a
 * line, {@code #} starts a comment, {@code [name]} starts a section. A reader can scan and edit
 * them without reading Java.
 */
public final class DataLines {

    private DataLines() {
    }

    /** The sections of a rules file, each a list of its non-blank, non-comment lines, in order. */
    public static Map<String, List<String>> sections(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String section = "";
        out.put(section, new ArrayList<>());
        try (InputStream in = DataLines.class.getResourceAsStream("/org/casetrack/extract/rules/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing rules file " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1).strip();
                    out.computeIfAbsent(section, k -> new ArrayList<>());
                    continue;
                }
                out.get(section).add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One section as a regular-expression alternation of its lines (each line is a pattern). */
    public static String alternation(Map<String, List<String>> sections, String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException("missing rules section [" + name + "]");
        }
        return "(?:" + String.join("|", lines.stream().map(l -> "(?:" + l + ")").toList()) + ")";
    }
}
