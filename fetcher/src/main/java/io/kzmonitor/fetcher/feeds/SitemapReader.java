package io.kzmonitor.fetcher.feeds;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads XML sitemaps, sitemap indexes and Google News sitemaps with crawler-commons' {@link SiteMapParser}: a
 * sitemap gives {@link FeedEntry}s (the news title and publication date when present, else the last-modified
 * date); an index gives the URLs of its child sitemaps, most recent first.
 */
public final class SitemapReader {

    /**
     * A parsed sitemap document.
     *
     * @param entries the article URLs of a sitemap, most recent first (empty for an index)
     * @param childSitemaps the child sitemaps of an index, most recent first (empty for a sitemap)
     */
    public record Result(List<FeedEntry> entries, List<String> childSitemaps) {}

    /** Parses one sitemap or sitemap index. */
    public Result read(byte[] body, String contentType, String url) throws FeedParser.InvalidFeedException {
        AbstractSiteMap map;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            parser.enableExtension(Extension.NEWS);
            map = parser.parseSiteMap(body, new URL(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedParser.InvalidFeedException("invalid sitemap: " + e.getMessage(), e);
        }
        if (map instanceof SiteMapIndex index) {
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null
                            ? Instant.EPOCH
                            : m.getLastModified().toInstant())
                    .reversed());
            return new Result(
                    List.of(), children.stream().map(m -> m.getUrl().toString()).toList());
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            String title = null;
            Instant date =
                    u.getLastModified() == null ? null : u.getLastModified().toInstant();
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
                title = n.getTitle();
                if (n.getPublicationDateTime() != null) {
                    date = n.getPublicationDateTime().toInstant();
                }
            }
            entries.add(new FeedEntry(u.getUrl().toString(), title, date, null));
        }
        entries.sort(Comparator.comparing((FeedEntry e) -> e.publishedAt() == null ? Instant.EPOCH : e.publishedAt())
                .reversed());
        return new Result(entries, List.of());
    }
}
