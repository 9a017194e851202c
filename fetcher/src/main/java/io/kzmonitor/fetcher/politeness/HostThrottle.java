package io.kzmonitor.fetcher.politeness;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Enforces a minimum delay between two requests to the same host, across every thread of the fetcher. */
public final class HostThrottle {

    private final long delayNanos;
    private final ConcurrentHashMap<String, long[]> nextAllowed = new ConcurrentHashMap<>();

    /** Creates a throttle with the given minimum per-host delay (zero disables it). */
    public HostThrottle(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Blocks until a request to {@code host} is allowed, and reserves the next slot. */
    public void acquire(String host) throws InterruptedException {
        acquire(host, Duration.ZERO);
    }

    /**
     * Blocks until a request to {@code host} is allowed, with at least {@code hostDelay} (e.g. a robots.txt
     * Crawl-delay) between requests when it is longer than the configured delay, and reserves the next slot.
     */
    public void acquire(String host, Duration hostDelay) throws InterruptedException {
        long delayNanos = Math.max(this.delayNanos, hostDelay.toNanos());
        if (delayNanos <= 0 || host == null) {
            return;
        }
        long[] slot = nextAllowed.computeIfAbsent(host.toLowerCase(), h -> new long[] {0});
        long wait;
        synchronized (slot) {
            long now = System.nanoTime();
            long at = Math.max(now, slot[0]);
            slot[0] = at + delayNanos;
            wait = at - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
