package io.kzmonitor.analyzer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Parses and validates the entries of one rule file: entities, rules and {@code @name} list references. */
final class RuleFileParser {

    private static final Set<String> ENTITY_KEYS = Set.of("id", "name", "kind", "anchor", "terms", "corefers");
    private static final Set<String> RULE_KEYS =
            Set.of("id", "category", "subtopic", "weight", "anchor", "any", "all", "none", "near", "window");
    private static final Set<String> CATEGORIES = Set.of("reforms", "diplomacy", "negative");

    private RuleFileParser() {}

    static EntityDef entity(YamlNodes y, Node n) {
        Map<String, Node> m = y.mapping(n, "entity", ENTITY_KEYS);
        String id = y.requiredString(m, n, "id");
        if (!id.matches("[a-z]+:[a-z0-9-]+")) {
            throw y.error(n, "entity id must look like kind:name, got '" + id + "'");
        }
        if (!m.containsKey("terms")) {
            throw y.error(n, "entity " + id + ": missing required key 'terms'");
        }
        String corefers = y.optionalString(m, "corefers", "false");
        if (!corefers.equals("true") && !corefers.equals("false")) {
            throw y.error(m.get("corefers"), "entity " + id + ": corefers must be true or false");
        }
        return new EntityDef(
                id,
                y.optionalString(m, "name", id),
                y.optionalString(m, "kind", id.substring(0, id.indexOf(':'))),
                y.number(m, "anchor", 0),
                y.strings(m.get("terms"), "terms"),
                corefers.equals("true"));
    }

    /** Replaces each {@code @name} entry by the terms of the list {@code name} defined above it in the same file. */
    static List<String> expand(YamlNodes y, Node at, List<String> terms, Map<String, List<String>> lists) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            if (t.startsWith("@")) {
                List<String> list = lists.get(t.substring(1));
                if (list == null) {
                    throw y.error(at, "unknown list '" + t + "' (lists must be defined under 'lists:' before use)");
                }
                out.addAll(list);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    static Rule rule(YamlNodes y, Node n, String file, Map<String, List<String>> lists) {
        Map<String, Node> m = y.mapping(n, "rule", RULE_KEYS);
        String id = y.requiredString(m, n, "id");
        String category = y.requiredString(m, n, "category");
        if (!CATEGORIES.contains(category)) {
            throw y.error(m.get("category"), "rule " + id + ": category must be one of " + CATEGORIES);
        }
        double weight = y.number(m, "weight", 1);
        if (category.equals("negative") != weight < 0) {
            throw y.error(n, "rule " + id + ": negative rules (and only they) have a weight below 0");
        }
        String anchorText = y.optionalString(m, "anchor", "sentence");
        Rule.Anchor anchor;
        try {
            anchor = Rule.Anchor.valueOf(anchorText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw y.error(m.get("anchor"), "rule " + id + ": anchor must be sentence, article or none");
        }
        if (!m.containsKey("any")) {
            throw y.error(n, "rule " + id + ": missing required key 'any'");
        }
        List<List<String>> all = new ArrayList<>();
        if (m.containsKey("all")) {
            for (Node g : y.sequence(m.get("all"), "all")) {
                all.add(expand(y, g, y.strings(g, "all group"), lists));
            }
        }
        return new Rule(
                id,
                category,
                y.optionalString(m, "subtopic", null),
                weight,
                anchor,
                expand(y, m.get("any"), y.strings(m.get("any"), "any"), lists),
                all,
                m.containsKey("none") ? expand(y, m.get("none"), y.strings(m.get("none"), "none"), lists) : List.of(),
                m.containsKey("near") ? expand(y, m.get("near"), y.strings(m.get("near"), "near"), lists) : List.of(),
                (int) y.number(m, "window", 12),
                file + ":" + y.line(n));
    }
}
