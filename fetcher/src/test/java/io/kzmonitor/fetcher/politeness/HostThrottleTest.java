package io.kzmonitor.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HostThrottleTest {

    @Test
    void shouldKeepOneRequestInFlightPerHostAndCountDelayFromItsEnd() throws Exception {
        // given a request to a host in flight
        HostThrottle throttle = new HostThrottle(Duration.ofMillis(200));
        HostThrottle.Permit first = throttle.acquire("news.example");
        AtomicLong secondStarted = new AtomicLong();

        // when a second request to the same host asks for a permit
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try (HostThrottle.Permit p = throttle.acquire("NEWS.example")) {
                secondStarted.set(System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // then it waits while the first is in flight, however long that takes
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2)).until(() -> secondStarted.get() == 0);
        long firstEnded = System.nanoTime();
        first.close();
        second.get(5, TimeUnit.SECONDS);
        // and starts no sooner than the delay after the first one ended
        assertThat(Duration.ofNanos(secondStarted.get() - firstEnded)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void shouldNotDelayOtherHosts() throws Exception {
        HostThrottle throttle = new HostThrottle(Duration.ofSeconds(30));
        try (HostThrottle.Permit a = throttle.acquire("a.example")) {
            long start = System.nanoTime();
            try (HostThrottle.Permit b = throttle.acquire("b.example")) {
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            }
        }
    }
}
