package io.kzmonitor.analyzer.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed access to a SnakeYAML node tree that reports every problem with the file and line. */
final class YamlNodes {

    /** A key set that allows every key (for free-form mappings such as language codes or list names). */
    static final Set<String> ANY_KEY = new java.util.AbstractSet<>() {
        @Override
        public boolean contains(Object o) {
            return true;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    };

    private final String file;

    YamlNodes(String file) {
        this.file = file;
    }

    RuleValidationException error(Node node, String message) {
        return new RuleValidationException(
                file, node == null ? 1 : node.getStartMark().getLine() + 1, message);
    }

    int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            if (!allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: " + allowed + ")");
            }
            if (out.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "' in " + what);
            }
        }
        return out;
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, what + " must be a single value");
        }
        return s.getValue();
    }

    String requiredString(Map<String, Node> m, Node parent, String key) {
        Node n = m.get(key);
        if (n == null) {
            throw error(parent, "missing required key '" + key + "'");
        }
        String v = scalar(n, key);
        if (v.isBlank()) {
            throw error(n, "'" + key + "' must not be empty");
        }
        return v;
    }

    String optionalString(Map<String, Node> m, String key, String fallback) {
        Node n = m.get(key);
        return n == null ? fallback : scalar(n, key);
    }

    double number(Map<String, Node> m, String key, double fallback) {
        Node n = m.get(key);
        if (n == null) {
            return fallback;
        }
        String v = scalar(n, key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(n, "'" + key + "' must be a number, got '" + v + "'");
        }
    }

    List<Node> sequence(Node node, String what) {
        if (!(node instanceof SequenceNode s)) {
            throw error(node, what + " must be a list");
        }
        return s.getValue();
    }

    List<String> strings(Node node, String what) {
        List<String> out = new ArrayList<>();
        for (Node n : sequence(node, what)) {
            out.add(scalar(n, what + " entry"));
        }
        if (out.isEmpty()) {
            throw error(node, what + " must not be empty");
        }
        return out;
    }
}
