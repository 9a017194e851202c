package io.kzmonitor.fetcher.extract.steps;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kzmonitor.fetcher.extract.ExtractionContext;
import io.kzmonitor.fetcher.extract.ExtractionStep;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks and keeps the article objects ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting}, {@code ReportageNewsArticle}...): headline, authors, {@code inLanguage}, {@code articleBody},
 * image, {@code isAccessibleForFree}. Dates are read by {@link DateStep}.
 */
public final class JsonLdStep implements ExtractionStep {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    @Override
    public void apply(ExtractionContext ctx) {
        for (Element script : ctx.document().select("script[type=application/ld+json]")) {
            try {
                collect(MAPPER.readTree(script.data()), ctx, 0);
            } catch (Exception invalidJson) {
                // many sites ship broken JSON-LD; the DOM steps still run
            }
        }
        if (ctx.jsonLdArticles.isEmpty()) {
            return;
        }
        JsonNode a = ctx.jsonLdArticles.get(0);
        ctx.title = text(a.get("headline"));
        String body = text(a.get("articleBody"));
        if (body != null && !body.isBlank()) {
            ctx.jsonLdBody = toText(body);
        }
        ctx.summary = text(a.get("description"));
        String lang = text(a.get("inLanguage"));
        if (lang != null) {
            ctx.declaredLanguage = lang;
        }
        for (JsonNode author : iterable(a.get("author"))) {
            String name = author.isTextual() ? author.asText() : text(author.get("name"));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                ctx.authors.add(name.strip());
            }
        }
        for (JsonNode image : iterable(a.get("image"))) {
            String url = image.isTextual() ? image.asText() : text(image.get("url"));
            if (url != null && ctx.imageUrl == null) {
                ctx.imageUrl = url;
            }
        }
        JsonNode free = a.get("isAccessibleForFree");
        if (free != null
                && (free.asText().equalsIgnoreCase("false") || free.asText().equalsIgnoreCase("False"))) {
            ctx.paywallHint = true;
        }
    }

    /** JSON-LD bodies sometimes hold HTML, even entity-escaped HTML: render it as text with paragraphs. */
    private static String toText(String body) {
        String b = body.contains("&lt;") ? org.jsoup.parser.Parser.unescapeEntities(body, false) : body;
        if (!b.contains("<")) {
            return b;
        }
        Element root = org.jsoup.Jsoup.parseBodyFragment(b).body();
        return TextRenderer.render(java.util.List.of(root), null);
    }

    private static void collect(JsonNode node, ExtractionContext ctx, int depth) {
        if (node == null || depth > 5) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, ctx, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticleType(node.get("@type"))) {
            ctx.jsonLdArticles.add(node);
        }
        collect(node.get("@graph"), ctx, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collect(main, ctx, depth + 1);
        }
    }

    private static boolean isArticleType(JsonNode type) {
        for (JsonNode t : iterable(type)) {
            String s = t.asText().toLowerCase(Locale.ROOT);
            if (s.endsWith("article") || s.equals("blogposting") || s.equals("report") || s.equals("posting")) {
                return true;
            }
        }
        return false;
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        if (node == null || node.isNull()) {
            return java.util.List.of();
        }
        return node.isArray() ? node : java.util.List.of(node);
    }

    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("name") ? node.get("name") : node.get("@value"));
        }
        return node.asText();
    }
}
