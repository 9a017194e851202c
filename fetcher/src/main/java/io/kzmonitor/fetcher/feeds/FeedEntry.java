package io.kzmonitor.fetcher.feeds;

import java.time.Instant;

/**
 * One item of a feed.
 *
 * @param link absolute URL of the article page
 * @param title item title, may be null
 * @param publishedAt published (or updated) time, may be null
 * @param updatedAt updated time when the feed gives one, may be null
 */
public record FeedEntry(String link, String title, Instant publishedAt, Instant updatedAt) {}
