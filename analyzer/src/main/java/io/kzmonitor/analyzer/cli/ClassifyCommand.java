package io.kzmonitor.analyzer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.Decision;
import io.kzmonitor.analyzer.config.AnalyzerConfig;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.analyzer.rules.RuleValidationException;
import io.kzmonitor.contracts.EventJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./monitor classify}: reads JSON Lines {@code {"id","text"[,"title","lang","publishedAt"]}} on stdin and
 * writes one JSON line per input line with the analyzer's decision (the same {@link Analyzer} the service runs). A
 * malformed line gives a line with {@code "error"} and the run continues. Options: {@code --min-score X},
 * {@code --rules-dir DIR}.
 */
public final class ClassifyCommand {

    private final Analyzer analyzer;
    private final ObjectMapper json = EventJson.mapper();

    /** Creates the command around an analyzer. */
    public ClassifyCommand(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        double minScore = Double.parseDouble(AnalyzerConfig.DEFAULT_MIN_SCORE);
        Path rulesDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--min-score" -> minScore = Double.parseDouble(args[++i]);
                case "--rules-dir" -> rulesDir = Path.of(args[++i]);
                default -> {
                    System.err.println(
                            "usage: ClassifyCommand [--min-score X] [--rules-dir DIR] < in.jsonl > out.jsonl");
                    System.exit(2);
                }
            }
        }
        RuleSetHolder rules;
        try {
            rules = new RuleSetHolder(rulesDir);
        } catch (RuleValidationException e) {
            System.err.println("invalid rules: " + e.getMessage());
            System.exit(2);
            return;
        }
        Analyzer analyzer = new Analyzer(rules, new LanguageIdentifier(), minScore);
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        new ClassifyCommand(analyzer).run(in, out);
        out.flush();
    }

    /** Classifies every line of {@code in} into {@code out}. */
    public void run(BufferedReader in, BufferedWriter out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(classifyLine(line));
            out.newLine();
        }
    }

    /** The output JSON line for one input line. */
    public String classifyLine(String line) throws IOException {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(null, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(null, "expected a JSON object");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : null;
        if (id == null || !node.hasNonNull("text") || !node.get("text").isTextual()) {
            return error(id, "required fields: id and text (string)");
        }
        Instant publishedAt = null;
        if (node.hasNonNull("publishedAt")) {
            try {
                publishedAt = Instant.parse(node.get("publishedAt").asText());
            } catch (RuntimeException e) {
                return error(id, "publishedAt is not an ISO-8601 instant");
            }
        }
        Decision d = analyzer.analyze(
                new ArticleInput(id, text(node, "title"), node.get("text").asText(), text(node, "lang"), publishedAt));
        return json.writeValueAsString(toJson(d));
    }

    /** The CLI's JSON view of a decision. */
    static Map<String, Object> toJson(Decision d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("relevant", d.relevant());
        m.put("score", d.score());
        m.put("categories", d.categoryNames());
        m.put("language", d.language());
        m.put("subtopics", d.subtopics());
        m.put("matches", d.matches());
        m.put("entities", d.entities());
        m.put("anchorPoints", d.anchorPoints());
        m.put("signature", d.signature());
        m.put("rulesetVersion", d.rulesetVersion());
        return m;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private String error(String id, String message) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("error", message);
        return json.writeValueAsString(m);
    }
}
