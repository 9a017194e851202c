package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;

/**
 * One scheduling step over the registry: hands each due, unpaused source this replica owns to a bounded pool of
 * workers (one poll per source at a time), and records the outcome with backoff on failure. Plain class, driven
 * every second by the service's scheduler (or by the benchmark).
 */
public final class PollLoop {

    private static final Logger LOG = Logger.getLogger(PollLoop.class);

    /** Polls one source once; {@link SourcePoller#poll} in the service. */
    @FunctionalInterface
    public interface Poller {
        /** Polls {@code source}; never throws for bad input. */
        PollResult poll(Source source, SourceStatus status);
    }

    /** Told about every finished poll (metrics). */
    @FunctionalInterface
    public interface Listener {
        /** Called after each poll. */
        void polled(Source source, PollResult result);
    }

    /**
     * Scheduling settings.
     *
     * @param defaultInterval interval of sources without their own
     * @param initialBackoff first retry delay of a failing source
     * @param maxBackoff longest retry delay (or the interval, if longer)
     */
    public record Settings(Duration defaultInterval, Duration initialBackoff, Duration maxBackoff) {}

    private final Poller poller;
    private final SourceRegistry registry;
    private final Ownership ownership;
    private final Settings settings;
    private final ExecutorService workers;
    private final Clock clock;
    private final Listener listener;

    /** Creates a loop; {@code workers} bounds the number of sources polled at the same time. */
    public PollLoop(
            Poller poller,
            SourceRegistry registry,
            Ownership ownership,
            Settings settings,
            ExecutorService workers,
            Clock clock,
            Listener listener) {
        this.poller = poller;
        this.registry = registry;
        this.ownership = ownership;
        this.settings = settings;
        this.workers = workers;
        this.clock = clock;
        this.listener = listener;
    }

    /** Starts the polls that are due now; returns how many were started. */
    public int tick() {
        Instant now = clock.instant();
        int started = 0;
        for (SourceRegistry.Entry entry : registry.all()) {
            if (entry.paused() || !ownership.owns(entry.source().id())) {
                continue;
            }
            if (entry.status().claimIfDue(now)) {
                workers.submit(() -> run(entry));
                started++;
            }
        }
        return started;
    }

    private void run(SourceRegistry.Entry entry) {
        Source source = entry.source();
        Duration interval = source.interval() != null ? source.interval() : settings.defaultInterval();
        PollResult result;
        try {
            result = poller.poll(source, entry.status());
        } catch (RuntimeException e) {
            result = PollResult.failure("ERROR", e.toString(), null);
        }
        Instant now = clock.instant();
        listener.polled(source, result);
        if (result.success()) {
            entry.status()
                    .succeeded(now, result.outcome(), result.itemsFound(), result.published(), now.plus(interval));
            LOG.debugf(
                    "source %s polled: %s, %d items, %d published",
                    source.id(), result.outcome(), result.itemsFound(), result.published());
        } else {
            int failures = entry.status().failed(now, result.cause());
            Duration delay = Backoff.next(
                    interval, failures, settings.initialBackoff(), settings.maxBackoff(), result.retryAfter());
            entry.status().scheduleAt(now.plus(delay));
            LOG.warnf(
                    "source %s failed (%d in a row) at %s: %s; next try in %s",
                    source.id(), failures, source.url(), result.cause(), delay);
        }
    }
}
