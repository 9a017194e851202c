package io.kzmonitor.notifier.digest;

import io.kzmonitor.notifier.delivery.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The back-off of failed digest sends, per subscription, on the same {@link RetryPolicy} as instant deliveries; kept
 * in memory (a restart tries a due digest again at once, with a fresh count).
 */
final class DigestRetries {

    private record Failure(int attempts, Instant nextAt) {}

    private final RetryPolicy policy;
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    DigestRetries(RetryPolicy policy) {
        this.policy = policy;
    }

    /** True while the subscription's failed digest waits for its next attempt. */
    boolean waiting(String subscriptionId, Instant now) {
        Failure f = failures.get(subscriptionId);
        return f != null && now.isBefore(f.nextAt());
    }

    /** Records a failed attempt: the delay before the next one, or empty when no attempt is left (dead letter). */
    Optional<Duration> failed(String subscriptionId, Instant now) {
        int attempts = failures.containsKey(subscriptionId)
                ? failures.get(subscriptionId).attempts() + 1
                : 1;
        Optional<Duration> delay = policy.nextDelay(attempts, Optional.empty());
        if (delay.isPresent()) {
            failures.put(subscriptionId, new Failure(attempts, now.plus(delay.get())));
        } else {
            failures.remove(subscriptionId);
        }
        return delay;
    }

    /** The attempts made so far for the subscription's failing digest. */
    int attempts(String subscriptionId) {
        Failure f = failures.get(subscriptionId);
        return f == null ? 0 : f.attempts();
    }

    /** Forgets the failures of a digest that went out. */
    void succeeded(String subscriptionId) {
        failures.remove(subscriptionId);
    }
}
