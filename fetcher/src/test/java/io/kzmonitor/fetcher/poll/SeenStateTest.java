package io.kzmonitor.fetcher.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.fetcher.dedup.SeenState;
import org.junit.jupiter.api.Test;

class SeenStateTest {

    @Test
    void shouldPublishNewThenSkipRepeatThenRevisionChangedContent() {
        // given
        SeenState seen = new SeenState();

        // when / then
        assertThat(seen.decide("a1", "h1")).isEqualTo(new SeenState.Decision(SeenState.Kind.NEW, 1));
        seen.record("a1", "h1", 1);
        assertThat(seen.decide("a1", "h1").kind()).isEqualTo(SeenState.Kind.UNCHANGED);
        assertThat(seen.decide("a1", "h2")).isEqualTo(new SeenState.Decision(SeenState.Kind.UPDATED, 2));
    }

    @Test
    void shouldKeepHighestRevisionWhenRestoredOutOfOrder() {
        // given records read back from two partitions in any order
        SeenState seen = new SeenState();

        // when
        seen.record("a1", "h2", 2);
        seen.record("a1", "h1", 1);

        // then
        assertThat(seen.decide("a1", "h2").kind()).isEqualTo(SeenState.Kind.UNCHANGED);
    }

    @Test
    void shouldIgnoreHomePageOrForeignCanonical() {
        String url = "https://news.example.kz/politics/2026/03/16/reform";
        assertThat(ArticleAssembler.trustedCanonical(url, "https://news.example.kz/"))
                .isEqualTo(url);
        assertThat(ArticleAssembler.trustedCanonical(url, "https://other.com/politics/reform"))
                .isEqualTo(url);
        assertThat(ArticleAssembler.trustedCanonical(url, "https://www.example.kz/politics/reform"))
                .isEqualTo("https://www.example.kz/politics/reform");
    }

    @Test
    void shouldBackOffExponentiallyButNeverGiveUp() {
        var minute = java.time.Duration.ofMinutes(1);
        var initial = java.time.Duration.ofSeconds(30);
        var max = java.time.Duration.ofMinutes(10);
        assertThat(Backoff.next(minute, 1, initial, max, null)).isEqualTo(minute);
        assertThat(Backoff.next(minute, 3, initial, max, null)).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(Backoff.next(minute, 30, initial, max, null)).isEqualTo(max);
        assertThat(Backoff.next(minute, 1, initial, max, java.time.Duration.ofMinutes(5)))
                .isEqualTo(java.time.Duration.ofMinutes(5));
    }
}
