package io.kzmonitor.notifier.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.notifier.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    @Test
    void shouldAcceptEveryArticleWhenFilterIsEmpty() {
        assertThat(SubscriptionFilter.ANY.matches(Fixtures.arabic("a"))).isTrue();
        assertThat(SubscriptionFilter.ANY.matches(Fixtures.english("a"))).isTrue();
    }

    @Test
    void shouldExcludeArticleOfAnotherCategory() {
        // given
        SubscriptionFilter diplomacy = SubscriptionFilter.of(List.of("Diplomacy"), List.of(), 0);

        // when / then
        assertThat(diplomacy.matches(Fixtures.russian("a"))).isTrue();
        assertThat(diplomacy.matches(Fixtures.arabic("a"))).isFalse();
    }

    @Test
    void shouldExcludeArticleInAnotherLanguage() {
        // given
        SubscriptionFilter russianOrKazakh = SubscriptionFilter.of(List.of(), List.of("ru", " KK "), 0);

        // when / then
        assertThat(russianOrKazakh.matches(Fixtures.russian("a"))).isTrue();
        assertThat(russianOrKazakh.matches(Fixtures.arabic("a"))).isFalse();
    }

    @Test
    void shouldMatchLanguageOnPrimarySubtag() {
        assertThat(SubscriptionFilter.primaryLanguage("kk-Arab")).isEqualTo("kk");
        assertThat(SubscriptionFilter.of(List.of(), List.of("kk-Cyrl"), 0).languages())
                .containsExactly("kk");
    }

    @Test
    void shouldExcludeArticleBelowMinimumScore() {
        // given
        SubscriptionFilter strict = SubscriptionFilter.of(List.of(), List.of(), 0.5);

        // when / then
        assertThat(strict.matches(Fixtures.english("a"))).isFalse(); // score 0.35
        assertThat(strict.matches(Fixtures.arabic("a"))).isTrue(); // score 0.91
    }

    @Test
    void shouldRequireEveryCriterionTogether() {
        // given
        SubscriptionFilter filter = SubscriptionFilter.of(List.of("diplomacy"), List.of("en"), 0.5);

        // when / then: right category and language, too low a score
        assertThat(filter.matches(Fixtures.english("a"))).isFalse();
    }

    @Test
    void shouldFilterOnSubtopicsSourcesEntitiesAndKeywords() {
        // given
        SubscriptionFilter constitution = filter(Set.of("Constitution"), Set.of(), Set.of(), Set.of());
        SubscriptionFilter tengri = filter(Set.of(), Set.of("tengrinews"), Set.of(), Set.of());
        SubscriptionFilter tokayev = filter(Set.of(), Set.of(), Set.of("person:tokayev"), Set.of());
        SubscriptionFilter corridor = filter(Set.of(), Set.of(), Set.of(), Set.of("СРЕДНЕМУ коридору"));

        // when / then
        assertThat(constitution.matches(Fixtures.arabic("a"))).isTrue();
        assertThat(constitution.matches(Fixtures.russian("a"))).isFalse();
        assertThat(tengri.matches(Fixtures.russian("a"))).isTrue();
        assertThat(tengri.matches(Fixtures.arabic("a"))).isFalse();
        assertThat(tokayev.matches(Fixtures.arabic("a"))).isTrue();
        assertThat(tokayev.matches(Fixtures.english("a"))).isFalse();
        assertThat(corridor.matches(Fixtures.russian("a"))).isTrue();
        assertThat(corridor.matches(Fixtures.english("a"))).isFalse();
    }

    private static SubscriptionFilter filter(
            Set<String> subtopics, Set<String> sources, Set<String> entities, Set<String> keywords) {
        return new SubscriptionFilter(Set.of(), Set.of(), 0, subtopics, sources, entities, keywords);
    }
}
