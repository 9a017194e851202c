package io.kzmonitor.notifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.messaging.GreenMailResource;
import io.kzmonitor.notifier.messaging.ReceiversResource;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read-only subscriptions API over HTTP, with team API keys, against the running notifier. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
class SubscriptionsApiTest {

    @TestHTTPResource("/api/subscriptions")
    URI api;

    @Test
    void shouldListOnlyOwnTeamsSubscriptionsWithoutSecrets() throws Exception {
        // when
        HttpResponse<String> response = get(api, ReceiversResource.EURASIA_TEAM_KEY);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = EventJson.mapper().readTree(response.body());
        List<String> ids = new ArrayList<>();
        list.forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).containsExactly("diplomacy-ru");
        JsonNode newsroom = EventJson.mapper()
                .readTree(get(URI.create(api + "/newsroom"), ReceiversResource.DEFAULT_TEAM_KEY)
                        .body());
        assertThat(newsroom.get("webhookSigned").asBoolean()).isTrue();
        assertThat(newsroom.toString()).doesNotContain(ReceiversResource.SECRET.substring(6));
    }

    @Test
    void shouldRefuseCallWithoutValidApiKeyAsProblemJson() throws Exception {
        // when
        HttpResponse<String> missing = get(api, null);
        HttpResponse<String> wrong = get(api, "not-a-key");

        // then
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void shouldHideAnotherTeamsSubscription() throws Exception {
        assertThat(get(URI.create(api + "/newsroom"), ReceiversResource.EURASIA_TEAM_KEY)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldListDeliveriesOfOwnSubscription() throws Exception {
        // given
        FlaggedArticle article = Fixtures.russian("api-deliveries");
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, article.id(), EventJson.write(article));

        // when / then
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode deliveries = EventJson.mapper()
                    .readTree(get(URI.create(api + "/diplomacy-ru/deliveries"), ReceiversResource.EURASIA_TEAM_KEY)
                            .body());
            List<String> delivered = new ArrayList<>();
            deliveries.forEach(d -> {
                if (d.get("articleId").asText().equals(article.id())) {
                    delivered.add(d.get("outcome").asText());
                    assertThat(d.has("article")).isFalse();
                }
            });
            assertThat(delivered).containsExactly("DELIVERED");
        });
    }

    private static HttpResponse<String> get(URI uri, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
