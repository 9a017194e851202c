package io.kzmonitor.fetcher.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The mutable state that extraction steps share for one page: the parsed document and the fields found so far. */
public final class ExtractionContext {

    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    final Document document;
    final String url;
    final String charset;

    /** JSON-LD objects of an article type ({@code NewsArticle}, {@code Article}, {@code BlogPosting}...). */
    public final List<JsonNode> jsonLdArticles = new ArrayList<>();

    public String title;
    public String text = "";
    public String jsonLdBody;
    public String summary;
    public Instant publishedAt;
    public final Set<String> authors = new LinkedHashSet<>();
    /** Language declared by the page (html lang, og:locale, inLanguage), before validation against the text. */
    public String declaredLanguage;

    public String language = "und";
    public String canonicalUrl;
    public String imageUrl;
    public boolean paywalled;
    /** A paywall signal seen in the markup (class names, isAccessibleForFree=false). */
    public boolean paywallHint;

    private Map<String, String> metaIndex;

    ExtractionContext(Document document, String url, String charset) {
        this.document = document;
        this.url = url;
        this.charset = charset;
    }

    /** The parsed page; steps may remove boilerplate from it. */
    public Document document() {
        return document;
    }

    /**
     * The first non-blank {@code content} of a {@code <meta>} whose {@code property}, {@code name},
     * {@code itemprop} or {@code http-equiv} is one of {@code keys} (case-insensitive), or null. Indexed once per
     * page.
     */
    public String meta(String... keys) {
        if (metaIndex == null) {
            metaIndex = new HashMap<>();
            for (Element m : document.getElementsByTag("meta")) {
                String v = m.attr("content").strip();
                if (v.isEmpty()) {
                    continue;
                }
                for (String attr : META_KEYS) {
                    String key = m.attr(attr);
                    if (!key.isEmpty()) {
                        metaIndex.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
                    }
                }
            }
        }
        for (String key : keys) {
            String v = metaIndex.get(key.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The page URL, may be null for a local file. */
    public String url() {
        return url;
    }

    ExtractedArticle toArticle() {
        return new ExtractedArticle(
                title == null ? "" : title,
                text == null ? "" : text,
                summary,
                publishedAt,
                List.copyOf(authors),
                language,
                canonicalUrl != null ? canonicalUrl : url,
                imageUrl,
                paywalled,
                charset);
    }
}
