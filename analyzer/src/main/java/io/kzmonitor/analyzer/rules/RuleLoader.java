package io.kzmonitor.analyzer.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads and validates a rule set: a manifest {@code ruleset.yml} (version, thresholds, included files) and the
 * files it includes (entities and rules), from the classpath folder {@code rules/} or from a directory. Any problem
 * is a {@link RuleValidationException} naming the file and line.
 */
public final class RuleLoader {

    /** Name of the manifest file. */
    public static final String MANIFEST = "ruleset.yml";

    private static final Set<String> MANIFEST_KEYS = Set.of("version", "thresholds", "include");
    private static final Set<String> THRESHOLD_KEYS = Set.of("min-anchor", "min-category-score", "language-anchor");
    private static final Set<String> FILE_KEYS = Set.of("version", "lists", "entities", "rules");
    private final TermCompiler compiler = new TermCompiler();

    /** Loads the rule set bundled on the classpath under {@code rules/}. */
    public RuleSet loadClasspath() {
        return load(name -> {
            try (InputStream in = RuleLoader.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads the rule set from {@code dir} (which holds a {@value #MANIFEST}). */
    public RuleSet loadDirectory(Path dir) {
        return load(name -> {
            Path p = dir.resolve(name);
            try {
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads a rule set whose files {@code reader} returns by name (null when missing). */
    public RuleSet load(Function<String, String> reader) {
        MessageDigest digest = sha256();
        String manifestText = require(reader, MANIFEST, MANIFEST, 1);
        digest.update(manifestText.getBytes(StandardCharsets.UTF_8));
        YamlNodes y = new YamlNodes(MANIFEST);
        Node root = parse(MANIFEST, manifestText);
        Map<String, Node> m = y.mapping(root, "manifest", MANIFEST_KEYS);
        String version = y.requiredString(m, root, "version");
        double minAnchor = 2;
        double minCategory = 0.3;
        Map<String, Double> languageAnchor = new java.util.HashMap<>();
        if (m.containsKey("thresholds")) {
            Map<String, Node> t = y.mapping(m.get("thresholds"), "thresholds", THRESHOLD_KEYS);
            minAnchor = y.number(t, "min-anchor", minAnchor);
            minCategory = y.number(t, "min-category-score", minCategory);
            if (t.containsKey("language-anchor")) {
                Node la = t.get("language-anchor");
                Map<String, Node> langs = y.mapping(la, "language-anchor", YamlNodes.ANY_KEY);
                for (String lang : langs.keySet()) {
                    languageAnchor.put(lang, y.number(langs, lang, 0));
                }
            }
        }
        if (!m.containsKey("include")) {
            throw y.error(root, "missing required key 'include'");
        }
        List<EntityDef> entities = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        TermIndex index = new TermIndex();
        Set<String> ids = new HashSet<>();
        for (Node inc : y.sequence(m.get("include"), "include")) {
            String name = y.scalar(inc, "include entry");
            String text = require(reader, name, MANIFEST, y.line(inc));
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            loadFile(name, text, entities, rules, index, ids);
        }
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        return new RuleSet(
                version + "+" + hash, minAnchor, minCategory, Map.copyOf(languageAnchor), entities, rules, index);
    }

    private void loadFile(
            String name, String text, List<EntityDef> entities, List<Rule> rules, TermIndex index, Set<String> ids) {
        YamlNodes y = new YamlNodes(name);
        Node root = parse(name, text);
        Map<String, Node> m = y.mapping(root, "rule file", FILE_KEYS);
        y.requiredString(m, root, "version");
        Map<String, List<String>> lists = new java.util.HashMap<>();
        if (m.containsKey("lists")) {
            Map<String, Node> named = y.mapping(m.get("lists"), "lists", YamlNodes.ANY_KEY);
            for (Map.Entry<String, Node> e : named.entrySet()) {
                lists.put(
                        e.getKey(),
                        RuleFileParser.expand(y, e.getValue(), y.strings(e.getValue(), "list " + e.getKey()), lists));
            }
        }
        if (m.containsKey("entities")) {
            for (Node n : y.sequence(m.get("entities"), "entities")) {
                EntityDef e = RuleFileParser.entity(y, n);
                unique(y, n, ids, e.id());
                entities.add(e);
                compileAll(y, n, e.terms(), e, Term.Role.ENTITY, 0, index);
            }
        }
        if (m.containsKey("rules")) {
            for (Node n : y.sequence(m.get("rules"), "rules")) {
                Rule r = RuleFileParser.rule(y, n, name, lists);
                unique(y, n, ids, r.id());
                rules.add(r);
                compileAll(y, n, r.any(), r, Term.Role.ANY, 0, index);
                for (int g = 0; g < r.all().size(); g++) {
                    compileAll(y, n, r.all().get(g), r, Term.Role.ALL, g, index);
                }
                compileAll(y, n, r.none(), r, Term.Role.NONE, 0, index);
                compileAll(y, n, r.near(), r, Term.Role.NEAR, 0, index);
            }
        }
    }

    private void compileAll(
            YamlNodes y, Node at, List<String> terms, Object owner, Term.Role role, int group, TermIndex index) {
        for (String t : terms) {
            try {
                index.add(compiler.compile(t, owner, role, group));
            } catch (IllegalArgumentException e) {
                throw y.error(at, e.getMessage());
            }
        }
    }

    private static void unique(YamlNodes y, Node n, Set<String> ids, String id) {
        if (!ids.add(id)) {
            throw y.error(n, "duplicate id '" + id + "'");
        }
    }

    private static Node parse(String name, String text) {
        try {
            Node node = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(text));
            if (node == null) {
                throw new RuleValidationException(name, 1, "file is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new RuleValidationException(name, line, "invalid YAML: " + e.getProblem());
        }
    }

    private static String require(Function<String, String> reader, String name, String from, int line) {
        String text = reader.apply(name);
        if (text == null) {
            throw new RuleValidationException(from, line, "rule file not found: " + name);
        }
        return text;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
