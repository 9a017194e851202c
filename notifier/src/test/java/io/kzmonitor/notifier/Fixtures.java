package io.kzmonitor.notifier;

import io.kzmonitor.contracts.ArticleIds;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.FlaggedArticle.Category;
import io.kzmonitor.contracts.FlaggedArticle.Match;
import java.time.Instant;
import java.util.List;

/** Realistic flagged articles for tests: Arabic, Russian, Chinese and English, each with a unique URL. */
public final class Fixtures {

    private Fixtures() {}

    /** An Arabic article on the constitutional reform (category reforms). */
    public static FlaggedArticle arabic(String slug) {
        String url = "https://www.inform.kz/ar/" + slug;
        String title = "توكاييف يوقع على الدستور الجديد لكازاخستان";
        String snippet = "أعلن الرئيس قاسم جومارت توكاييف أن الإصلاحات الدستورية في كازاخستان تعزز دور البرلمان.";
        return new FlaggedArticle(
                null,
                ArticleIds.idOf(url),
                url,
                title,
                "kazinform-ar",
                "Kazinform (Arabic)",
                "ar",
                Instant.parse("2026-03-16T08:30:00Z"),
                snippet,
                snippet,
                0.91,
                List.of(new Category("reforms", List.of("constitution"), 0.91)),
                List.of(new Match(
                        "reforms.constitution.ar",
                        "reforms",
                        "constitution",
                        "الإصلاحات الدستورية",
                        "text",
                        38,
                        57,
                        snippet)),
                List.of(new FlaggedArticle.Entity("person:tokayev", "Kassym-Jomart Tokayev", "person", 1)),
                "sig-constitution-2026",
                "0.1.0",
                "rules-1",
                1,
                Instant.parse("2026-03-16T08:35:00Z"));
    }

    /** A Russian article on diplomacy with China (category diplomacy). */
    public static FlaggedArticle russian(String slug) {
        String url = "https://tengrinews.kz/kazakhstan_news/" + slug;
        String title = "Токаев провёл переговоры с Си Цзиньпином в Астане";
        String snippet =
                "Стороны обсудили стратегическое партнёрство Казахстана и Китая и транзит по Среднему коридору.";
        return new FlaggedArticle(
                null,
                ArticleIds.idOf(url),
                url,
                title,
                "tengrinews",
                "Tengrinews",
                "ru",
                Instant.parse("2026-06-02T10:00:00Z"),
                snippet,
                snippet,
                0.84,
                List.of(new Category("diplomacy", List.of("china"), 0.84)),
                List.of(new Match(
                        "diplomacy.china.ru",
                        "diplomacy",
                        "china",
                        "стратегическое партнёрство",
                        "text",
                        16,
                        42,
                        snippet)),
                List.of(),
                "sig-xi-visit",
                "0.1.0",
                "rules-1",
                1,
                Instant.parse("2026-06-02T10:05:00Z"));
    }

    /** An English article on diplomacy with Turkic states, low score. */
    public static FlaggedArticle english(String slug) {
        String url = "https://astanatimes.com/2026/05/" + slug;
        String title = "Kazakhstan hosts Organization of Turkic States summit";
        String snippet = "Leaders of the Organization of Turkic States met in Astana <to> discuss transport & trade.";
        return new FlaggedArticle(
                null,
                ArticleIds.idOf(url),
                url,
                title,
                "astanatimes",
                "The Astana Times",
                "en",
                null,
                snippet,
                snippet,
                0.35,
                List.of(new Category("diplomacy", List.of("turkic-states"), 0.35)),
                List.of(new Match(
                        "diplomacy.ots.en",
                        "diplomacy",
                        "turkic-states",
                        "Organization of Turkic States",
                        "text",
                        14,
                        43,
                        snippet)),
                List.of(),
                "sig-ots",
                "0.1.0",
                "rules-1",
                1,
                Instant.parse("2026-05-20T12:00:00Z"));
    }

    /** An article in any language and category, with a single match on its snippet. */
    public static FlaggedArticle article(String language, String slug, String title, String snippet, String category) {
        String url = "https://news.example.org/" + language + "/" + slug;
        return new FlaggedArticle(
                null,
                ArticleIds.idOf(url),
                url,
                title,
                "example-" + language,
                "Example " + language,
                language,
                Instant.parse("2026-04-01T06:00:00Z"),
                snippet,
                snippet,
                0.8,
                List.of(new Category(category, List.of(), 0.8)),
                List.of(new Match("test." + category, category, null, snippet.substring(0, 4), "text", 0, 4, snippet)),
                List.of(),
                "sig-" + slug,
                "0.1.0",
                "rules-1",
                1,
                Instant.parse("2026-04-01T06:05:00Z"));
    }

    /**
     * A copy of {@code a} with another story signature, revision, score and categories (records have no withers).
     */
    public static FlaggedArticle copy(
            FlaggedArticle a, String signature, int revision, double score, List<Category> categories) {
        return new FlaggedArticle(
                a.type(),
                a.id(),
                a.url(),
                a.title(),
                a.sourceId(),
                a.sourceName(),
                a.language(),
                a.publishedAt(),
                a.snippet(),
                a.text(),
                score,
                categories,
                a.matches(),
                a.entities(),
                signature,
                a.analyzerVersion(),
                a.rulesetVersion(),
                revision,
                a.flaggedAt());
    }

    /** A copy of {@code a} with another story signature. */
    public static FlaggedArticle withSignature(FlaggedArticle a, String signature) {
        return copy(a, signature, a.revision(), a.score(), a.categories());
    }
}
