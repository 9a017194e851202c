package io.kzmonitor.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.delivery.Router;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restart, simulated by a second notifier core (fresh ledger, dispatcher and router, the production classes) that
 * reads back the real {@code notifier.deliveries} topic the running application wrote, as a restarted replica does.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
class DeliveryLogRestartTest {

    @Inject
    SubscriptionDirectory subscriptions;

    @Inject
    KafkaDeliveryJournal journal;

    private final List<String> resent = new CopyOnWriteArrayList<>();
    private NotifierCore restarted;

    @AfterEach
    void stop() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void shouldNotResendAfterRestartWhatWasAlreadyDelivered() {
        // given: the running notifier delivered an article
        FlaggedArticle article = Fixtures.arabic("restart-no-repeat");
        TestKafka.send(KafkaBrokerResource.bootstrapServers(), Topics.FLAGGED, article.id(), EventJson.write(article));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(outcomes(article))
                        .filteredOn(o -> o == Outcome.DELIVERED)
                        .hasSize(2));

        // when: a restarted notifier reads the log back and the record is redelivered to it
        Router router = restarted(journal, Topics.DELIVERIES);
        router.route(article).toCompletableFuture().join();

        // then
        assertThat(restarted.ledger.unfinished()).noneMatch(r -> r.articleId().equals(article.id()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(resent::isEmpty);
    }

    @Test
    void shouldDeliverAfterRestartWhatWasAcceptedButNotYetDelivered() throws Exception {
        // given: the log of an instance that crashed holds a delivery it accepted but never attempted (its own log
        // topic, so the running application, which owns notifier.deliveries, does not deliver it meanwhile)
        FlaggedArticle article = Fixtures.russian("restart-no-loss");
        DeliveryRecord pending = DeliveryRecord.pending("newsroom", article, Channel.WEBHOOK, Instant.now());
        String topic = "restart.deliveries." + UUID.randomUUID();
        try (ProducerJournal crashed = ProducerJournal.onNewTopic(topic, KafkaBrokerResource.PARTITIONS)) {
            crashed.record(pending).toCompletableFuture().join();

            // when
            restarted(crashed, topic);
        }

        // then
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(resent).contains(article.id()));
        assertThat(resent).containsOnlyOnce(article.id());
    }

    private Router restarted(DeliveryJournal log, String topic) {
        ChannelSender recording = (Subscription s, FlaggedArticle a, String id) -> {
            resent.add(a.id());
            return AttemptResult.delivered("200");
        };
        // its own consumer group: the restarted instance owns every partition, as a lone replica does
        restarted = new NotifierCore(
                        subscriptions,
                        log,
                        topic,
                        "restarted-" + UUID.randomUUID(),
                        recording,
                        (to, content, id) -> "unused",
                        Clock.systemUTC())
                .start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> restarted.ownership.partitions().size() == KafkaBrokerResource.PARTITIONS);
        return restarted.router;
    }

    private static List<Outcome> outcomes(FlaggedArticle article) {
        return TestKafka.readAll(KafkaBrokerResource.bootstrapServers(), Topics.DELIVERIES, Duration.ofMillis(300))
                .stream()
                .map(r -> EventJson.read(r.value(), DeliveryRecord.class))
                .filter(r -> r.articleId().equals(article.id()))
                .map(DeliveryRecord::outcome)
                .toList();
    }
}
