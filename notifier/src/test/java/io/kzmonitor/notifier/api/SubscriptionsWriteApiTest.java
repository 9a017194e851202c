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
import io.kzmonitor.notifier.messaging.SubscriptionFollower;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionLog;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.notifier.webhook.WebhookSigner;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.kzmonitor.testkit.WebhookReceiver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Creating, changing, pausing, deleting subscriptions and replaying deliveries over HTTP, against the real broker. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
class SubscriptionsWriteApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEAM = ReceiversResource.DEFAULT_TEAM_KEY;
    private static final String OTHER_TEAM = ReceiversResource.EURASIA_TEAM_KEY;

    @TestHTTPResource("/api/subscriptions")
    URI api;

    @TestHTTPResource("/q/openapi")
    URI openapi;

    @Test
    void shouldSeeCreatedSubscriptionOnTheNextRead() throws Exception {
        // given
        String id = unique("desk");

        // when
        HttpResponse<String> created = send("POST", api, TEAM, """
                {"id":"%s","name":"Almaty desk","emails":["desk@example.org"],"categories":["reforms"],
                 "languages":["kk","ru"],"keywords":["%s"],"schedule":"daily","at":"08:00","zone":"Asia/Almaty"}""".formatted(id, id));
        HttpResponse<String> read = send("GET", URI.create(api + "/" + id), TEAM, null);

        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/subscriptions/" + id));
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode body = json(read);
        assertThat(body.get("team").asText()).isEqualTo("default");
        assertThat(body.get("schedule").asText()).contains("Asia/Almaty");
        assertThat(body.get("readOnly").asBoolean()).isFalse();
        assertThat(ids(send("GET", api, TEAM, null))).contains(id);
    }

    @Test
    void shouldRejectInvalidZoneWithProblemNamingTheField() throws Exception {
        // when
        HttpResponse<String> response = send("POST", api, TEAM, """
                {"emails":["desk@example.org"],"schedule":"daily","zone":"Asia/Almatyy"}""");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("zone");
    }

    @Test
    void shouldRejectMissingChannelAndUnknownCategoryNamingEachField() throws Exception {
        // when
        HttpResponse<String> response = send("POST", api, TEAM, """
                {"categories":["sports"],"webhookSecret":"not-a-secret"}""");

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        List<String> fields = json(response).findValuesAsText("field");
        assertThat(fields).contains("channel", "categories", "webhookSecret");
        assertThat(response.body()).doesNotContain("not-a-secret");
    }

    @Test
    void shouldNeverReturnWebhookSecretAfterCreation() throws Exception {
        // given
        String id = unique("hook");
        HttpResponse<String> created = send(
                "POST", api, TEAM, """
                {"id":"%s","webhookUrl":"%s","languages":["ja"],"keywords":["%s"]}""".formatted(id, ReceiversResource.main().url("/hooks/" + id), id));
        String secret = json(created).get("webhookSecret").asText();

        // when
        URI one = URI.create(api + "/" + id);
        List<HttpResponse<String>> later = List.of(
                send("GET", one, TEAM, null),
                send("GET", api, TEAM, null),
                send("PATCH", one, TEAM, "{\"name\":\"renamed\"}"),
                send(
                        "PUT",
                        one,
                        TEAM,
                        "{\"webhookUrl\":\"%s\",\"languages\":[\"ja\"],\"keywords\":[\"%s\"]}"
                                .formatted(ReceiversResource.main().url("/hooks/" + id), id)),
                send("POST", URI.create(one + "/pause"), TEAM, ""),
                send("POST", URI.create(one + "/resume"), TEAM, ""));

        // then: generated once, well-formed, then never shown again (the PUT without a secret kept it)
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(secret).startsWith("whsec_");
        new WebhookSigner(secret);
        for (HttpResponse<String> response : later) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain(secret.substring(6)).doesNotContain("webhookSecret");
        }
        assertThat(json(later.get(0)).get("webhookSigned").asBoolean()).isTrue();
        assertThat(json(later.get(3)).get("webhookSigned").asBoolean()).isTrue();
    }

    @Test
    void shouldNotLetTeamChangeAnotherTeamsSubscription() throws Exception {
        // given
        String id = unique("mine");
        send(
                "POST",
                api,
                TEAM,
                "{\"id\":\"%s\",\"emails\":[\"mine@example.org\"],\"keywords\":[\"%s\"]}".formatted(id, id));
        URI one = URI.create(api + "/" + id);

        // when
        List<Integer> statuses = List.of(
                send("GET", one, OTHER_TEAM, null).statusCode(),
                send("PUT", one, OTHER_TEAM, "{\"emails\":[\"thief@example.org\"]}")
                        .statusCode(),
                send("PATCH", one, OTHER_TEAM, "{\"emails\":[\"thief@example.org\"]}")
                        .statusCode(),
                send("POST", URI.create(one + "/pause"), OTHER_TEAM, "").statusCode(),
                send("DELETE", one, OTHER_TEAM, null).statusCode());

        // then
        assertThat(statuses).containsOnly(404);
        assertThat(ids(send("GET", api, OTHER_TEAM, null))).doesNotContain(id);
        JsonNode unchanged = json(send("GET", one, TEAM, null));
        assertThat(unchanged.get("emails").get(0).asText()).isEqualTo("mine@example.org");
        assertThat(unchanged.get("active").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseChangingConfiguredSubscriptionWithConflict() throws Exception {
        // when
        HttpResponse<String> patch = send("PATCH", URI.create(api + "/newsroom"), TEAM, "{\"name\":\"x\"}");
        HttpResponse<String> delete = send("DELETE", URI.create(api + "/newsroom"), TEAM, null);
        HttpResponse<String> create = send("POST", api, TEAM, "{\"id\":\"newsroom\",\"emails\":[\"a@example.org\"]}");

        // then
        assertThat(List.of(patch.statusCode(), delete.statusCode(), create.statusCode()))
                .containsOnly(409);
        assertThat(json(send("GET", URI.create(api + "/newsroom"), TEAM, null))
                        .get("readOnly")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void shouldDeliverToCreatedSubscriptionOnlyWhileActiveAndReplayWithSameWebhookId() throws Exception {
        // given: a subscription created through the API, signed with the secret it was given
        String id = unique("live");
        String path = "/hooks/" + id;
        String secret = json(send("POST", api, TEAM, """
                        {"id":"%s","webhookUrl":"%s","languages":["ja"],"keywords":["%s"]}""".formatted(
                                id, ReceiversResource.main().url(path), id)))
                .get("webhookSecret")
                .asText();
        URI one = URI.create(api + "/" + id);
        String witness = "witness-" + id;
        send("POST", api, TEAM, """
                {"id":"%s","webhookUrl":"%s","languages":["ja"],"keywords":["%s"]}""".formatted(witness, ReceiversResource.main().url("/hooks/" + witness), id));

        // when: one article while paused (routed once the always-active witness got it), one after resuming
        send("POST", URI.create(one + "/pause"), TEAM, "");
        FlaggedArticle whilePaused = japanese(id, "paused");
        publish(whilePaused);
        await().atMost(WAIT).until(() -> delivered(whilePaused, witness));
        send("POST", URI.create(one + "/resume"), TEAM, "");
        FlaggedArticle afterResume = japanese(id, "resumed");
        publish(afterResume);

        // then: only the second is delivered, signed with the subscription's secret
        await().atMost(WAIT).untilAsserted(() -> assertThat(posts(path)).hasSize(1));
        WebhookReceiver.Received post = posts(path).get(0);
        assertThat(post.body()).contains(afterResume.id()).doesNotContain(whilePaused.id());
        String webhookId = post.header("webhook-id");
        assertThat(post.header("webhook-signature"))
                .isEqualTo(new WebhookSigner(secret)
                        .sign(webhookId, Long.parseLong(post.header("webhook-timestamp")), post.body()));

        // when: the delivery is replayed
        await().atMost(WAIT).until(() -> outcome(one, webhookId).equals("DELIVERED"));
        HttpResponse<String> replay = send("POST", URI.create(one + "/deliveries/" + webhookId + "/replay"), TEAM, "");

        // then: posted again with the same webhook-id
        assertThat(replay.statusCode()).isEqualTo(202);
        await().atMost(WAIT).untilAsserted(() -> assertThat(posts(path)).hasSize(2));
        assertThat(posts(path).get(1).header("webhook-id")).isEqualTo(webhookId);
    }

    @Test
    void shouldPersistCreatedSubscriptionAndReadItBackAfterRestart() throws Exception {
        // given
        String kept = unique("kept");
        String deleted = unique("deleted");
        send("POST", api, TEAM, """
                {"id":"%s","emails":["kept@example.org"],"languages":["kk"],"schedule":"weekly","day":"friday",
                 "at":"17:30","zone":"Asia/Almaty","webhookUrl":"%s","keywords":["%s"]}""".formatted(kept, ReceiversResource.main().url("/hooks/" + kept), kept));
        send("POST", URI.create(api + "/" + kept + "/pause"), TEAM, "");
        send(
                "POST",
                api,
                TEAM,
                "{\"id\":\"%s\",\"emails\":[\"gone@example.org\"],\"keywords\":[\"%s\"]}".formatted(deleted, deleted));
        assertThat(send("DELETE", URI.create(api + "/" + deleted), TEAM, null).statusCode())
                .isEqualTo(204);

        // when: a restarted replica (no configured subscriptions) reads notifier.subscriptions back
        SubscriptionDirectory restarted = new SubscriptionDirectory(List.of());
        try (SubscriptionFollower follower = new SubscriptionFollower(
                new SubscriptionLog(restarted, new OptOuts()),
                KafkaBrokerResource.bootstrapServers(),
                Topics.SUBSCRIPTIONS,
                Duration.ofSeconds(30))) {
            follower.catchUp();
        }

        // then
        Subscription back = restarted.get(kept).orElseThrow();
        assertThat(back.team()).isEqualTo("default");
        assertThat(back.emails()).containsExactly("kept@example.org");
        assertThat(back.digest())
                .hasValueSatisfying(
                        d -> assertThat(d.toString()).contains("Asia/Almaty").contains("17:30"));
        assertThat(back.webhook().flatMap(Subscription.WebhookTarget::secret)).isPresent();
        assertThat(restarted.active(kept)).isFalse();
        assertThat(restarted.get(deleted)).isEmpty();
        List<ConsumerRecord<String, String>> records =
                TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), Topics.SUBSCRIPTIONS, Duration.ofMillis(300));
        assertThat(records.stream().filter(r -> deleted.equals(r.key())).toList())
                .last()
                .satisfies(r -> assertThat(r.value()).isNull());
    }

    @Test
    void shouldDocumentTheApiInOpenApi() throws Exception {
        // when
        HttpResponse<String> document = send("GET", URI.create(openapi + "?format=json"), null, null);

        // then
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body())
                .contains("/api/subscriptions/{id}/deliveries/{deliveryId}/replay")
                .contains("/api/subscriptions/{id}/pause")
                .contains("X-Api-Key");
    }

    private static boolean delivered(FlaggedArticle article, String subscription) {
        return ReceiversResource.main().received().stream()
                .anyMatch(r ->
                        r.path().equals("/hooks/" + subscription) && r.body().contains(article.id()));
    }

    private static List<WebhookReceiver.Received> posts(String path) {
        return ReceiversResource.main().received().stream()
                .filter(r -> r.path().equals(path))
                .toList();
    }

    private String outcome(URI subscription, String deliveryId) throws Exception {
        for (JsonNode d : json(send("GET", URI.create(subscription + "/deliveries"), TEAM, null))) {
            if (d.get("deliveryId").asText().equals(deliveryId)) {
                return d.get("outcome").asText();
            }
        }
        return "";
    }

    private static FlaggedArticle japanese(String keyword, String slug) {
        return Fixtures.article(
                "ja", keyword + "-" + slug, "カザフスタン憲法改正 " + keyword, "トカエフ大統領は憲法改正を発表した " + keyword, "reforms");
    }

    private static void publish(FlaggedArticle article) {
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, article.id(), EventJson.write(article));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> ids(HttpResponse<String> list) throws Exception {
        return json(list).findValuesAsText("id");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return EventJson.mapper().readTree(response.body());
    }

    private static HttpResponse<String> send(String method, URI uri, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
