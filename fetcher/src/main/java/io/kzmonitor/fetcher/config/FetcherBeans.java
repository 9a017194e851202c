package io.kzmonitor.fetcher.config;

import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.fetcher.extract.ArticleExtractor;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.http.HttpSettings;
import io.kzmonitor.fetcher.poll.ArticleSink;
import io.kzmonitor.fetcher.poll.SourceCatalog;
import io.kzmonitor.fetcher.poll.SourcePoller;
import io.kzmonitor.fetcher.poll.SourceRegistry;
import io.kzmonitor.fetcher.poll.SourceStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** CDI producers wiring the plain fetcher classes from {@link FetcherConfig}. */
public class FetcherBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    HttpFetcher httpFetcher(FetcherConfig config) {
        return new HttpFetcher(new HttpSettings(
                config.userAgent(),
                config.connectTimeout(),
                config.readTimeout(),
                config.maxBodyBytes(),
                config.maxRedirects(),
                config.perHostDelay(),
                config.respectRobots(),
                config.maxCrawlDelay()));
    }

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }

    @Produces
    @Singleton
    SeenState seenState() {
        return new SeenState();
    }

    @Produces
    @Singleton
    SourceRegistry sourceRegistry() {
        return new SourceRegistry();
    }

    @Produces
    @Singleton
    SourceCatalog sourceCatalog(SourceRegistry registry, SourceStore store, Clock clock) {
        return new SourceCatalog(registry, store, clock);
    }

    @Produces
    @Singleton
    SourcePoller sourcePoller(
            FetcherConfig config,
            HttpFetcher http,
            ArticleExtractor extractor,
            SeenState seen,
            ArticleSink sink,
            Clock clock) {
        return new SourcePoller(http, extractor, seen, sink, clock, config.maxItemsPerPoll());
    }
}
