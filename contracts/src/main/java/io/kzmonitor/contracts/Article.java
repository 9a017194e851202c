package io.kzmonitor.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article fetched and extracted by the fetcher, published on {@link Topics#ARTICLES} keyed by {@link #id()}.
 *
 * <p>Event type {@value #TYPE}. A changed article (a new {@link #contentHash()}) is published again with the same
 * id and a higher {@link #revision()}; consumers treat it as an update of the same item.
 *
 * @param type event type with its version, always {@value #TYPE}
 * @param id stable article id, {@link ArticleIds#idOf(String)} of the canonical URL
 * @param url the URL the article was fetched from
 * @param canonicalUrl the canonical URL ({@code rel=canonical}, {@code og:url}, else {@code url})
 * @param sourceId id of the configured source that found the article
 * @param sourceName human name of that source (e.g. "Kazinform (Arabic)")
 * @param title the headline
 * @param text clean body text, paragraphs separated by a blank line
 * @param summary lead or description, may be null
 * @param language ISO 639-1 code (e.g. "ar", "ru", "kk"), from the page or detected; "und" when unknown
 * @param publishedAt publication time in UTC, null when the page gives none
 * @param authors author names, possibly empty
 * @param imageUrl lead image URL, may be null
 * @param paywalled true when the body is a paywall teaser rather than the full text
 * @param fetchedAt when the fetcher extracted it (UTC)
 * @param contentHash hash of title and text, changes when the content changes
 * @param revision 1 for the first publication, incremented on each content update
 */
public record Article(
        String type,
        String id,
        String url,
        String canonicalUrl,
        String sourceId,
        String sourceName,
        String title,
        String text,
        String summary,
        String language,
        Instant publishedAt,
        List<String> authors,
        String imageUrl,
        boolean paywalled,
        Instant fetchedAt,
        String contentHash,
        int revision) {

    /** Event type and version of this record. */
    public static final String TYPE = "article.fetched.v1";

    public Article {
        type = type == null ? TYPE : type;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
        Objects.requireNonNull(sourceId, "sourceId");
        sourceName = sourceName == null ? sourceId : sourceName;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        language = language == null || language.isBlank() ? "und" : language;
        authors = authors == null ? List.of() : List.copyOf(authors);
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        contentHash = contentHash == null ? ContentHash.of(title, text) : contentHash;
        if (revision < 1) {
            revision = 1;
        }
    }
}
