package io.kzmonitor.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.notifier.delivery.AttemptResult;
import io.kzmonitor.notifier.delivery.ChannelSender;
import io.kzmonitor.notifier.digest.DigestSchedule;
import io.kzmonitor.notifier.mail.EmailSender;
import io.kzmonitor.notifier.mail.MailTransport;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionFilter;
import io.kzmonitor.notifier.subscription.WebhookFormat;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two notifier instances ({@link NotifierCore}s: the production ledger, ownership, dispatcher, router, digest service
 * and delivery-log owner consumer, each with its own Kafka consumer) in one consumer group over a two-partition
 * delivery log on the real broker. Each test has its own log topic and group, so neither the running application nor
 * other tests touch them. Both instances run in this one JVM: what is proven is the partition-ownership protocol
 * against a real broker's group coordinator, not two processes.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
class ScaleOutTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Duration QUIET = Duration.ofSeconds(2);
    /** Digests are due at once for the instances' digest clocks: two hours ahead of the articles. */
    private static final Clock DIGEST_CLOCK = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));

    private final List<AutoCloseable> open = new ArrayList<>();
    private final ScheduledExecutorService tickers = Executors.newScheduledThreadPool(2);

    @AfterEach
    void closeAll() throws Exception {
        tickers.shutdownNow();
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void shouldDeliverEachDigestOnceWithTwoInstances() throws Exception {
        // given: two running instances sharing the log, each routing one article for the same digest subscription
        String topic = "scale.digest." + UUID.randomUUID();
        ProducerJournal journal = opened(ProducerJournal.onNewTopic(topic, 2));
        SubscriptionDirectory directory = new SubscriptionDirectory(List.of(digestSubscription("desk-digest")));
        String group = "owners-" + UUID.randomUUID();
        List<String> sentByA = new CopyOnWriteArrayList<>();
        List<String> sentByB = new CopyOnWriteArrayList<>();
        NotifierCore a = core(directory, journal, topic, group, recordingMail(sentByA));
        NotifierCore b = core(directory, journal, topic, group, recordingMail(sentByB));
        await().atMost(WAIT)
                .until(() -> a.ownership.partitions().size() == 1
                        && b.ownership.partitions().size() == 1);
        FlaggedArticle arabic = Fixtures.arabic("scale-digest");
        FlaggedArticle russian = Fixtures.russian("scale-digest");
        a.router.route(arabic).toCompletableFuture().join();
        b.router.route(russian).toCompletableFuture().join();
        NotifierCore owner = a.ownership.owns("desk-digest") ? a : b;
        await().atMost(WAIT).until(() -> owner.ledger.queued("desk-digest").size() == 2);

        // when: both tick, as their DigestTickers do
        tick(a);
        tick(b);

        // then: one digest with both articles, sent by the owner only
        List<String> all = new CopyOnWriteArrayList<>();
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(concat(sentByA, sentByB)).hasSize(1));
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(3))
                .untilAsserted(() -> assertThat(concat(sentByA, sentByB)).hasSize(1));
        all.addAll(concat(sentByA, sentByB));
        assertThat(all.get(0)).contains(arabic.id()).contains(russian.id());
        assertThat(owner == a ? sentByB : sentByA).isEmpty();
    }

    @Test
    void shouldSendDigestAfterRestartWhenKilledMidDigest() throws Exception {
        // given: a lone instance gathered two articles and died while sending their due digest
        String topic = "scale.restart." + UUID.randomUUID();
        ProducerJournal journal = opened(ProducerJournal.onNewTopic(topic, 2));
        SubscriptionDirectory directory = new SubscriptionDirectory(List.of(digestSubscription("night-digest")));
        String group = "owners-" + UUID.randomUUID();
        List<String> attemptsOfKilled = new CopyOnWriteArrayList<>();
        NotifierCore killed = core(directory, journal, topic, group, (to, content, id) -> {
            attemptsOfKilled.add(id);
            throw new IllegalStateException("killed in the middle of sending the digest");
        });
        await().atMost(WAIT).until(() -> killed.ownership.partitions().size() == 2);
        FlaggedArticle arabic = Fixtures.arabic("killed-digest");
        FlaggedArticle russian = Fixtures.russian("killed-digest");
        killed.router.route(arabic).toCompletableFuture().join();
        killed.router.route(russian).toCompletableFuture().join();
        await().atMost(WAIT).until(() -> killed.ledger.queued("night-digest").size() == 2);
        tick(killed);
        await().atMost(WAIT).until(() -> !attemptsOfKilled.isEmpty());
        tickers.shutdownNow();
        killed.close();
        open.remove(killed);

        // when: it is restarted
        List<String> sent = new CopyOnWriteArrayList<>();
        ScheduledExecutorService restartTicker = Executors.newSingleThreadScheduledExecutor();
        NotifierCore restarted = core(directory, journal, topic, group, recordingMail(sent));
        restartTicker.scheduleWithFixedDelay(restarted.digests::tick, 0, 100, TimeUnit.MILLISECONDS);

        // then: the digest goes out once, with both articles
        try {
            await().atMost(WAIT).untilAsserted(() -> assertThat(sent).hasSize(1));
            await().during(QUIET)
                    .atMost(QUIET.plusSeconds(3))
                    .untilAsserted(() -> assertThat(sent).hasSize(1));
        } finally {
            restartTicker.shutdownNow();
        }
        assertThat(sent.get(0)).contains(arabic.id()).contains(russian.id());

        // and: a further restart does not send it again
        restarted.close();
        open.remove(restarted);
        List<String> sentAfterSecondRestart = new CopyOnWriteArrayList<>();
        NotifierCore again = core(directory, journal, topic, group, recordingMail(sentAfterSecondRestart));
        await().atMost(WAIT).until(() -> again.ownership.partitions().size() == 2);
        again.digests.tick();
        assertThat(sentAfterSecondRestart).isEmpty();
    }

    @Test
    void shouldDeliverEachItemOnceWithTwoInstances() throws Exception {
        // given: two running instances sharing the log
        String topic = "scale.instant." + UUID.randomUUID();
        ProducerJournal journal = opened(ProducerJournal.onNewTopic(topic, 2));
        List<Subscription> hooks = List.of(webhookSubscription("hook-one"), webhookSubscription("hook-two"));
        SubscriptionDirectory directory = new SubscriptionDirectory(hooks);
        String group = "owners-" + UUID.randomUUID();
        List<String> byA = new CopyOnWriteArrayList<>();
        List<String> byB = new CopyOnWriteArrayList<>();
        NotifierCore a = opened(
                new NotifierCore(directory, journal, topic, group, recordingSender(byA), (t, c, i) -> "-", DIGEST_CLOCK)
                        .start());
        NotifierCore b = opened(
                new NotifierCore(directory, journal, topic, group, recordingSender(byB), (t, c, i) -> "-", DIGEST_CLOCK)
                        .start());
        await().atMost(WAIT)
                .until(() -> a.ownership.partitions().size() == 1
                        && b.ownership.partitions().size() == 1);

        // when: each instance routes half of ten articles, and one article twice (a redelivered record)
        List<FlaggedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FlaggedArticle article = Fixtures.english("scale-item-" + i);
            articles.add(article);
            (i % 2 == 0 ? a : b).router.route(article).toCompletableFuture().join();
        }
        b.router.route(articles.get(0)).toCompletableFuture().join();

        // then: every (subscription, article) delivered exactly once in all
        await().atMost(WAIT).untilAsserted(() -> assertThat(concat(byA, byB)).hasSize(20));
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(3))
                .untilAsserted(() -> assertThat(concat(byA, byB)).hasSize(20).doesNotHaveDuplicates());
    }

    @Test
    void shouldNotRepeatRunningAttemptsWhenTheirPartitionMovesToAnotherInstance() throws Exception {
        // given: a lone instance attempting deliveries of two subscriptions, one on each partition, slowly
        String topic = "scale.handover." + UUID.randomUUID();
        ProducerJournal journal = opened(ProducerJournal.onNewTopic(topic, 2));
        SubscriptionDirectory directory = new SubscriptionDirectory(
                List.of(webhookSubscription(onPartition(0)), webhookSubscription(onPartition(1))));
        String group = "owners-" + UUID.randomUUID();
        List<String> byA = new CopyOnWriteArrayList<>();
        List<String> byB = new CopyOnWriteArrayList<>();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch receiverAnswers = new CountDownLatch(1);
        ChannelSender slow = (subscription, article, id) -> {
            started.incrementAndGet();
            try {
                receiverAnswers.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byA.add(subscription.id() + "/" + article.id());
            return AttemptResult.delivered("200");
        };
        NotifierCore a = opened(
                new NotifierCore(directory, journal, topic, group, slow, (t, c, i) -> "-", DIGEST_CLOCK).start());
        await().atMost(WAIT).until(() -> a.ownership.partitions().size() == 2);
        FlaggedArticle article = Fixtures.english("handover");
        a.router.route(article).toCompletableFuture().join();
        await().atMost(WAIT).until(() -> started.get() == 2);

        // when: a second instance joins while both attempts run, and the receiver answers once A gave its partitions up
        NotifierCore b = opened(
                new NotifierCore(directory, journal, topic, group, recordingSender(byB), (t, c, i) -> "-", DIGEST_CLOCK)
                        .start());
        await().atMost(WAIT).until(() -> a.ownership.partitions().size() < 2);
        receiverAnswers.countDown();

        // then: the partitions are shared, and each delivery was made once, by A
        await().atMost(WAIT)
                .until(() -> a.ownership.partitions().size() == 1
                        && b.ownership.partitions().size() == 1);
        await().during(QUIET)
                .atMost(QUIET.plusSeconds(3))
                .untilAsserted(() -> assertThat(concat(byA, byB)).hasSize(2).doesNotHaveDuplicates());
        assertThat(byB).isEmpty();
    }

    private static String onPartition(int partition) {
        for (int i = 0; ; i++) {
            String id = "handover-" + i;
            if (KafkaPartitioner.partitionOf(id, 2) == partition) {
                return id;
            }
        }
    }

    private NotifierCore core(
            SubscriptionDirectory directory, ProducerJournal journal, String topic, String group, MailTransport mail) {
        return opened(new NotifierCore(
                        directory, journal, topic, group, recordingSender(new ArrayList<>()), mail, DIGEST_CLOCK)
                .start());
    }

    private void tick(NotifierCore core) {
        tickers.scheduleWithFixedDelay(core.digests::tick, 0, 100, TimeUnit.MILLISECONDS);
    }

    private <T extends AutoCloseable> T opened(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static Subscription digestSubscription(String id) {
        return new Subscription(
                id,
                "default",
                id,
                List.of(id + "@example.org"),
                Optional.empty(),
                SubscriptionFilter.of(List.of(), List.of("ar", "ru"), 0),
                Optional.of(DigestSchedule.parse("hourly", "00:00", "monday", "UTC", false)));
    }

    private static Subscription webhookSubscription(String id) {
        return new Subscription(
                id,
                "default",
                id,
                List.of(),
                Optional.of(new Subscription.WebhookTarget(
                        "http://127.0.0.1:9/" + id, WebhookFormat.JSON, Optional.empty())),
                SubscriptionFilter.of(List.of(), List.of("en"), 0));
    }

    private static MailTransport recordingMail(List<String> sent) {
        return (to, content, id) -> {
            sent.add(id + " " + content.headers().get(EmailSender.ARTICLE_IDS_HEADER));
            return "recorded";
        };
    }

    private static ChannelSender recordingSender(List<String> sent) {
        return (subscription, article, id) -> {
            sent.add(subscription.id() + "/" + article.id());
            return AttemptResult.delivered("200");
        };
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
