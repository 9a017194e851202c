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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

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
    private final Ownership ownership;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** The due attempts of one subscription, in order, and how many of them run. */
    private static final class Lane {
        final Queue<DeliveryRecord> due = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger writes = new AtomicInteger();

        boolean idle() {
            return running.get() == 0 && writes.get() == 0;
        }
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
        this(subscriptions, senders, ledger, journal, policy, executor, clock, perSubscription, Ownership.everything());
    }

    /**
     * A dispatcher that attempts only the deliveries of subscriptions {@code ownership} says this instance owns; the
     * others are dropped at their turn (their new owner reads them back from the log).
     */
    public Dispatcher(
            SubscriptionDirectory subscriptions,
            Map<Channel, ChannelSender> senders,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            RetryPolicy policy,
            ScheduledExecutorService executor,
            Clock clock,
            int perSubscription,
            Ownership ownership) {
        this.ownership = ownership;
        this.subscriptions = subscriptions;
        this.senders = Map.copyOf(senders);
        this.ledger = ledger;
        this.journal = journal;
        this.policy = policy;
        this.executor = executor;
        this.clock = clock;
        this.perSubscription = Math.max(1, perSubscription);
    }

    /**
     * Schedules the next attempt of a pending or retrying delivery at its {@code nextAttemptAt}, unless that delivery is
     * already scheduled or running here (a repeat read of the log, or a duplicate pending step).
     */
    public void schedule(DeliveryRecord record) {
        if (!inFlight.add(record.deliveryId())) {
            Log.debugf("delivery %s already scheduled", record.deliveryId());
            return;
        }
        scheduleAttempt(record);
    }

    /**
     * Waits at most {@code max} until no attempt of the subscriptions {@code which} accepts is running and their steps
     * are durable: called when their partition is revoked, so its next owner reads the outcome instead of repeating
     * the attempt. Returns false on timeout.
     */
    public boolean awaitIdle(Predicate<String> which, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (lanes.entrySet().stream()
                .anyMatch(e -> which.test(e.getKey()) && !e.getValue().idle())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        return true;
    }

    /** The number of deliveries scheduled or running here. */
    public int inFlight() {
        return inFlight.size();
    }

    private void scheduleAttempt(DeliveryRecord record) {
        Instant due = record.nextAttemptAt() == null ? clock.instant() : record.nextAttemptAt();
        long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        executor.schedule(() -> enqueue(record), delay, TimeUnit.MILLISECONDS);
    }

    /** Stops the worker threads; unfinished deliveries stay in the log and resume at the next start. */
    public void shutdown() {
        executor.shutdownNow();
    }

    private void enqueue(DeliveryRecord record) {
        Lane lane = lane(record.subscriptionId());
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
        if (!ownership.owns(record.subscriptionId())) {
            inFlight.remove(record.deliveryId());
            Log.debugf("delivery %s dropped: its partition moved to another instance", record.deliveryId());
            return;
        }
        DeliveryRecord latest = ledger.get(record.deliveryId());
        if (latest != null
                && latest != record
                && (latest.outcome().terminal() || latest.attempts() > record.attempts())) {
            inFlight.remove(record.deliveryId());
            Log.infof("duplicate skipped delivery=%s: already %s", record.deliveryId(), latest.outcome());
            return;
        }
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
            journalled(retrying).whenComplete((ok, error) -> scheduleAttempt(retrying));
            return;
        }
        DeliveryRecord failed = record.next(Outcome.FAILED, now, null, result.status(), result.error());
        Lane lane = lane(record.subscriptionId());
        lane.writes.incrementAndGet(); // until the FAILED step is durable too
        Log.errorf(
                "delivery dead-lettered subscription=%s article=%s channel=%s after %d attempts: %s",
                record.subscriptionId(), record.articleId(), record.channel(), failed.attempts(), result.error());
        journal.deadLetter(failed.withArticle(record.article()))
                .toCompletableFuture()
                .thenCompose(ok -> journalled(failed))
                .whenComplete((ok, error) -> lane.writes.decrementAndGet())
                .exceptionally(error -> {
                    inFlight.remove(record.deliveryId());
                    Log.errorf(error, "dead letter of delivery %s could not be written", record.deliveryId());
                    return null;
                });
    }

    /**
     * Writes a step; the ledger learns it once it is durable. If the write fails the ledger keeps the earlier step, so
     * this run does not repeat the delivery and a restart retries it from the pending step (at least once).
     */
    private Lane lane(String subscriptionId) {
        return lanes.computeIfAbsent(subscriptionId, id -> new Lane());
    }

    private CompletableFuture<Void> journalled(DeliveryRecord step) {
        Lane lane = lane(step.subscriptionId());
        lane.writes.incrementAndGet();
        return journal.record(step).toCompletableFuture().whenComplete((ok, error) -> {
            lane.writes.decrementAndGet();
            if (error == null) {
                ledger.apply(step);
            } else {
                Log.errorf(error, "delivery step %s %s could not be journalled", step.deliveryId(), step.outcome());
            }
            if (step.outcome().terminal()) {
                inFlight.remove(step.deliveryId()); // after the ledger learnt it, so a late duplicate is seen as one
            }
        });
    }
}
