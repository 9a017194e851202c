package io.kzmonitor.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void shouldParseDelaySeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    }

    @Test
    void shouldParseHttpDate() {
        assertThat(RetryAfter.parse("Mon, 01 Jun 2026 10:05:00 GMT", NOW)).contains(Duration.ofMinutes(5));
    }

    @Test
    void shouldIgnoreAbsentOrGarbledHeader() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    }
}
