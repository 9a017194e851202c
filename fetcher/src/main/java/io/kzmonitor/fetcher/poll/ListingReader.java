package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.decode.HtmlDecoder;
import io.kzmonitor.fetcher.feeds.FeedEntry;
import io.kzmonitor.fetcher.feeds.FeedParser;
import io.kzmonitor.fetcher.feeds.SitemapReader;
import io.kzmonitor.fetcher.http.FetchResult;
import io.kzmonitor.fetcher.http.FetchStatus;
import io.kzmonitor.fetcher.http.HttpFetcher;
import io.kzmonitor.fetcher.sources.Source;
import io.kzmonitor.fetcher.sources.SourceStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the list of article links of a feed, sitemap or section-page source: a feed with a conditional GET (its ETag and
 * Last-Modified remembered per source), a sitemap index through its most recent child sitemaps. Failures come back
 * as a {@link PollResult}, never as exceptions.
 */
final class ListingReader {

    private static final int MAX_CHILD_SITEMAPS = 3;

    /**
     * The links found, or why there are none.
     *
     * @param entries the items, most recent first for sitemaps
     * @param failure null on success; a success without items for a feed that was not modified
     */
    record Listing(List<FeedEntry> entries, PollResult failure) {}

    private final HttpFetcher http;
    private final Clock clock;
    private final FeedParser feeds = new FeedParser();
    private final SitemapReader sitemaps = new SitemapReader();
    private final HtmlDecoder decoder = new HtmlDecoder();
    private final ConcurrentHashMap<String, String[]> validators = new ConcurrentHashMap<>();

    ListingReader(HttpFetcher http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    Listing read(Source source, SourceStatus status) {
        return switch (source.type()) {
            case SITEMAP -> sitemap(source, status);
            case SECTION -> section(source);
            default -> feed(source);
        };
    }

    private Listing feed(Source source) {
        String[] v = validators.getOrDefault(source.id(), new String[2]);
        FetchResult feed = http.fetch(source.url(), v[0], v[1]);
        if (feed.status() == FetchStatus.NOT_MODIFIED) {
            return new Listing(List.of(), new PollResult(true, "NOT_MODIFIED", -1, 0, null, null));
        }
        if (feed.status() != FetchStatus.FETCHED) {
            return failed(feed);
        }
        try {
            List<FeedEntry> entries = feeds.parse(feed.body(), feed.contentType(), feed.url());
            validators.put(source.id(), new String[] {feed.etag(), feed.lastModified()});
            return new Listing(entries, null);
        } catch (FeedParser.InvalidFeedException e) {
            return new Listing(List.of(), PollResult.failure("INVALID_FEED", e.getMessage(), null));
        }
    }

    private Listing section(Source source) {
        FetchResult page = http.fetch(source.url());
        if (page.status() != FetchStatus.FETCHED) {
            return failed(page);
        }
        if (Content.isBinary(page.body())) {
            return new Listing(
                    List.of(), PollResult.failure("NOT_HTML", "binary content labelled " + page.contentType(), null));
        }
        String html = decoder.decode(page.body(), page.contentType()).text();
        return new Listing(SectionLinks.find(html, page.url(), source.selector()), null);
    }

    private Listing sitemap(Source source, SourceStatus status) {
        FetchResult first = http.fetch(source.url());
        if (first.status() != FetchStatus.FETCHED) {
            return failed(first);
        }
        try {
            SitemapReader.Result result = sitemaps.read(first.body(), first.contentType(), first.url());
            List<FeedEntry> entries = new ArrayList<>(result.entries());
            for (String child :
                    result.childSitemaps().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
                FetchResult c = http.fetch(child);
                if (c.status() == FetchStatus.FETCHED) {
                    entries.addAll(
                            sitemaps.read(c.body(), c.contentType(), c.url()).entries());
                } else {
                    status.noteError(clock.instant(), child + ": " + c.describe());
                }
            }
            entries.sort(
                    Comparator.comparing((FeedEntry e) -> e.publishedAt() == null ? Instant.EPOCH : e.publishedAt())
                            .reversed());
            return new Listing(entries, null);
        } catch (FeedParser.InvalidFeedException e) {
            return new Listing(List.of(), PollResult.failure("INVALID_SITEMAP", e.getMessage(), null));
        }
    }

    private static Listing failed(FetchResult r) {
        return new Listing(List.of(), PollResult.failure(r.status().name(), r.describe(), r.retryAfter()));
    }
}
