package io.kzmonitor.notifier.delivery;

import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs delivery attempts on its own thread pool, never on the Kafka consumer's thread, with at most
 * {@code perSubscription} attempts of one subscription at a time, so a slow receiver cannot take every worker. After
 * each attempt it journals the step (asynchronously), then schedules the retry, or dead-letters the delivery when the
 * {@link RetryPolicy} has no attempt left.
 */
public final class Dispatcher {

    private final SubscriptionDirectory subscriptions;
    private final Map<Channel, ChannelSender> senders;
    private final DeliveryLedger ledger;
    private final DeliveryJournal journal;
    private final RetryPolicy policy;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final int perSubscription;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /** The due attempts of one subscription, in order, and how many of them run. */
    private static final class Lane {
        final Queue<DeliveryRecord> due = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
    }

    /**
     * A dispatcher over these collaborators; {@code executor} runs the (blocking) attempts, at most
     * {@code perSubscription} at once for one subscription.
     */
    public Dispatcher(
            SubscriptionDirectory subscriptions,
            Map<Channel, ChannelSender> senders,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            RetryPolicy policy,
            ScheduledExecutorService executor,
            Clock clock,
            int perSubscription) {
        this.subscriptions = subscriptions;
        this.senders = Map.copyOf(senders);
        this.ledger = ledger;
        this.journal = journal;
        this.policy = policy;
        this.executor = executor;
        this.clock = clock;
        this.perSubscription = Math.max(1, perSubscription);
    }

    /** Schedules the next attempt of a pending or retrying delivery at its {@code nextAttemptAt}. */
    public void schedule(DeliveryRecord record) {
        Instant due = record.nextAttemptAt() == null ? clock.instant() : record.nextAttemptAt();
        long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        executor.schedule(() -> enqueue(record), delay, TimeUnit.MILLISECONDS);
    }

    /** Stops the worker threads; unfinished deliveries stay in the log and resume at the next start. */
    public void shutdown() {
        executor.shutdownNow();
    }

    private void enqueue(DeliveryRecord record) {
        Lane lane = lanes.computeIfAbsent(record.subscriptionId(), id -> new Lane());
        lane.due.add(record);
        drain(lane);
    }

    /** Starts due attempts of a lane while it runs fewer than {@code perSubscription}. */
    private void drain(Lane lane) {
        while (!lane.due.isEmpty()) {
            int running = lane.running.get();
            if (running >= perSubscription) {
                return; // a running attempt drains again when it ends
            }
            if (!lane.running.compareAndSet(running, running + 1)) {
                continue;
            }
            DeliveryRecord next = lane.due.poll();
            if (next == null) {
                lane.running.decrementAndGet();
                continue; // re-check: something may have been added meanwhile
            }
            executor.execute(() -> {
                try {
                    attemptSafely(next);
                } finally {
                    lane.running.decrementAndGet();
                    drain(lane);
                }
            });
        }
    }

    private void attemptSafely(DeliveryRecord record) {
        try {
            attempt(record);
        } catch (RuntimeException e) {
            Log.errorf(e, "delivery %s failed unexpectedly", record.deliveryId());
            retryOrGiveUp(record, AttemptResult.retry("error", e.toString(), Optional.empty()), clock.instant());
        }
    }

    /** Makes one attempt of a delivery now, on the calling thread, and journals its outcome. */
    void attempt(DeliveryRecord record) {
        Optional<Subscription> subscription = subscriptions.get(record.subscriptionId());
        if (subscription.isEmpty()) {
            journalled(record.next(Outcome.SKIPPED, clock.instant(), null, null, "subscription removed"));
            return;
        }
        if (record.channel() == Channel.WEBHOOK && ledger.webhookDisabled(record.subscriptionId())) {
            journalled(record.next(Outcome.SKIPPED, clock.instant(), null, null, "webhook disabled (410)"));
            return;
        }
        AttemptResult result =
                senders.get(record.channel()).send(subscription.get(), record.article(), record.deliveryId());
        Instant now = clock.instant();
        switch (result.kind()) {
            case DELIVERED -> journalled(record.next(Outcome.DELIVERED, now, null, result.status(), null));
            case GONE -> {
                Log.warnf(
                        "webhook disabled subscription=%s: receiver answered 410 Gone (delivery %s)",
                        record.subscriptionId(), record.deliveryId());
                journalled(record.next(Outcome.GONE, now, null, result.status(), result.error()));
            }
            case REFUSED -> journalled(record.next(Outcome.REFUSED, now, null, result.status(), result.error()));
            case RETRY -> retryOrGiveUp(record, result, now);
        }
    }

    private void retryOrGiveUp(DeliveryRecord record, AttemptResult result, Instant now) {
        Optional<Duration> delay = policy.nextDelay(record.attempts() + 1, result.retryAfter());
        if (delay.isPresent()) {
            DeliveryRecord retrying =
                    record.next(Outcome.RETRYING, now, now.plus(delay.get()), result.status(), result.error());
            Log.warnf(
                    "delivery failed subscription=%s article=%s channel=%s attempt=%d status=%s error=%s; retry in %s",
                    record.subscriptionId(),
                    record.articleId(),
                    record.channel(),
                    retrying.attempts(),
                    result.status(),
                    result.error(),
                    delay.get());
            // The retry runs even if this step cannot be journalled: the pending step in the log covers a restart.
            journalled(retrying).whenComplete((ok, error) -> schedule(retrying));
            return;
        }
        DeliveryRecord failed = record.next(Outcome.FAILED, now, null, result.status(), result.error());
        Log.errorf(
                "delivery dead-lettered subscription=%s article=%s channel=%s after %d attempts: %s",
                record.subscriptionId(), record.articleId(), record.channel(), failed.attempts(), result.error());
        journal.deadLetter(failed.withArticle(record.article()))
                .toCompletableFuture()
                .thenCompose(ok -> journalled(failed))
                .exceptionally(error -> {
                    Log.errorf(error, "dead letter of delivery %s could not be written", record.deliveryId());
                    return null;
                });
    }

    /**
     * Writes a step; the ledger learns it once it is durable. If the write fails the ledger keeps the earlier step, so
     * this run does not repeat the delivery and a restart retries it from the pending step (at least once).
     */
    private CompletableFuture<Void> journalled(DeliveryRecord step) {
        return journal.record(step).toCompletableFuture().whenComplete((ok, error) -> {
            if (error == null) {
                ledger.apply(step);
            } else {
                Log.errorf(error, "delivery step %s %s could not be journalled", step.deliveryId(), step.outcome());
            }
        });
    }
}
