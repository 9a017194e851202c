package io.kzmonitor.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final List<Duration> SCHEDULE = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10));

    @Test
    void shouldFollowScheduleThenGiveUp() {
        // given
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, () -> 0.5);

        // when / then
        assertThat(policy.maxAttempts()).isEqualTo(7);
        assertThat(policy.nextDelay(1, Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(policy.nextDelay(2, Optional.empty())).contains(Duration.ofMinutes(5));
        assertThat(policy.nextDelay(6, Optional.empty())).contains(Duration.ofHours(10));
        assertThat(policy.nextDelay(7, Optional.empty())).isEmpty();
    }

    @Test
    void shouldAddBoundedJitter() {
        // given
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.1, () -> 0.999);

        // when
        Duration delay = policy.nextDelay(2, Optional.empty()).orElseThrow();

        // then
        assertThat(delay).isGreaterThan(Duration.ofMinutes(5)).isLessThanOrEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void shouldHonourLongerRetryAfter() {
        // given
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0, () -> 0);

        // when / then
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofSeconds(90)))).contains(Duration.ofSeconds(90));
        assertThat(policy.nextDelay(2, Optional.of(Duration.ofSeconds(90)))).contains(Duration.ofMinutes(5));
    }
}
