package io.kzmonitor.fetcher.poll;

import java.time.Duration;

/**
 * When to poll a failing source again: never sooner than its interval or the server's Retry-After, doubling from
 * the initial backoff on each consecutive failure, capped (a failing source is retried for ever).
 */
final class Backoff {

    private Backoff() {}

    static Duration next(Duration interval, int failures, Duration initial, Duration max, Duration retryAfter) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration exp = initial.multipliedBy(factor);
        Duration cap = max.compareTo(interval) > 0 ? max : interval;
        Duration delay = exp.compareTo(interval) > 0 ? exp : interval;
        if (delay.compareTo(cap) > 0) {
            delay = cap;
        }
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(Duration.ofHours(24)) > 0 ? Duration.ofHours(24) : retryAfter;
        }
        return delay;
    }
}
