package io.kzmonitor.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static Article article() {
        return new Article(
                null,
                "0123456789abcdef",
                "https://e.kz/a",
                null,
                "demo",
                "Demo",
                "توكاييف يلتقي أردوغان",
                "Первый абзац.\n\nВторой абзац.",
                null,
                "ar",
                Instant.parse("2026-03-15T08:00:00Z"),
                List.of("A. Writer"),
                null,
                false,
                Instant.parse("2026-03-15T09:00:00Z"),
                null,
                0);
    }

    @Test
    void shouldRoundTripAnArticleWithDefaultsFilledIn() {
        // given
        Article article = article();

        // when
        String json = EventJson.write(article);
        Article back = EventJson.read(json, Article.class);

        // then
        assertThat(back).isEqualTo(article);
        assertThat(json)
                .contains("\"type\":\"article.fetched.v1\"")
                .contains("\"publishedAt\":\"2026-03-15T08:00:00Z\"");
        assertThat(back.canonicalUrl()).isEqualTo("https://e.kz/a");
        assertThat(back.revision()).isEqualTo(1);
        assertThat(back.contentHash()).isEqualTo(ContentHash.of(article.title(), article.text()));
    }

    @Test
    void shouldIgnoreUnknownFields() {
        String json = EventJson.write(article()).replaceFirst("\\{", "{\"futureField\":{\"x\":1},");
        assertThat(EventJson.read(json, Article.class).id()).isEqualTo("0123456789abcdef");
    }

    @Test
    void shouldRoundTripAFlaggedArticle() {
        // given
        FlaggedArticle flagged = new FlaggedArticle(
                null,
                "0123456789abcdef",
                "https://e.kz/a",
                "Title",
                "demo",
                null,
                "ru",
                null,
                "snippet",
                "text",
                0.8,
                List.of(new FlaggedArticle.Category("reforms", List.of("constitution"), 0.8)),
                List.of(new FlaggedArticle.Match(
                        "reforms.constitution", "reforms", "constitution", "Конституции", "text", 3, 14, "s")),
                List.of(new FlaggedArticle.Entity("person:tokayev", "Kassym-Jomart Tokayev", "person", 2)),
                "sig",
                "0.1.0",
                "2026.11.1",
                1,
                Instant.parse("2026-03-15T09:00:00Z"));

        // when
        FlaggedArticle back = EventJson.read(EventJson.write(flagged), FlaggedArticle.class);

        // then
        assertThat(back).isEqualTo(flagged);
        assertThat(back.categoryNames()).containsExactly("reforms");
    }

    @Test
    void shouldRejectMalformedRecordsWithAClearError() {
        assertThatThrownBy(() -> EventJson.read("{not json", Article.class))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("invalid Article");
        assertThatThrownBy(() -> EventJson.read("{\"url\":\"https://e.kz\"}", Article.class))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> EventJson.read("", Article.class))
                .isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read(
                        "{\"id\":\"x\",\"url\":\"u\",\"flaggedAt\":\"2026-01-01T00:00:00Z\"," + "\"score\":7}",
                        FlaggedArticle.class))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("score");
    }
}
