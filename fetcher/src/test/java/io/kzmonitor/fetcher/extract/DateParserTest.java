package io.kzmonitor.fetcher.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParserTest {

    @Test
    void shouldConvertOffsetsToUtc() {
        assertThat(DateParser.parse("2026-03-16T07:30:00+03:00")).isEqualTo(Instant.parse("2026-03-16T04:30:00Z"));
        assertThat(DateParser.parse("2026-03-16T07:30:00+0300")).isEqualTo(Instant.parse("2026-03-16T04:30:00Z"));
        assertThat(DateParser.parse("2026-03-16 07:30:00")).isEqualTo(Instant.parse("2026-03-16T07:30:00Z"));
        assertThat(DateParser.parse("2026-03-16")).isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(DateParser.parse("Mon, 16 Mar 2026 07:30:00 +0300"))
                .isEqualTo(Instant.parse("2026-03-16T04:30:00Z"));
    }

    @Test
    void shouldReturnNullForGarbage() {
        assertThat(DateParser.parse("yesterday")).isNull();
        assertThat(DateParser.parse("")).isNull();
    }

    @Test
    void shouldFindDatesInUrls() {
        assertThat(DateParser.fromUrl("https://x.kz/news/2026/03/16/tokayev"))
                .isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(DateParser.fromUrl("https://x.kz/news/tokayev-20260316-123.html"))
                .isEqualTo(Instant.parse("2026-03-16T00:00:00Z"));
        assertThat(DateParser.fromUrl("https://x.kz/news/tokayev")).isNull();
    }
}
