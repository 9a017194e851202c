package io.kzmonitor.notifier.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to retry a failed delivery: the n-th retry waits the n-th delay of the schedule (plus jitter), or the
 * receiver's {@code Retry-After} when that is longer; after the last delay there is no retry.
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param schedule delays before retry 1, 2, ...
     * @param jitter fraction of each delay added at random (0 for none)
     * @param random source of numbers in [0,1)
     */
    public RetryPolicy(List<Duration> schedule, double jitter, DoubleSupplier random) {
        this.schedule = List.copyOf(schedule);
        this.jitter = Math.max(0, jitter);
        this.random = random;
    }

    /** Most attempts a delivery gets: the first one plus one per scheduled delay. */
    public int maxAttempts() {
        return schedule.size() + 1;
    }

    /**
     * The delay before the next attempt, or empty when {@code attemptsMade} used them all.
     *
     * @param attemptsMade attempts made so far, at least 1
     * @param retryAfter the receiver's {@code Retry-After}, if any
     */
    public Optional<Duration> nextDelay(int attemptsMade, Optional<Duration> retryAfter) {
        if (attemptsMade < 1 || attemptsMade > schedule.size()) {
            return Optional.empty();
        }
        Duration base = schedule.get(attemptsMade - 1);
        Duration withJitter = base.plusMillis(Math.round(base.toMillis() * jitter * random.getAsDouble()));
        return Optional.of(retryAfter.filter(r -> r.compareTo(withJitter) > 0).orElse(withJitter));
    }
}
