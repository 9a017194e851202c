package io.kzmonitor.notifier.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest known step of every delivery, rebuilt from {@code notifier.deliveries} at start-up: answers "was this
 * delivery already accepted?" (no repeats) and "which webhooks answered 410?" (disabled).
 */
public final class DeliveryLedger {

    private final Map<String, DeliveryRecord> latest = new ConcurrentHashMap<>();
    private final Set<String> disabledWebhooks = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> lastDigest = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    /**
     * Applies a step read back from the log (or just written); later steps (as many attempts or more) replace earlier
     * ones. Returns true when this step is now the delivery's latest.
     */
    public boolean apply(DeliveryRecord record) {
        DeliveryRecord now = latest.merge(
                record.deliveryId(), record, (old, fresh) -> fresh.attempts() >= old.attempts() ? fresh : old);
        if (record.outcome() == Outcome.GONE) {
            disabledWebhooks.add(record.subscriptionId());
        }
        if (record.channel() == Channel.DIGEST && record.dueAt() != null) {
            lastDigest.merge(record.subscriptionId(), record.dueAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return now == record;
    }

    /** The due time of the subscription's latest digest (sent or found empty), if any. */
    public Optional<Instant> lastDigest(String subscriptionId) {
        return Optional.ofNullable(lastDigest.get(subscriptionId));
    }

    /** The articles gathered for the subscription's next digest, oldest first. */
    public List<DeliveryRecord> queued(String subscriptionId) {
        return latest.values().stream()
                .filter(r -> r.outcome() == Outcome.QUEUED && r.subscriptionId().equals(subscriptionId))
                .filter(r -> r.article() != null)
                .sorted(Comparator.comparing(DeliveryRecord::createdAt))
                .toList();
    }

    /**
     * Claims a new delivery: true (and remembered) when its id was never seen, false for a repeat.
     *
     * @param pending the pending step of the delivery
     */
    public boolean claim(DeliveryRecord pending) {
        return latest.putIfAbsent(pending.deliveryId(), pending) == null;
    }

    /** Forgets a claim whose pending step could not be written, so a redelivered record can claim it again. */
    public void release(DeliveryRecord pending) {
        latest.remove(pending.deliveryId(), pending);
    }

    /** The latest step of a delivery, or null. */
    public DeliveryRecord get(String deliveryId) {
        return latest.get(deliveryId);
    }

    /** True when the subscription's webhook answered 410 Gone. */
    public boolean webhookDisabled(String subscriptionId) {
        return disabledWebhooks.contains(subscriptionId);
    }

    /** The latest step of each delivery of a subscription, most recently updated first. */
    public List<DeliveryRecord> ofSubscription(String subscriptionId) {
        return latest.values().stream()
                .filter(r -> r.subscriptionId().equals(subscriptionId))
                .sorted(Comparator.comparing(DeliveryRecord::updatedAt).reversed())
                .toList();
    }

    /** The deliveries still to attempt of the subscriptions {@code owned} accepts. */
    public List<DeliveryRecord> unfinished(java.util.function.Predicate<String> owned) {
        return unfinished().stream().filter(r -> owned.test(r.subscriptionId())).toList();
    }

    /** The deliveries still to attempt (pending or retrying, not queued for a digest), e.g. after a restart. */
    public List<DeliveryRecord> unfinished() {
        return latest.values().stream()
                .filter(r -> !r.outcome().terminal() && r.outcome() != Outcome.QUEUED && r.article() != null)
                .toList();
    }

    /** Marks the log as read back; deliveries may start. */
    public void markLoaded() {
        loaded.complete(null);
    }

    /** Marks the log as unreadable; routing fails (records are redelivered later) instead of risking repeats. */
    public void markFailed(Throwable cause) {
        loaded.completeExceptionally(cause);
    }

    /** Completes once the log has been read back. */
    public CompletionStage<Void> loaded() {
        return loaded;
    }
}
