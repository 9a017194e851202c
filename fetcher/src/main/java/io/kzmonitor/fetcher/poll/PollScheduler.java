package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.config.FetcherConfig;
import io.kzmonitor.fetcher.dedup.SeenStateRestore;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourcesFile;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Drives polling: every second, reloads the sources file when it changed, and hands each due source to a bounded
 * pool of workers (one poll per source at a time). Failures are logged at WARN with the URL and cause, recorded in
 * the source status, and retried later with backoff. Counts {@code fetcher.polls} (tags source, outcome) and
 * {@code fetcher.articles.published} (tag source) in Micrometer.
 */
@ApplicationScoped
public class PollScheduler {

    private final FetcherConfig config;
    private final SourcePoller poller;
    private final SourceRegistry registry;
    private final SeenStateRestore restore;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ExecutorService workers;
    private volatile String loadedVersion;

    PollScheduler(
            FetcherConfig config,
            SourcePoller poller,
            SourceRegistry registry,
            SeenStateRestore restore,
            Clock clock,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.config = config;
        this.poller = poller;
        this.registry = registry;
        this.restore = restore;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "fetcher-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Scheduler tick: reload sources if needed and start due polls. */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!restore.isDone()) {
            return;
        }
        reloadIfChanged();
        Instant now = clock.instant();
        for (SourceRegistry.Entry entry : registry.all()) {
            if (entry.status().claimIfDue(now)) {
                workers.submit(() -> run(entry));
            }
        }
    }

    private void run(SourceRegistry.Entry entry) {
        Source source = entry.source();
        Duration interval = source.interval() != null ? source.interval() : config.pollInterval();
        PollResult result;
        try {
            result = poller.poll(source, entry.status());
        } catch (RuntimeException e) {
            result = PollResult.failure("ERROR", e.toString(), null);
        }
        Instant now = clock.instant();
        metrics.counter("fetcher.polls", "source", source.id(), "outcome", result.outcome())
                .increment();
        if (result.published() > 0) {
            metrics.counter("fetcher.articles.published", "source", source.id()).increment(result.published());
        }
        if (result.success()) {
            entry.status()
                    .succeeded(now, result.outcome(), result.itemsFound(), result.published(), now.plus(interval));
            Log.debugf(
                    "source %s polled: %s, %d items, %d published",
                    source.id(), result.outcome(), result.itemsFound(), result.published());
        } else {
            int failures = entry.status().failed(now, result.cause());
            Duration delay =
                    Backoff.next(interval, failures, config.initialBackoff(), config.maxBackoff(), result.retryAfter());
            entry.status().scheduleAt(now.plus(delay));
            Log.warnf(
                    "source %s failed (%d in a row) at %s: %s; next try in %s",
                    source.id(), failures, source.url(), result.cause(), delay);
        }
    }

    private void reloadIfChanged() {
        if (config.sourcesFile().isEmpty()) {
            return;
        }
        Path file = config.sourcesFile().get();
        try {
            String version = Files.getLastModifiedTime(file) + "/" + Files.size(file);
            if (version.equals(loadedVersion)) {
                return;
            }
            SourcesFile.Result result = SourcesFile.read(file);
            result.problems().forEach(p -> Log.warnf("sources file %s: %s (entry skipped)", file, p));
            registry.replace(result.sources(), clock.instant());
            loadedVersion = version;
            Log.infof("loaded %d sources from %s", result.sources().size(), file);
        } catch (Exception e) {
            if (loadedVersion == null || !loadedVersion.startsWith("error")) {
                Log.warnf("cannot read sources file %s: %s (keeping the previous sources)", file, e.toString());
            }
            loadedVersion = "error";
        }
    }

    /** The current sources and status, for the REST API. */
    public List<SourceRegistry.Entry> sources() {
        return registry.all();
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
