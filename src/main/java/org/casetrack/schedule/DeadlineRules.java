package org.casetrack.schedule;

import org.casetrack.model.DeadlineTrigger;
import org.casetrack.model.ItemKind;
import org.casetrack.model.DeadlineRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casetrack.model.Coded;
import org.casetrack.model.Term;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The deadline table: the rows shipped in {@code deadline-rules.json} beside this class,
 * with a database's own rows laid over them by id (a row with the same id replaces the
 * shipped one; {@code "enabled": false} switches it off). See docs/decisions/0020-deadline-rules.md.
 */
public final class DeadlineRules {

    public static final String FORMAT = "casetrack.deadline-rules/1";
    static final String RESOURCE = "deadline-rules.json";

    private final Map<String, DeadlineRule> byId;

    private DeadlineRules(Map<String, DeadlineRule> byId) {
        this.byId = byId;
    }

    public static DeadlineRules of(Collection<DeadlineRule> rules) {
        Map<String, DeadlineRule> map = new LinkedHashMap<>();
        for (DeadlineRule r : rules) {
            map.put(r.id(), r);
        }
        return new DeadlineRules(map);
    }

    /** The rows shipped with the application. */
    public static DeadlineRules shipped() {
        try (InputStream in = DeadlineRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a rule file; throws IllegalArgumentException with a plain sentence when it is wrong. */
    public static List<DeadlineRule> read(Path file) {
        try {
            return parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the rule file " + file + ".", e);
        }
    }

    public static List<DeadlineRule> parse(String json, String name) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!FORMAT.equals(text(root.path("format")))) {
            throw new IllegalArgumentException(name + " is not a deadline rule file (\"format\" must be \"" + FORMAT + "\").");
        }
        List<DeadlineRule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String id = text(r.path("id"));
            try {
                Set<String> applies = new LinkedHashSet<>();
                for (JsonNode a : r.path("applies_to")) {
                    applies.add(a.asString());
                }
                rules.add(new DeadlineRule(
                        id,
                        text(r.path("jurisdiction")),
                        text(r.path("proceeding")),
                        Coded.parse(DeadlineTrigger.class, text(r.path("trigger"))),
                        applies,
                        Term.parse(text(r.path("period"))),
                        Coded.parse(ItemKind.class, text(r.path("kind"))),
                        text(r.path("label")),
                        text(r.path("citation")),
                        text(r.path("basis")),
                        text(r.path("caveat")),
                        !r.has("enabled") || r.path("enabled").asBoolean(true)));
                String problem = problem(rules.get(rules.size() - 1));
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Rule " + (id == null ? "without id" : id) + " in " + name + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** The longest period a deadline rule may have: no procedural time limit is longer. */
    public static final int MAX_PERIOD_YEARS = 100;

    /**
     * What is wrong with a rule that parsed (a period no deadline has, a value too long for
     * the table), as a plain sentence; null when it can be stored and computed with.
     */
    public static String problem(DeadlineRule r) {
        Term p = r.period();
        if (p.isZero() || p.years() > MAX_PERIOD_YEARS || p.totalMonths() > MAX_PERIOD_YEARS * 12
                || p.days() > MAX_PERIOD_YEARS * 366 || p.totalMonths() + p.days() / 28 > MAX_PERIOD_YEARS * 12) {
            return "the period " + p.toIso() + " is not a deadline (it must be more than zero and at most "
                    + MAX_PERIOD_YEARS + " years).";
        }
        if (r.id().length() > 100 || len(r.jurisdiction()) > 100 || len(r.proceeding()) > 100 || len(r.label()) > 300
                || len(r.citation()) > 200 || String.join(",", r.appliesTo()).length() > 500
                || r.basis().length() > 20_000 || len(r.caveat()) > 20_000) {
            return "a value is too long (id, jurisdiction and proceeding up to 100 characters, label 300, citation 200).";
        }
        return null;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    /** Writes rules in the file format (for users to copy and edit). */
    public static String toJson(Collection<DeadlineRule> rules) {
        JsonMapper m = JsonMapper.shared();
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode arr = root.putArray("rules");
        for (DeadlineRule r : rules) {
            ObjectNode o = arr.addObject();
            o.put("id", r.id());
            o.put("jurisdiction", r.jurisdiction());
            o.put("proceeding", r.proceeding());
            o.put("trigger", r.trigger().code());
            ArrayNode a = o.putArray("applies_to");
            r.appliesTo().stream().sorted().forEach(a::add);
            o.put("period", r.period().toIso());
            o.put("kind", r.kind().code());
            o.put("label", r.label());
            o.put("citation", r.citation());
            o.put("basis", r.basis());
            o.put("caveat", r.caveat());
            o.put("enabled", r.enabled());
        }
        return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    /** These rules with the given rows laid over them by id. */
    public DeadlineRules overriddenBy(Collection<DeadlineRule> overrides) {
        Map<String, DeadlineRule> map = new LinkedHashMap<>(byId);
        for (DeadlineRule r : overrides) {
            if (problem(r) == null) { // a bad row stored before rules were checked must not break every schedule
                map.put(r.id(), r);
            }
        }
        return new DeadlineRules(map);
    }

    /** Every row, enabled or not. */
    public List<DeadlineRule> all() {
        return List.copyOf(byId.values());
    }

    public List<DeadlineRule> enabled() {
        return byId.values().stream().filter(DeadlineRule::enabled).toList();
    }

    public Optional<DeadlineRule> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The enabled rules with this trigger, in file order. */
    public List<DeadlineRule> forTrigger(DeadlineTrigger trigger) {
        return byId.values().stream().filter(r -> r.enabled() && r.trigger() == trigger).toList();
    }
}
