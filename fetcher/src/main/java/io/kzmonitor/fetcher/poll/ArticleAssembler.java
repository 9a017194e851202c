package io.kzmonitor.fetcher.poll;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.ArticleIds;
import io.kzmonitor.contracts.ContentHash;
import io.kzmonitor.fetcher.extract.ExtractedArticle;
import io.kzmonitor.fetcher.feeds.FeedEntry;
import io.kzmonitor.fetcher.sources.Source;
import java.net.URI;
import java.time.Instant;

/**
 * Builds the {@link Article} event from an extracted page, the feed entry that linked it (for missing title and
 * date) and the source. Chooses the canonical URL with care: a canonical pointing to another host or to the site's
 * home page is a template bug, not the article's identity, and is ignored.
 */
final class ArticleAssembler {

    private ArticleAssembler() {}

    static Article assemble(
            Source source, String url, ExtractedArticle page, FeedEntry entry, Instant fetchedAt, int revision) {
        String canonical = trustedCanonical(url, page.canonicalUrl());
        String title = page.title();
        if ((title == null || title.isBlank()) && entry != null && entry.title() != null) {
            title = entry.title();
        }
        Instant publishedAt =
                page.publishedAt() != null ? page.publishedAt() : entry == null ? null : entry.publishedAt();
        return new Article(
                Article.TYPE,
                ArticleIds.idOf(canonical),
                url,
                canonical,
                source.id(),
                source.name(),
                title,
                page.text(),
                page.summary(),
                page.language(),
                publishedAt,
                page.authors(),
                page.imageUrl(),
                page.paywalled(),
                fetchedAt,
                ContentHash.of(title, page.text()),
                revision);
    }

    /** The page's canonical URL when it is plausible for this page, else the fetched URL. */
    static String trustedCanonical(String url, String canonical) {
        if (canonical == null || canonical.equals(url)) {
            return url;
        }
        try {
            URI u = URI.create(url);
            URI c = URI.create(canonical);
            String cPath = c.getPath() == null ? "" : c.getPath();
            String uPath = u.getPath() == null ? "" : u.getPath();
            boolean sameSite = c.getHost() != null
                    && u.getHost() != null
                    && baseDomain(c.getHost()).equals(baseDomain(u.getHost()));
            boolean homePage = (cPath.isEmpty() || cPath.equals("/")) && !(uPath.isEmpty() || uPath.equals("/"));
            return sameSite && !homePage ? canonical : url;
        } catch (IllegalArgumentException invalid) {
            return url;
        }
    }

    private static String baseDomain(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        String[] parts = h.split("\\.");
        return parts.length <= 2 ? h : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
