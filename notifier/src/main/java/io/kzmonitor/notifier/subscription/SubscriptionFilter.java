package io.kzmonitor.notifier.subscription;

import io.kzmonitor.contracts.FlaggedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which flagged articles a subscription wants; every criterion must hold, and an empty set means any.
 *
 * @param categories category names (case-insensitive)
 * @param languages ISO 639-1 codes (case-insensitive, compared on the primary subtag)
 * @param minScore minimum analyzer score
 * @param subtopics subtopics, e.g. {@code constitution} (any of them)
 * @param sources source ids or names (any of them)
 * @param entities canonical entity ids, e.g. {@code person:tokayev} (any of them)
 * @param keywords words or phrases, at least one in the title or text (case-insensitive)
 */
public record SubscriptionFilter(
        Set<String> categories,
        Set<String> languages,
        double minScore,
        Set<String> subtopics,
        Set<String> sources,
        Set<String> entities,
        Set<String> keywords) {

    /** A filter that accepts every article. */
    public static final SubscriptionFilter ANY = of(List.of(), List.of(), 0);

    public SubscriptionFilter {
        categories = normalise(categories, SubscriptionFilter::lower);
        languages = normalise(languages, SubscriptionFilter::primaryLanguage);
        subtopics = normalise(subtopics, SubscriptionFilter::lower);
        sources = normalise(sources, SubscriptionFilter::lower);
        entities = normalise(entities, SubscriptionFilter::lower);
        keywords = normalise(keywords, SubscriptionFilter::lower);
    }

    /** A filter on categories, languages and score only. */
    public static SubscriptionFilter of(List<String> categories, List<String> languages, double minScore) {
        return new SubscriptionFilter(
                Set.copyOf(categories), Set.copyOf(languages), minScore, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** True when the article passes every criterion. */
    public boolean matches(FlaggedArticle article) {
        return article.score() >= minScore
                && anyOrContains(languages, Stream.of(primaryLanguage(article.language())))
                && anyOrContains(categories, article.categoryNames().stream())
                && anyOrContains(subtopics, article.categories().stream().flatMap(c -> c.subtopics().stream()))
                && anyOrContains(sources, Stream.of(article.sourceId(), article.sourceName()))
                && anyOrContains(entities, article.entities().stream().map(FlaggedArticle.Entity::id))
                && hasKeyword(article);
    }

    private boolean hasKeyword(FlaggedArticle article) {
        if (keywords.isEmpty()) {
            return true;
        }
        String haystack = lower(article.title() + "\n" + article.text());
        return keywords.stream().anyMatch(haystack::contains);
    }

    private static boolean anyOrContains(Set<String> wanted, Stream<String> values) {
        return wanted.isEmpty()
                || values.filter(v -> v != null).map(SubscriptionFilter::lower).anyMatch(wanted::contains);
    }

    /** The primary language subtag, lower-cased: {@code kk-Arab} becomes {@code kk}. */
    static String primaryLanguage(String language) {
        String lower = lower(language);
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> normalise(Set<String> values, UnaryOperator<String> form) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(form)
                .collect(Collectors.toUnmodifiableSet());
    }
}
