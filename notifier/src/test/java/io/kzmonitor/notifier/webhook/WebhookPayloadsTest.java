package io.kzmonitor.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.subscription.WebhookFormat;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void shouldWrapArticleInGenericEnvelopeWithoutFullText() throws Exception {
        // given
        FlaggedArticle article = Fixtures.russian("envelope");

        // when
        JsonNode body =
                EventJson.mapper().readTree(WebhookPayloads.body(WebhookFormat.JSON, "msg_1", NOW, "ops", article));

        // then
        assertThat(body.get("type").asText()).isEqualTo("article.flagged");
        assertThat(body.get("id").asText()).isEqualTo("msg_1");
        assertThat(body.get("timestamp").asText()).isEqualTo("2026-06-01T10:00:00Z");
        assertThat(body.at("/data/id").asText()).isEqualTo(article.id());
        assertThat(body.at("/data/title").asText()).isEqualTo(article.title());
        assertThat(body.at("/data/matches/0/ruleId").asText()).isEqualTo("diplomacy.china.ru");
        assertThat(body.at("/data/subscriptionId").asText()).isEqualTo("ops");
        assertThat(body.get("data").has("text")).isFalse();
    }

    @Test
    void shouldProduceStructuredCloudEvent() throws Exception {
        // given
        FlaggedArticle article = Fixtures.arabic("cloudevent");

        // when
        JsonNode body = EventJson.mapper()
                .readTree(WebhookPayloads.body(WebhookFormat.CLOUDEVENTS, "msg_2", NOW, "ops", article));

        // then
        assertThat(body.get("specversion").asText()).isEqualTo("1.0");
        assertThat(body.get("id").asText()).isEqualTo("msg_2");
        assertThat(body.get("type").asText()).isEqualTo("io.kzmonitor.article.flagged");
        assertThat(body.get("source").asText()).isNotBlank();
        assertThat(body.at("/data/title").asText()).isEqualTo(article.title());
        assertThat(WebhookPayloads.contentType(WebhookFormat.CLOUDEVENTS)).isEqualTo("application/cloudevents+json");
    }

    @Test
    void shouldEscapeSlackControlCharactersInBlocks() throws Exception {
        // given
        FlaggedArticle article = Fixtures.english("slack");

        // when
        JsonNode body =
                EventJson.mapper().readTree(WebhookPayloads.body(WebhookFormat.SLACK, "msg_3", NOW, "ops", article));

        // then
        assertThat(body.get("blocks")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(body.at("/blocks/1/text/text").asText()).contains("&lt;to&gt;", "&amp;");
    }

    @Test
    void shouldProduceTeamsMessageCardWithOpenAction() throws Exception {
        // given
        FlaggedArticle article = Fixtures.english("teams");

        // when
        JsonNode body =
                EventJson.mapper().readTree(WebhookPayloads.body(WebhookFormat.TEAMS, "msg_4", NOW, "ops", article));

        // then
        assertThat(body.get("@type").asText()).isEqualTo("MessageCard");
        assertThat(body.at("/potentialAction/0/targets/0/uri").asText()).isEqualTo(article.url());
    }
}
