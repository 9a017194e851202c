package io.kzmonitor.fetcher.extract.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.kzmonitor.fetcher.extract.DateParser;
import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import java.time.Instant;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date, in UTC, from the most to the least reliable source: JSON-LD {@code datePublished},
 * {@code article:published_time} and similar meta tags, the first {@code <time datetime>} (inside the article when
 * there is one), then a date in the URL path.
 */
public final class DateStep implements ExtractionStep {

    @Override
    public void apply(ExtractionContext ctx) {
        Instant found = null;
        for (JsonNode a : ctx.jsonLdArticles) {
            found = DateParser.parse(JsonLdStep.text(a.get("datePublished")));
            if (found == null) {
                found = DateParser.parse(JsonLdStep.text(a.get("dateCreated")));
            }
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            found = DateParser.parse(ctx.meta(
                    "article:published_time",
                    "og:article:published_time",
                    "datePublished",
                    "pubdate",
                    "publishdate",
                    "publish-date",
                    "date",
                    "dc.date",
                    "dc.date.issued",
                    "DC.date.issued",
                    "sailthru.date",
                    "parsely-pub-date"));
        }
        if (found == null) {
            Element time = ctx.document().selectFirst("article time[datetime], time[datetime]");
            if (time != null) {
                found = DateParser.parse(time.attr("datetime"));
            }
        }
        if (found == null) {
            found = DateParser.fromUrl(ctx.canonicalUrl != null ? ctx.canonicalUrl : ctx.url());
        }
        ctx.publishedAt = found;
    }
}
