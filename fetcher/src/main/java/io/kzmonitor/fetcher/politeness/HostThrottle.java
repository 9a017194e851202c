package io.kzmonitor.fetcher.politeness;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host, across every thread of the fetcher: at most one request in flight to a host, and a minimum
 * delay between the end of one request and the start of the next (so a slow answer never lets two requests in one
 * delay window). Waiters are served in arrival order.
 */
public final class HostThrottle {

    /** A claim on one host, released when the request (with its body) is finished. */
    public interface Permit extends AutoCloseable {
        /** Releases the host. */
        @Override
        void close();
    }

    private static final Permit NONE = () -> {};

    private final long delayNanos;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

    /** Creates a throttle with the given minimum per-host delay (zero disables it). */
    public HostThrottle(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    /** Blocks until a request to {@code host} is allowed; close the permit when the request is finished. */
    public Permit acquire(String host) throws InterruptedException {
        return acquire(host, Duration.ZERO);
    }

    /**
     * Blocks until a request to {@code host} is allowed, with at least {@code hostDelay} (e.g. a robots.txt
     * Crawl-delay) after the previous request when it is longer than the configured delay.
     */
    public Permit acquire(String host, Duration hostDelay) throws InterruptedException {
        long delay = Math.max(this.delayNanos, hostDelay.toNanos());
        if (delay <= 0 || host == null) {
            return NONE;
        }
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.busy.acquire();
        try {
            long wait = slot.lastEnd == 0 ? 0 : slot.lastEnd + delay - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            slot.busy.release();
            throw e;
        }
        return () -> {
            slot.lastEnd = System.nanoTime();
            slot.busy.release();
        };
    }

    private static final class Slot {
        final Semaphore busy = new Semaphore(1, true);
        volatile long lastEnd;
    }
}
