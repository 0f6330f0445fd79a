package org.casetrack.extract.read;

import java.util.List;
import java.util.Map;

/**
 * One finding's rules as data ({@code org/casetrack/extract/rules/*.txt}, read by
 * {@link DataLines}): a section's lines are the alternatives of one pattern, tried in order.
 * A first line {@code = TEMPLATE} places their alternation where {@code {}} stands in the
 * template, so that "= \b{}\s+$" over "served" and "spent" reads {@code \b(?:(?:served)|(?:spent))\s+$}.
 * That keeps a shared context (a word boundary, "up to three words, then the end") written once
 * and each phrasing on a line of its own. See docs/decisions/0101-penalty-and-appeal-rule-tables.md.
 */
public final class RuleTable {

    private static final String TEMPLATE = "= ";
    private static final String SLOT = "{}";

    private final String file;
    private final Map<String, List<String>> sections;

    private RuleTable(String file, Map<String, List<String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    public static RuleTable load(String file) {
        return new RuleTable(file, DataLines.sections(file));
    }

    /** The regular expression of a section: its template around the alternation of its other lines. */
    public String regex(String name) {
        List<String> lines = lines(name);
        if (!lines.get(0).startsWith(TEMPLATE)) {
            return DataLines.alternation(sections, name);
        }
        String template = lines.get(0).substring(TEMPLATE.length()).strip();
        List<String> alternatives = lines.subList(1, lines.size());
        int slot = template.indexOf(SLOT);
        if (slot < 0 || template.indexOf(SLOT, slot + 1) >= 0 || alternatives.isEmpty()) {
            throw new IllegalStateException(file + " [" + name + "]: a template needs one " + SLOT + " and at least one line after it");
        }
        String alternation = "(?:" + String.join("|", alternatives.stream().map(l -> "(?:" + l + ")").toList()) + ")";
        return template.substring(0, slot) + alternation + template.substring(slot + SLOT.length());
    }

    /** A section of plain words or phrases, one a line. */
    public List<String> words(String name) {
        return List.copyOf(lines(name));
    }

    private List<String> lines(String name) {
        List<String> lines = sections.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException(file + ": missing rules section [" + name + "]");
        }
        return lines;
    }
}
