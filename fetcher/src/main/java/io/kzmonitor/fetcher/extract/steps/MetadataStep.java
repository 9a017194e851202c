package io.kzmonitor.fetcher.extract.steps;

import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the page metadata: title ({@code og:title}, the main {@code h1}, {@code <title>} without the site name),
 * canonical URL ({@code rel=canonical}, {@code og:url}), lead image, description, authors and declared language
 * ({@code <html lang>}, {@code og:locale}) when JSON-LD did not give them.
 */
public final class MetadataStep implements ExtractionStep {

    @Override
    public void apply(ExtractionContext ctx) {
        Document doc = ctx.document();
        if (blank(ctx.title)) {
            ctx.title = firstNonBlank(ctx.meta("og:title", "twitter:title"), h1(doc), pageTitle(doc));
        }
        if (ctx.title != null) {
            ctx.title = ctx.title.replaceAll("\\s+", " ").strip();
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String canon = canonical != null ? canonical.absUrl("href") : null;
        if (blank(canon)) {
            canon = absolute(ctx, ctx.meta("og:url"));
        }
        if (!blank(canon) && canon.startsWith("http")) {
            ctx.canonicalUrl = canon;
        }
        if (ctx.imageUrl == null) {
            ctx.imageUrl = absolute(ctx, ctx.meta("og:image", "og:image:url", "twitter:image"));
        }
        if (ctx.summary == null) {
            ctx.summary = ctx.meta("og:description", "description", "twitter:description");
        }
        if (ctx.authors.isEmpty()) {
            String author = ctx.meta("author", "article:author", "byl", "sailthru.author");
            if (author != null && !author.startsWith("http")) {
                for (String a : author.replaceFirst("(?i)^by\\s+", "").split("\\s*(,|;| and )\\s*")) {
                    if (!a.isBlank()) {
                        ctx.authors.add(a.strip());
                    }
                }
            }
        }
        if (ctx.authors.isEmpty()) {
            for (Element a : doc.select(
                    "[rel=author], [itemprop=author] [itemprop=name], .author-name, .article-author, .author")) {
                String name = a.text().strip();
                if (!name.isEmpty() && name.length() < 60 && !name.matches(".*\\d.*")) {
                    ctx.authors.add(name);
                }
            }
        }
        if (blank(ctx.declaredLanguage)) {
            String lang =
                    doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
            ctx.declaredLanguage =
                    firstNonBlank(lang, ctx.meta("og:locale", "content-language", "language", "dc.language"));
        }
    }

    private static String h1(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        return h1 == null ? null : h1.text();
    }

    private static String pageTitle(Document doc) {
        String t = doc.title();
        // "Headline | Site" / "Headline — Site": keep the longest part
        String[] parts = t.split("\\s+[|–—-]\\s+");
        String best = t;
        if (parts.length > 1) {
            best = parts[0];
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static String absolute(ExtractionContext ctx, String url) {
        if (blank(url)) {
            return null;
        }
        if (url.startsWith("http") || ctx.url() == null) {
            return url;
        }
        try {
            return java.net.URI.create(ctx.url()).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return null;
    }
}
