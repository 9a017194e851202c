package io.kzmonitor.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.delivery.Channel;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.delivery.RetryPolicy;
import io.kzmonitor.notifier.delivery.Router;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.kzmonitor.testkit.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
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
    NotifierConfig config;

    @Inject
    SubscriptionDirectory subscriptions;

    @Inject
    KafkaDeliveryJournal journal;

    private final List<String> resent = new CopyOnWriteArrayList<>();
    private Dispatcher restartedDispatcher;

    @AfterEach
    void stop() {
        if (restartedDispatcher != null) {
            restartedDispatcher.shutdown();
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
        DeliveryLedger ledger = new DeliveryLedger();
        Router router = restarted(ledger);
        router.route(article).toCompletableFuture().join();

        // then
        assertThat(ledger.unfinished()).noneMatch(r -> r.articleId().equals(article.id()));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(resent::isEmpty);
    }

    @Test
    void shouldDeliverAfterRestartWhatWasAcceptedButNotYetDelivered() {
        // given: the log holds a delivery accepted just before a crash, never attempted
        FlaggedArticle article = Fixtures.russian("restart-no-loss");
        DeliveryRecord pending = DeliveryRecord.pending("newsroom", article, Channel.WEBHOOK, Instant.now());
        journal.record(pending).toCompletableFuture().join();

        // when
        DeliveryLedger ledger = new DeliveryLedger();
        restarted(ledger);

        // then
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(resent).contains(article.id()));
        assertThat(resent).containsOnlyOnce(article.id());
    }

    private Router restarted(DeliveryLedger ledger) {
        ChannelSender recording = (Subscription s, FlaggedArticle a, String id) -> {
            resent.add(a.id());
            return AttemptResult.delivered("200");
        };
        restartedDispatcher = new Dispatcher(
                subscriptions,
                Map.of(Channel.EMAIL, recording, Channel.WEBHOOK, recording),
                ledger,
                journal,
                new RetryPolicy(List.of(Duration.ofMillis(100)), 0, () -> 0),
                Executors.newScheduledThreadPool(1),
                Clock.systemUTC(),
                2);
        new DeliveryLogLoader(
                        ledger,
                        restartedDispatcher,
                        config,
                        KafkaBrokerResource.bootstrapServers(),
                        Topics.DELIVERIES,
                        new OptOuts(),
                        Topics.SUBSCRIPTIONS)
                .loadAndReschedule();
        return new Router(subscriptions, ledger, journal, restartedDispatcher, Clock.systemUTC());
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
