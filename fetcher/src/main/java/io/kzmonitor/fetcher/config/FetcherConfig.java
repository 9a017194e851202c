package io.kzmonitor.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Every setting of the fetcher service, under the {@code fetcher.} prefix. */
@ConfigMapping(prefix = "fetcher")
public interface FetcherConfig {

    /** Path of the YAML sources file; reloaded when it changes. No default: without it the fetcher has no sources. */
    Optional<Path> sourcesFile();

    /** How often each source is polled unless the source sets its own {@code interval}. Default {@code 5m}. */
    @WithDefault("5m")
    Duration pollInterval();

    /** User-Agent sent with every request, with a contact URL. */
    @WithDefault("kz-monitor/0.1 (+https://github.com/kz-monitor/kz-monitor)")
    String userAgent();

    /** TCP connect timeout. Default {@code 10s}. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Time allowed for a whole response (headers and body). Default {@code 30s}. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Largest body read, after decompression; larger responses end as {@code TOO_LARGE}. Default 5 MB. */
    @WithDefault("5242880")
    long maxBodyBytes();

    /** Most redirects followed for one URL. Default {@code 5}. */
    @WithDefault("5")
    int maxRedirects();

    /** Minimum delay between two requests to the same host. Default {@code 1s}. */
    @WithDefault("1s")
    Duration perHostDelay();

    /** Obey robots.txt (cached per site for an hour). Default {@code true}. */
    @WithDefault("true")
    boolean respectRobots();

    /** Largest robots.txt Crawl-delay honoured; longer ones are capped to this. Default {@code 30s}. */
    @WithDefault("30s")
    Duration maxCrawlDelay();

    /** Most items of one feed or sitemap processed per poll (a sitemap's most recent first). Default {@code 200}. */
    @WithDefault("200")
    int maxItemsPerPoll();

    /** Sources polled at the same time (bounded total concurrency). Default {@code 4}. */
    @WithDefault("4")
    int concurrency();

    /** First delay after a failed poll; doubled on each further failure, up to {@code max-backoff}. Default {@code 30s}. */
    @WithDefault("30s")
    Duration initialBackoff();

    /** Longest delay between retries of a failing source (it is never given up). Default {@code 1h}. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Rebuild the seen-state at start by reading {@code news.articles} back from the beginning. Default {@code true}. */
    @WithDefault("true")
    boolean restoreSeenState();

    /** Compacted topic holding the source changes made through the API (key = source id). Default {@code fetcher.sources}. */
    @WithDefault("fetcher.sources")
    String sourcesTopic();

    /** Partitions of the sources topic when the fetcher creates it; the unit of sharding. Default {@code 12}. */
    @WithDefault("12")
    int sourcesTopicPartitions();

    /** Share the sources among replicas through the owners' consumer group; false polls every source. Default {@code true}. */
    @WithDefault("true")
    boolean sharding();

    /** Consumer group of the replicas sharing the sources. Default {@code fetcher-owners}. */
    @WithDefault("fetcher-owners")
    String shardGroup();

    /** Time after which a silent replica's sources move to the others (Kafka session timeout). Default {@code 10s}. */
    @WithDefault("10s")
    Duration shardSessionTimeout();
}
