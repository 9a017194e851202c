package io.kzmonitor.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import io.kzmonitor.notifier.subscription.WebhookFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Router + Dispatcher + ledger with an in-memory journal and scripted channel senders (the Kafka path is in NotifierPipelineTest). */
class DeliveryFlowTest {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);
    private final MemoryJournal journal = new MemoryJournal();
    private final SubscriptionDirectory subscriptions = new SubscriptionDirectory(List.of(new Subscription(
            "desk",
            "team-a",
            "Desk",
            List.of("desk@example.org"),
            Optional.of(
                    new Subscription.WebhookTarget("http://127.0.0.1:1/hook", WebhookFormat.JSON, Optional.empty())),
            SubscriptionFilter.ANY)));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void shouldDeliverOnceWhenSameRecordArrivesTwice() {
        // given
        ScriptedSender email = new ScriptedSender(() -> AttemptResult.delivered("ok"));
        ScriptedSender webhook = new ScriptedSender(() -> AttemptResult.delivered("200"));
        Router router = router(new DeliveryLedger(), email, webhook);
        FlaggedArticle article = Fixtures.arabic("twice");

        // when
        router.route(article).toCompletableFuture().join();
        router.route(article).toCompletableFuture().join();

        // then
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(journal.outcomes(Outcome.DELIVERED)).hasSize(2));
        assertThat(email.calls).containsExactly(article.id());
        assertThat(webhook.calls).containsExactly(article.id());
        assertThat(journal.outcomes(Outcome.PENDING)).hasSize(2);
    }

    @Test
    void shouldNotResendAfterRestartWhenLogSaysDelivered() {
        // given: a first instance delivered the article
        ScriptedSender email = new ScriptedSender(() -> AttemptResult.delivered("ok"));
        ScriptedSender webhook = new ScriptedSender(() -> AttemptResult.delivered("200"));
        FlaggedArticle article = Fixtures.russian("restart");
        router(new DeliveryLedger(), email, webhook)
                .route(article)
                .toCompletableFuture()
                .join();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(journal.outcomes(Outcome.DELIVERED)).hasSize(2));

        // when: a second instance rebuilds its ledger from the log and receives the record again
        DeliveryLedger restarted = new DeliveryLedger();
        journal.records.forEach(restarted::apply);
        router(restarted, email, webhook).route(article).toCompletableFuture().join();

        // then
        assertThat(restarted.unfinished()).isEmpty();
        assertThat(email.calls).hasSize(1);
        assertThat(webhook.calls).hasSize(1);
    }

    @Test
    void shouldRescheduleUnfinishedDeliveryAfterRestart() {
        // given: the log holds a delivery accepted but never attempted
        FlaggedArticle article = Fixtures.english("unfinished");
        DeliveryRecord pending = DeliveryRecord.pending(
                "desk", article, Channel.WEBHOOK, Clock.systemUTC().instant());

        // when
        DeliveryLedger restarted = new DeliveryLedger();
        restarted.apply(pending);

        // then
        assertThat(restarted.unfinished()).containsExactly(pending);
        assertThat(restarted.claim(pending)).isFalse();
    }

    @Test
    void shouldDeliverNewRevisionOfSameArticle() {
        // given
        ScriptedSender email = new ScriptedSender(() -> AttemptResult.delivered("ok"));
        ScriptedSender webhook = new ScriptedSender(() -> AttemptResult.delivered("200"));
        Router router = router(new DeliveryLedger(), email, webhook);
        FlaggedArticle first = Fixtures.arabic("revised");
        FlaggedArticle second = revision(first, 2);

        // when
        router.route(first).toCompletableFuture().join();
        router.route(second).toCompletableFuture().join();

        // then
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(webhook.calls).hasSize(2));
    }

    @Test
    void shouldRetryWithBackoffThenDeadLetterAfterLastAttempt() {
        // given
        ScriptedSender email = new ScriptedSender(() -> AttemptResult.delivered("ok"));
        ScriptedSender webhook =
                new ScriptedSender(() -> AttemptResult.retry("503", "receiver answered 503", Optional.empty()));
        Router router = router(new DeliveryLedger(), email, webhook);
        FlaggedArticle article = Fixtures.russian("dead");

        // when
        router.route(article).toCompletableFuture().join();

        // then: 1 attempt + 2 retries, then the dead-letter topic
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(journal.deadLetters).hasSize(1));
        assertThat(webhook.calls).hasSize(3);
        DeliveryRecord dead = journal.deadLetters.get(0);
        assertThat(dead.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(dead.article()).isEqualTo(article);
        assertThat(journal.outcomes(Outcome.RETRYING)).hasSize(2);
    }

    @Test
    void shouldDisableWebhookWhenReceiverAnswersGone() {
        // given
        ScriptedSender email = new ScriptedSender(() -> AttemptResult.delivered("ok"));
        ScriptedSender webhook = new ScriptedSender(() -> AttemptResult.gone("410"));
        DeliveryLedger ledger = new DeliveryLedger();
        Router router = router(ledger, email, webhook);

        // when
        router.route(Fixtures.arabic("gone-1")).toCompletableFuture().join();
        await().atMost(Duration.ofSeconds(5)).until(() -> ledger.webhookDisabled("desk"));
        router.route(Fixtures.arabic("gone-2")).toCompletableFuture().join();

        // then
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(journal.outcomes(Outcome.SKIPPED)).hasSize(1));
        assertThat(webhook.calls).hasSize(1);
        assertThat(email.calls).hasSize(2);
    }

    @Test
    void shouldKeepDeliveringToOtherSubscriptionsWhileOneReceiverHangs() throws Exception {
        // given: two webhook subscriptions; the "slow" receiver hangs until released
        SubscriptionDirectory two = new SubscriptionDirectory(List.of(webhookOnly("slow"), webhookOnly("fast")));
        CountDownLatch release = new CountDownLatch(1);
        List<String> slowCalls = new CopyOnWriteArrayList<>();
        List<String> fastCalls = new CopyOnWriteArrayList<>();
        ChannelSender webhook = (s, a, id) -> {
            if (s.id().equals("slow")) {
                slowCalls.add(a.id());
                awaitQuietly(release);
            } else {
                fastCalls.add(a.id());
            }
            return AttemptResult.delivered("200");
        };
        Router router = router(two, new DeliveryLedger(), Map.of(Channel.WEBHOOK, webhook));

        // when
        for (int i = 0; i < 6; i++) {
            router.route(Fixtures.russian("hang-" + i)).toCompletableFuture().join();
        }

        // then: with 4 workers and at most 2 attempts per subscription, "fast" gets everything meanwhile
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(fastCalls).hasSize(6));
        assertThat(slowCalls).hasSizeLessThanOrEqualTo(2);
        release.countDown();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(slowCalls).hasSize(6));
    }

    private Router router(DeliveryLedger ledger, ChannelSender email, ChannelSender webhook) {
        return router(subscriptions, ledger, Map.of(Channel.EMAIL, email, Channel.WEBHOOK, webhook));
    }

    private Router router(SubscriptionDirectory directory, DeliveryLedger ledger, Map<Channel, ChannelSender> senders) {
        ledger.markLoaded();
        RetryPolicy policy = new RetryPolicy(List.of(Duration.ofMillis(20), Duration.ofMillis(40)), 0, () -> 0);
        Dispatcher dispatcher =
                new Dispatcher(directory, senders, ledger, journal, policy, executor, Clock.systemUTC(), 2);
        return new Router(directory, ledger, journal, dispatcher, Clock.systemUTC());
    }

    private static Subscription webhookOnly(String id) {
        return new Subscription(
                id,
                "team-a",
                id,
                List.of(),
                Optional.of(new Subscription.WebhookTarget(
                        "http://127.0.0.1:1/" + id, WebhookFormat.JSON, Optional.empty())),
                SubscriptionFilter.ANY);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static FlaggedArticle revision(FlaggedArticle a, int revision) {
        return Fixtures.copy(a, a.signature(), revision, a.score(), a.categories());
    }

    /** Records each article id it is asked to send, answers from a script. */
    private static final class ScriptedSender implements ChannelSender {
        final List<String> calls = new CopyOnWriteArrayList<>();
        private final Supplier<AttemptResult> answer;

        ScriptedSender(Supplier<AttemptResult> answer) {
            this.answer = answer;
        }

        @Override
        public AttemptResult send(Subscription subscription, FlaggedArticle article, String deliveryId) {
            calls.add(article.id());
            return answer.get();
        }
    }
}
