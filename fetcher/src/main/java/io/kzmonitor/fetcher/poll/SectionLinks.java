package io.kzmonitor.fetcher.poll;

import io.kzmonitor.fetcher.feeds.FeedEntry;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article links of an HTML section page: the elements the source's CSS selector picks (links, or elements
 * holding a link), resolved against the page URL, kept when on the same site (host without {@code www.}), without
 * fragments, duplicates or the page itself, in page order.
 */
public final class SectionLinks {

    private SectionLinks() {}

    /** The links of {@code html} (served at {@code pageUrl}) that {@code selector} picks, as feed entries. */
    public static List<FeedEntry> find(String html, String pageUrl, String selector) {
        Document doc = Jsoup.parse(html, pageUrl);
        String site = site(pageUrl);
        String self = withoutFragment(pageUrl);
        Set<String> links = new LinkedHashSet<>();
        for (Element e : doc.select(selector)) {
            Element a = e.is("a[href]") ? e : e.selectFirst("a[href]");
            if (a == null) {
                continue;
            }
            String url = withoutFragment(a.absUrl("href"));
            if (url.isEmpty() || url.equals(self) || site == null || !site.equals(site(url))) {
                continue;
            }
            links.add(url);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (String url : links) {
            entries.add(new FeedEntry(url, null, null, null));
        }
        return entries;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 ? url.substring(0, hash) : url;
    }

    private static String site(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !scheme.startsWith("http")) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
