package io.kzmonitor.analyzer.regression;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.Decision;
import io.kzmonitor.contracts.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Confusion counts per language of one labelled regression set run through the analyzer, with a printable table. */
final class RegressionScores {

    final String name;
    final Map<String, int[]> byLanguage = new TreeMap<>();
    final Map<String, int[]> bySlice = new TreeMap<>();
    final int[] overall = new int[3];
    final List<String> errors = new ArrayList<>();
    int items;
    int languageRight;

    private RegressionScores(String name) {
        this.name = name;
    }

    /** Runs every item of the JSON Lines resource {@code resource} through {@code analyzer}. */
    static RegressionScores run(String resource, Analyzer analyzer) throws IOException {
        RegressionScores s = new RegressionScores(resource);
        for (JsonNode f : read(resource)) {
            String lang = f.get("lang").asText();
            Decision d = analyzer.analyze(new ArticleInput(
                    f.get("id").asText(), f.get("title").asText(), f.get("text").asText(), null, null));
            boolean expected = f.get("relevant").asBoolean();
            int cell = expected && d.relevant() ? 0 : d.relevant() ? 1 : expected ? 2 : -1;
            if (cell >= 0) {
                s.byLanguage.computeIfAbsent(lang, k -> new int[3])[cell]++;
                s.overall[cell]++;
                String id = f.get("id").asText();
                s.bySlice.computeIfAbsent(id.substring(0, Math.max(0, id.indexOf('-'))), k -> new int[3])[cell]++;
            } else {
                s.byLanguage.computeIfAbsent(lang, k -> new int[3]);
            }
            if (cell > 0) {
                s.errors.add((cell == 1 ? "FP " : "FN ") + f.get("id").asText() + " score=" + d.score() + " anchor="
                        + d.anchorPoints());
            }
            s.items++;
            if (d.language().equals(lang)) {
                s.languageRight++;
            } else {
                s.errors.add("LANG " + f.get("id").asText() + " " + d.language() + " expected " + lang);
            }
        }
        return s;
    }

    double overallF1() {
        return f1(overall);
    }

    double languageAccuracy() {
        return items == 0 ? 0 : (double) languageRight / items;
    }

    String table() {
        StringBuilder t = new StringBuilder("\n== " + name + "\nlanguage     TP  FP  FN  precision recall  F1\n");
        byLanguage.forEach((lang, c) -> t.append(row(lang, c)));
        t.append(row("ALL", overall));
        if (name.contains("holdout")) {
            bySlice.forEach((slice, c) -> t.append(row("slice " + slice, c)));
        }
        t.append(String.format("items %d, language identified right %d/%d%n", items, languageRight, items));
        errors.forEach(e -> t.append("  ").append(e).append('\n'));
        return t.toString();
    }

    private static String row(String lang, int[] c) {
        return String.format(
                "%-10s %4d %3d %3d   %.3f   %.3f  %.3f%n", lang, c[0], c[1], c[2], precision(c), recall(c), f1(c));
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
    }

    static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var in = new BufferedReader(
                new InputStreamReader(RegressionScores.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(EventJson.mapper().readTree(line));
                }
            }
        }
        return out;
    }
}
