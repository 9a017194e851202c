package io.kzmonitor.fetcher.poll;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.kzmonitor.fetcher.extract.ArticleExtractor;
import io.kzmonitor.fetcher.extract.ExtractedArticle;
import io.kzmonitor.fetcher.feeds.FeedEntry;
import io.kzmonitor.fetcher.http.FetchResult;
import io.kzmonitor.fetcher.http.FetchStatus;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceStatus;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Polls one source: reads its listing ({@link ListingReader}) or its single page, fetches and extracts each article
 * page not seen with the same listing data before, and publishes new and changed articles through the {@link ArticleSink}. A failing
 * article page is logged and noted in the status; the other items go on.
 */
public final class SourcePoller {

    private static final Logger LOG = Logger.getLogger(SourcePoller.class);
    private static final int MAX_KNOWN_LINKS = 100_000;

    private final HttpFetcher http;
    private final ArticleExtractor extractor;
    private final ListingReader listings;
    private final int maxItems;
    private final SeenState seen;
    private final ArticleSink sink;
    private final Clock clock;
    /** Feed link to the feed data it was last processed with, so unchanged items are not re-fetched each poll. */
    private final ConcurrentHashMap<String, String> knownLinks = new ConcurrentHashMap<>();
    /** Article ids being published right now. */
    private final ConcurrentHashMap<String, Boolean> inFlight = new ConcurrentHashMap<>();

    /**
     * Creates a poller over the given collaborators.
     *
     * @param maxItems most items of one feed or sitemap processed per poll (the most recent of a sitemap)
     */
    public SourcePoller(
            HttpFetcher http, ArticleExtractor extractor, SeenState seen, ArticleSink sink, Clock clock, int maxItems) {
        this.maxItems = maxItems;
        this.listings = new ListingReader(http, clock);
        this.http = http;
        this.extractor = extractor;
        this.seen = seen;
        this.sink = sink;
        this.clock = clock;
    }

    /** Polls a source once; never throws for bad input. */
    public PollResult poll(Source source, SourceStatus status) {
        return switch (source.type()) {
            case RSS, SITEMAP, SECTION -> {
                ListingReader.Listing listing = listings.read(source, status);
                yield listing.failure() != null ? listing.failure() : processEntries(source, status, listing.entries());
            }
            case PAGE -> {
                PageOutcome page = processPage(source, source.url(), null);
                yield page.error == null
                        ? new PollResult(true, "FETCHED", 1, page.published ? 1 : 0, null, null)
                        : PollResult.failure(page.outcome, page.error, page.retryAfter);
            }
        };
    }

    private PollResult processEntries(Source source, SourceStatus status, List<FeedEntry> all) {
        List<FeedEntry> entries = all.size() > maxItems ? all.subList(0, maxItems) : all;
        int published = 0;
        for (FeedEntry entry : entries) {
            String fingerprint = entry.title() + "|" + entry.publishedAt() + "|" + entry.updatedAt();
            if (fingerprint.equals(knownLinks.get(entry.link()))) {
                continue;
            }
            PageOutcome page = processPage(source, entry.link(), entry);
            if (page.error == null) {
                if (knownLinks.size() > MAX_KNOWN_LINKS) {
                    knownLinks.clear();
                }
                knownLinks.put(entry.link(), fingerprint);
                published += page.published ? 1 : 0;
            } else {
                status.noteError(clock.instant(), entry.link() + ": " + page.error);
            }
        }
        return new PollResult(true, "FETCHED", all.size(), published, null, null);
    }

    private record PageOutcome(boolean published, String outcome, String error, java.time.Duration retryAfter) {}

    private PageOutcome processPage(Source source, String url, FeedEntry entry) {
        FetchResult page = http.fetch(url);
        if (page.status() != FetchStatus.FETCHED) {
            LOG.warnf("source %s: article %s not fetched: %s", source.id(), url, page.describe());
            return new PageOutcome(false, page.status().name(), page.describe(), page.retryAfter());
        }
        if (Content.isBinary(page.body())) {
            LOG.warnf("source %s: article %s is binary content (%s), skipped", source.id(), url, page.contentType());
            return new PageOutcome(false, "NOT_HTML", "binary content labelled " + page.contentType(), null);
        }
        ExtractedArticle extracted = extractor.extract(page.body(), page.contentType(), page.url());
        if (extracted.text().isBlank()) {
            LOG.warnf("source %s: no article text found at %s", source.id(), url);
            return new PageOutcome(false, "NO_TEXT", "no article text", null);
        }
        Article probe = ArticleAssembler.assemble(source, page.url(), extracted, entry, clock.instant(), 1);
        // two sources may list the same article at the same time: one publishes, the other skips
        if (inFlight.putIfAbsent(probe.id(), Boolean.TRUE) != null) {
            return new PageOutcome(false, "IN_FLIGHT", null, null);
        }
        try {
            return decideAndPublish(source, url, page, extracted, entry, probe);
        } finally {
            inFlight.remove(probe.id());
        }
    }

    private PageOutcome decideAndPublish(
            Source source, String url, FetchResult page, ExtractedArticle extracted, FeedEntry entry, Article probe) {
        SeenState.Decision decision = seen.decide(probe.id(), probe.contentHash());
        if (decision.kind() == SeenState.Kind.UNCHANGED) {
            LOG.debugf("source %s: %s unchanged (id %s)", source.id(), url, probe.id());
            return new PageOutcome(false, "UNCHANGED", null, null);
        }
        Article article =
                ArticleAssembler.assemble(source, page.url(), extracted, entry, probe.fetchedAt(), decision.revision());
        try {
            sink.publish(article);
        } catch (RuntimeException e) {
            LOG.warnf("source %s: publishing %s (id %s) failed: %s", source.id(), url, article.id(), e.toString());
            return new PageOutcome(false, "PUBLISH_FAILED", "publish failed: " + e, null);
        }
        seen.record(article.id(), article.contentHash(), article.revision());
        LOG.infof(
                "source %s: published %s revision %d (%s, %s) %s",
                source.id(), article.id(), article.revision(), article.language(), extracted.charset(), url);
        return new PageOutcome(true, "PUBLISHED", null, null);
    }
}
