package io.kzmonitor.fetcher.extract;

import java.time.Instant;
import java.util.List;

/**
 * What the extractor found on one article page.
 *
 * @param title the headline, empty when none
 * @param text clean body text, paragraphs separated by a blank line
 * @param summary lead or description, may be null
 * @param publishedAt publication time in UTC, may be null
 * @param authors author names, possibly empty
 * @param language ISO 639-1 code, {@code und} when unknown
 * @param canonicalUrl canonical URL, falls back to the page URL (may be null for a local file)
 * @param imageUrl lead image, may be null
 * @param paywalled whether the body is a paywall teaser
 * @param charset the charset the page was decoded with
 */
public record ExtractedArticle(
        String title,
        String text,
        String summary,
        Instant publishedAt,
        List<String> authors,
        String language,
        String canonicalUrl,
        String imageUrl,
        boolean paywalled,
        String charset) {}
