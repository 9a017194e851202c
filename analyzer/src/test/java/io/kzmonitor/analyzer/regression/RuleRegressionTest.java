package io.kzmonitor.analyzer.regression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.ArticleInput;
import io.kzmonitor.analyzer.Decision;
import io.kzmonitor.analyzer.config.AnalyzerConfig;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.contracts.EventJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Rule regression harness: runs the labelled multilingual fixtures in {@code regression/fixtures.jsonl} through the
 * analyzer with the bundled rules, prints precision, recall and F1 per language and overall, and fails below the
 * floors.
 */
class RuleRegressionTest {

    private static final double OVERALL_F1_FLOOR = 0.92;
    private static final double LANGUAGE_F1_FLOOR = 0.80;
    private static final double LANGUAGE_ID_FLOOR = 0.95;

    @Test
    void shouldKeepPrecisionAndRecallAboveTheFloorsPerLanguage() throws IOException {
        // given
        Analyzer analyzer = new Analyzer(
                new RuleSetHolder(null),
                new LanguageIdentifier(),
                Double.parseDouble(AnalyzerConfig.DEFAULT_MIN_SCORE));
        List<JsonNode> fixtures = fixtures();
        Map<String, int[]> byLanguage = new TreeMap<>();
        int[] overall = new int[3];
        int languageRight = 0;
        List<String> errors = new ArrayList<>();

        // when
        for (JsonNode f : fixtures) {
            String lang = f.get("lang").asText();
            Decision d = analyzer.analyze(new ArticleInput(
                    f.get("id").asText(), f.get("title").asText(), f.get("text").asText(), null, null));
            boolean expected = f.get("relevant").asBoolean();
            int cell = expected && d.relevant() ? 0 : d.relevant() ? 1 : expected ? 2 : -1;
            if (cell >= 0) {
                byLanguage.computeIfAbsent(lang, k -> new int[3])[cell]++;
                overall[cell]++;
            }
            if (cell > 0) {
                errors.add((cell == 1 ? "FP " : "FN ") + f.get("id").asText() + " score=" + d.score());
            }
            if (d.language().equals(lang)) {
                languageRight++;
            } else {
                errors.add("LANG " + f.get("id").asText() + " " + d.language() + " expected " + lang);
            }
        }

        // then
        StringBuilder table = new StringBuilder("\nlanguage     TP  FP  FN  precision recall  F1\n");
        byLanguage.forEach((lang, c) -> table.append(row(lang, c)));
        table.append(row("ALL", overall));
        table.append(String.format(
                "items %d, language identified right %d/%d%n", fixtures.size(), languageRight, fixtures.size()));
        errors.forEach(e -> table.append("  ").append(e).append('\n'));
        System.out.println(table);
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(150);
        assertThat(f1(overall)).as("overall F1" + table).isGreaterThanOrEqualTo(OVERALL_F1_FLOOR);
        byLanguage.forEach(
                (lang, c) -> assertThat(f1(c)).as("F1 of " + lang + table).isGreaterThanOrEqualTo(LANGUAGE_F1_FLOOR));
        assertThat((double) languageRight / fixtures.size()).isGreaterThanOrEqualTo(LANGUAGE_ID_FLOOR);
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

    private static double f1(int[] c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> fixtures() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                RuleRegressionTest.class.getResourceAsStream("/regression/fixtures.jsonl"), StandardCharsets.UTF_8))) {
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
