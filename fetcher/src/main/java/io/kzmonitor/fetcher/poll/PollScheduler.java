package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.config.FetcherConfig;
import io.kzmonitor.fetcher.dedup.SeenStateRestore;
import io.kzmonitor.fetcher.sources.SourcesFile;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Drives polling: at start, reads back the API changes stored in {@code fetcher.sources} and joins the owners'
 * group; then every second reloads the sources file when it changed and runs a {@link PollLoop} step. Counts
 * {@code fetcher.polls} (tags source, outcome) and {@code fetcher.articles.published} (tag source) in Micrometer.
 */
@ApplicationScoped
public class PollScheduler {

    private final FetcherConfig config;
    private final SourceRegistry registry;
    private final SourceCatalog catalog;
    private final SourceStore store;
    private final ShardOwnership ownership;
    private final SeenStateRestore restore;
    private final ExecutorService workers;
    private final PollLoop loop;
    private volatile String loadedVersion;

    PollScheduler(
            FetcherConfig config,
            SourcePoller poller,
            SourceRegistry registry,
            SourceCatalog catalog,
            SourceStore store,
            ShardOwnership ownership,
            SeenStateRestore restore,
            java.time.Clock clock,
            MeterRegistry metrics) {
        this.config = config;
        this.registry = registry;
        this.catalog = catalog;
        this.store = store;
        this.ownership = ownership;
        this.restore = restore;
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), r -> {
            Thread t = new Thread(r, "fetcher-poll");
            t.setDaemon(true);
            return t;
        });
        this.loop = new PollLoop(
                (source, status) ->
                        metrics.timer("fetcher.poll", "source", source.id()).record(() -> poller.poll(source, status)),
                registry,
                ownership,
                new PollLoop.Settings(config.pollInterval(), config.initialBackoff(), config.maxBackoff()),
                workers,
                clock,
                (source, result) -> {
                    metrics.counter("fetcher.polls", "source", source.id(), "outcome", result.outcome())
                            .increment();
                    if (result.published() > 0) {
                        metrics.counter("fetcher.articles.published", "source", source.id())
                                .increment(result.published());
                    }
                });
    }

    void onStart(@Observes StartupEvent event) {
        store.start(catalog::applyStored);
        ownership.start();
    }

    /** Scheduler tick: reload sources if needed and start due polls. */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        reloadIfChanged();
        if (!restore.isDone() || !store.isReady()) {
            return;
        }
        loop.tick();
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
            catalog.setFileSources(result.sources());
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

    /** Whether this replica polls {@code sourceId} now. */
    public boolean owns(String sourceId) {
        return ownership.owns(sourceId);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
