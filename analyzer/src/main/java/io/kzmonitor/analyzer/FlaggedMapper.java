package io.kzmonitor.analyzer;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.FlaggedArticle;
import java.time.Instant;

/** Maps an {@link Article} and the analyzer's {@link Decision} on it to the {@link FlaggedArticle} event. */
public final class FlaggedMapper {

    /** Version of the analyzer code recorded in each event. */
    public static final String ANALYZER_VERSION = "analyzer-0.1.0";

    private static final int SNIPPET_MAX = 300;

    private FlaggedMapper() {}

    /** The input the analyzer sees for {@code article}. */
    public static ArticleInput input(Article article) {
        return new ArticleInput(
                article.id(), article.title(), article.text(), article.language(), article.publishedAt());
    }

    /** The event for a relevant article. */
    public static FlaggedArticle toFlagged(Article a, Decision d, Instant now) {
        return new FlaggedArticle(
                FlaggedArticle.TYPE,
                a.id(),
                a.canonicalUrl(),
                a.title(),
                a.sourceId(),
                a.sourceName(),
                d.language(),
                a.publishedAt(),
                snippet(a, d),
                a.text(),
                d.score(),
                d.categories(),
                d.matches(),
                d.entities(),
                d.signature(),
                ANALYZER_VERSION,
                d.rulesetVersion(),
                a.revision(),
                now);
    }

    /** The sentence of the first text match (else of the first match, else the start of the text). */
    static String snippet(Article a, Decision d) {
        String s = d.matches().stream()
                .filter(m -> m.field().equals("text"))
                .map(FlaggedArticle.Match::sentence)
                .findFirst()
                .orElse(d.matches().isEmpty() ? a.text() : d.matches().get(0).sentence());
        return s.length() <= SNIPPET_MAX ? s : s.substring(0, SNIPPET_MAX) + "…";
    }
}
