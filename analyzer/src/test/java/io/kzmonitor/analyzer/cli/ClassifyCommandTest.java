package io.kzmonitor.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.analyzer.Analyzer;
import io.kzmonitor.analyzer.language.LanguageIdentifier;
import io.kzmonitor.analyzer.rules.RuleSetHolder;
import io.kzmonitor.contracts.EventJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private final ClassifyCommand command =
            new ClassifyCommand(new Analyzer(new RuleSetHolder(null), new LanguageIdentifier(), 0.5));

    @Test
    void shouldWriteOneLinePerInputAndAnErrorLineForMalformedInput() throws IOException {
        // given
        String input = String.join(
                "\n",
                "{\"id\":\"a\",\"title\":\"Токаев подписал указ о референдуме\",\"text\":\"Президент Казахстана Токаев"
                        + " назначил референдум по новой Конституции.\"}",
                "{not json",
                "{\"id\":\"b\"}",
                "{\"id\":\"c\",\"text\":\"Heavy rain is expected in Paris tomorrow.\",\"lang\":\"en\"}");
        StringWriter out = new StringWriter();

        // when
        try (BufferedWriter w = new BufferedWriter(out)) {
            command.run(new BufferedReader(new StringReader(input)), w);
        }

        // then
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(EventJson.mapper().readTree(line));
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("relevant").asBoolean()).isTrue();
        assertThat(lines.get(0).get("language").asText()).isEqualTo("ru");
        assertThat(lines.get(0).get("categories").get(0).asText()).isEqualTo("reforms");
        assertThat(lines.get(0).get("matches").get(0).has("ruleId")).isTrue();
        assertThat(lines.get(0).get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(lines.get(1).get("error").asText()).contains("invalid JSON");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("b");
        assertThat(lines.get(2).has("error")).isTrue();
        assertThat(lines.get(3).get("relevant").asBoolean()).isFalse();
    }
}
