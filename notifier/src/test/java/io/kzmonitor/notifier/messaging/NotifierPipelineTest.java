package io.kzmonitor.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.delivery.DeliveryIds;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.unsubscribe.UnsubscribeTokens;
import io.kzmonitor.notifier.webhook.WebhookSigner;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.kzmonitor.testkit.WebhookReceiver;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The notifier against a real Kafka broker, a real SMTP server (GreenMail) and real webhook receivers: each test
 * names the guarantee it proves. Articles are unique per test, so tests share one broker and one application.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
class NotifierPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String NEWSROOM = "/hooks/newsroom";
    private static final List<String> SUBSCRIPTIONS =
            List.of("newsroom", "diplomacy-ru", "flaky", "failing", "gone", "morning-brief", "optout");

    @TestHTTPResource("/unsubscribe")
    URI unsubscribe;

    @Test
    void shouldEmailAndPostArabicAndRussianArticlesOnceWithValidSignature() {
        // given
        FlaggedArticle arabic = Fixtures.arabic("constitution-signed");
        FlaggedArticle russian = Fixtures.russian("xi-visit-signed");

        // when
        publish(arabic);
        publish(russian);

        // then
        for (FlaggedArticle article : List.of(arabic, russian)) {
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(posts(ReceiversResource.main(), NEWSROOM, article)).hasSize(1);
                assertThat(emails(article)).hasSize(1);
            });
        }
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).untilAsserted(() -> {
            assertThat(posts(ReceiversResource.main(), NEWSROOM, arabic)).hasSize(1);
            assertThat(posts(ReceiversResource.main(), NEWSROOM, russian)).hasSize(1);
            assertThat(emails(arabic)).hasSize(1);
            assertThat(emails(russian)).hasSize(1);
        });
        for (FlaggedArticle article : List.of(arabic, russian)) {
            WebhookReceiver.Received post =
                    posts(ReceiversResource.main(), NEWSROOM, article).get(0);
            String id = post.header("webhook-id");
            long timestamp = Long.parseLong(post.header("webhook-timestamp"));
            assertThat(id).isEqualTo(DeliveryIds.of("newsroom", article.id(), 1, Channel.WEBHOOK));
            assertThat(post.header("webhook-signature"))
                    .isEqualTo(new WebhookSigner(ReceiversResource.SECRET).sign(id, timestamp, post.body()));
            JsonNode body = json(post.body());
            assertThat(body.get("type").asText()).isEqualTo("article.flagged");
            assertThat(body.get("id").asText()).isEqualTo(id);
            assertThat(body.at("/data/title").asText()).isEqualTo(article.title());
        }
        assertThat(subjects(arabic)).containsExactly("[kz-monitor] " + arabic.title());
        assertThat(subjects(russian)).containsExactly("[kz-monitor] " + russian.title());
    }

    @Test
    void shouldNotDeliverDuplicateRecordTwice() {
        // given
        FlaggedArticle article = Fixtures.english("ots-summit-duplicate");

        // when: the same record arrives twice (producer retry, re-fetch)
        publish(article);
        publish(article);

        // then
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(posts(ReceiversResource.main(), NEWSROOM, article)).hasSize(1);
            assertThat(emails(article)).hasSize(1);
        });
        await().during(QUIET).atMost(QUIET.plusSeconds(5)).untilAsserted(() -> {
            assertThat(posts(ReceiversResource.main(), NEWSROOM, article)).hasSize(1);
            assertThat(emails(article)).hasSize(1);
        });
        assertThat(deliveries(article))
                .filteredOn(r -> r.subscriptionId().equals("newsroom") && r.outcome() == Outcome.PENDING)
                .hasSize(2); // one per channel, not one per record
    }

    @Test
    void shouldExcludeArticlesNotMatchingSubscriptionFilter() {
        // given: diplomacy-ru wants diplomacy in Russian
        FlaggedArticle russianReforms = Fixtures.article(
                "ru",
                "mazhilis-reform-filter",
                "Мажилис одобрил поправки о выборах",
                "Депутаты Мажилиса одобрили поправки.",
                "reforms");
        FlaggedArticle englishDiplomacy = Fixtures.english("ots-filter");
        FlaggedArticle russianDiplomacy = Fixtures.russian("xi-visit-filter");

        // when
        publish(russianReforms);
        publish(englishDiplomacy);
        publish(russianDiplomacy);

        // then
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(posts(ReceiversResource.main(), "/hooks/diplomacy-ru", russianDiplomacy))
                    .hasSize(1);
            assertThat(posts(ReceiversResource.main(), NEWSROOM, russianReforms))
                    .hasSize(1);
            assertThat(posts(ReceiversResource.main(), NEWSROOM, englishDiplomacy))
                    .hasSize(1);
        });
        assertThat(posts(ReceiversResource.main(), "/hooks/diplomacy-ru", russianReforms))
                .isEmpty();
        assertThat(posts(ReceiversResource.main(), "/hooks/diplomacy-ru", englishDiplomacy))
                .isEmpty();
    }

    @Test
    void shouldSendPoisonRecordsToDeadLetterTopicAndKeepDelivering() {
        // given
        String invalidJson = "{\"id\": \"poison-1\", \"title\": ";
        String missingId = "{\"url\":\"https://example.org/poison-2\",\"flaggedAt\":\"2026-01-01T00:00:00Z\"}";
        FlaggedArticle good = Fixtures.arabic("after-poison");

        // when
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, "poison-1", invalidJson);
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, "poison-2", missingId);
        publish(good);

        // then
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(posts(ReceiversResource.main(), NEWSROOM, good))
                        .hasSize(1));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TestKafka.readAll(
                                KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED_DLQ, Duration.ofMillis(300)))
                        .extracting(ConsumerRecord::value)
                        .contains(invalidJson, missingId));
    }

    @Test
    void shouldDeliverToReceiverOnceItRecoversFrom503() {
        // given: the flaky subscription's receiver is down
        WebhookReceiver flaky = ReceiversResource.flaky();
        flaky.respondWith(503);
        FlaggedArticle chinese =
                Fixtures.article("zh", "xi-astana-503", "托卡耶夫与习近平在阿斯塔纳会谈", "哈萨克斯坦与中国签署战略伙伴关系协议。", "diplomacy");

        // when
        publish(chinese);
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> flaky.received().size() >= 2);
        flaky.respondWith(200);

        // then
        String deliveryId = DeliveryIds.of("flaky", chinese.id(), 1, Channel.WEBHOOK);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(chinese))
                        .filteredOn(r -> r.deliveryId().equals(deliveryId) && r.outcome() == Outcome.DELIVERED)
                        .singleElement()
                        .satisfies(r -> assertThat(r.attempts()).isGreaterThanOrEqualTo(3)));
        assertThat(flaky.received()).extracting(r -> r.header("webhook-id")).containsOnly(deliveryId);
        assertThat(json(flaky.received().get(0).body()).at("/data/title").asText())
                .isEqualTo(chinese.title());
    }

    @Test
    void shouldDeadLetterDeliveryAfterLastAttempt() {
        // given: the failing subscription's receiver always answers 500
        FlaggedArticle kazakh = Fixtures.article(
                "kk",
                "referendum-500",
                "Тоқаев жаңа Конституцияға қол қойды",
                "Референдум нәтижесінде жаңа Конституция қабылданды.",
                "reforms");

        // when
        publish(kazakh);

        // then
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(records(Topics.DELIVERIES + ".dlq"))
                        .filteredOn(r -> r.articleId().equals(kazakh.id()))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.subscriptionId()).isEqualTo("failing");
                            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
                            assertThat(r.attempts()).isEqualTo(ReceiversResource.RETRIES + 1);
                            assertThat(r.article()).isEqualTo(kazakh);
                        }));
        assertThat(ReceiversResource.failing().received())
                .filteredOn(r -> r.body().contains(kazakh.id()))
                .hasSize(ReceiversResource.RETRIES + 1);
    }

    @Test
    void shouldDisableWebhookWhenReceiverAnswersGone() {
        // given: the gone subscription's receiver answers 410
        FlaggedArticle first = Fixtures.article(
                "tr",
                "turk-devletleri-410",
                "Kazakistan Türk Devletleri Teşkilatı zirvesine ev sahipliği yaptı",
                "Türk Devletleri Teşkilatı liderleri Astana'da buluştu.",
                "diplomacy");
        FlaggedArticle second = Fixtures.article(
                "tr",
                "turk-devletleri-410-b",
                "Astana'da ikinci gün",
                "Türk Devletleri Teşkilatı ikinci gün toplandı.",
                "diplomacy");

        // when
        publish(first);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(first))
                        .extracting(DeliveryRecord::outcome)
                        .contains(Outcome.GONE));
        publish(second);

        // then
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(second))
                        .filteredOn(r -> r.subscriptionId().equals("gone"))
                        .extracting(DeliveryRecord::outcome)
                        .contains(Outcome.SKIPPED));
        assertThat(ReceiversResource.gone().received()).hasSize(1);
    }

    @Test
    void shouldQueueArticleForDigestSubscriptionInsteadOfEmailingAtOnce() {
        // given: morning-brief wants Persian articles in a daily digest
        FlaggedArticle persian = Fixtures.article(
                "fa",
                "tokayev-tehran-digest",
                "سفر توکایف به تهران",
                "رئیس جمهور قزاقستان با همتای ایرانی دیدار کرد.",
                "diplomacy");

        // when
        publish(persian);

        // then
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(persian))
                        .filteredOn(r -> r.subscriptionId().equals("morning-brief"))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.outcome()).isEqualTo(Outcome.QUEUED);
                            assertThat(r.article()).isEqualTo(persian);
                        }));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(emails(persian)).hasSize(1)); // the newsroom's instant email
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(5))
                .untilAsserted(() -> assertThat(emails(persian))
                        .flatExtracting(m -> Arrays.asList(m.getAllRecipients()))
                        .extracting(Object::toString)
                        .containsExactly("newsroom@example.org"));
    }

    @Test
    void shouldStopEmailsAfterOneClickUnsubscribe() throws Exception {
        // given: an email to the optout subscription carries a signed one-click link
        FlaggedArticle first = Fixtures.article(
                "it",
                "riforma-unsubscribe-1",
                "Il Kazakistan approva la nuova costituzione",
                "Riforma costituzionale approvata.",
                "reforms");
        FlaggedArticle second = Fixtures.article(
                "it",
                "riforma-unsubscribe-2",
                "Tokayev firma la riforma",
                "Riforma firmata dal presidente.",
                "reforms");
        publish(first);
        await().atMost(WAIT).untilAsserted(() -> assertThat(emails(first)).hasSize(1));
        MimeMessage mail = emails(first).get(0);
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        URI oneClick = URI.create(unsubscribe + link.substring(link.indexOf('?')));

        // when: the mail client POSTs the one-click link
        HttpResponse<String> response = post(oneClick);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        publish(second);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(deliveries(second))
                        .filteredOn(r -> r.subscriptionId().equals("optout") && r.outcome() == Outcome.REFUSED)
                        .hasSize(1));
        assertThat(emails(second)).isEmpty();
        assertThat(TestKafka.readAll(
                        KafkaBrokerResource.bootstrapServers(), Topics.SUBSCRIPTIONS, Duration.ofMillis(300)))
                .extracting(ConsumerRecord::key)
                .contains("optout");
    }

    @Test
    void shouldRefuseUnsubscribeLinkReplayedForAnotherSubscription() throws Exception {
        // given: the valid token of optout, used for newsroom
        String token = new UnsubscribeTokens(ReceiversResource.UNSUBSCRIBE_SECRET, "http://unused").token("optout");

        // when
        HttpResponse<String> response = post(URI.create(unsubscribe + "?s=newsroom&t=" + token));

        // then
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private static HttpResponse<String> post(URI uri) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void publish(FlaggedArticle article) {
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, article.id(), EventJson.write(article));
    }

    private static List<WebhookReceiver.Received> posts(WebhookReceiver receiver, String path, FlaggedArticle article) {
        return receiver.received().stream()
                .filter(r -> r.path().equals(path))
                .filter(r -> json(r.body()).at("/data/id").asText().equals(article.id()))
                .toList();
    }

    /** The emails about this article, to any subscription (recognised by their delivery id header). */
    private static List<MimeMessage> emails(FlaggedArticle article) {
        List<String> ids = SUBSCRIPTIONS.stream()
                .map(s -> DeliveryIds.of(s, article.id(), article.revision(), Channel.EMAIL))
                .toList();
        return Arrays.stream(GreenMailResource.greenMail().getReceivedMessages())
                .filter(m -> ids.contains(deliveryIdOf(m)))
                .toList();
    }

    private static String deliveryIdOf(MimeMessage message) {
        try {
            String[] values = message.getHeader("X-Kz-Delivery-Id");
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> subjects(FlaggedArticle article) {
        return emails(article).stream().map(NotifierPipelineTest::subjectOf).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DeliveryRecord> deliveries(FlaggedArticle article) {
        return records(Topics.DELIVERIES).stream()
                .filter(r -> r.articleId().equals(article.id()))
                .toList();
    }

    private static List<DeliveryRecord> records(String topic) {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), topic, Duration.ofMillis(300)).stream()
                .map(r -> EventJson.read(r.value(), DeliveryRecord.class))
                .toList();
    }

    private static JsonNode json(String body) {
        try {
            return EventJson.mapper().readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
