package io.kzmonitor.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.contracts.Topics;
import io.kzmonitor.notifier.Fixtures;
import io.kzmonitor.testkit.KafkaBrokerResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 5 benchmark, opt-in ({@code -Dbenchmark=true}): instant-delivery latency from producing a {@code news.flagged}
 * record to the signed webhook's arrival, at 100 records/s, through the real broker and the running notifier. The
 * first 1,000 records (10 s) warm the JVM, broker and connections up and are not counted.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(ReceiversResource.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class InstantLatencyBenchmarkTest {

    private static final int WARM_UP = 1_000;
    private static final int MEASURED = 2_000;
    private static final long INTERVAL_NANOS = 10_000_000L; // 100 records/s

    @Test
    void shouldDeliverInstantWebhooksWithinTargetLatencyAt100PerSecond() {
        // given
        List<FlaggedArticle> articles = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            articles.add(Fixtures.article(
                    "eo",
                    "latency-" + i + "-" + System.nanoTime(),
                    "Kazaĥstano kaj Ĉinio",
                    "Prezidanto Toĥajev renkontis.",
                    "diplomacy"));
        }
        long[] sentAt = new long[articles.size()];

        // when: paced at one record every 10 ms
        try (KafkaProducer<String, String> producer = producer()) {
            long next = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                FlaggedArticle a = articles.get(i);
                sentAt[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(Topics.FLAGGED, a.id(), EventJson.write(a)));
                next += INTERVAL_NANOS;
            }
        }
        await().atMost(Duration.ofSeconds(90))
                .until(() -> articles.stream()
                        .allMatch(a -> ReceiversResource.timing().arrival(a.id()) != null));

        // then
        long[] latencies = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            int k = WARM_UP + i;
            latencies[i] = ReceiversResource.timing().arrival(articles.get(k).id()) - sentAt[k];
        }
        StringBuilder trend = new StringBuilder();
        for (int i = 0; i < MEASURED; i += 200) {
            trend.append(latencies[i] / 1_000_000).append(' ');
        }
        System.out.println("instant latency benchmark: every 200th record, ms: " + trend);
        java.util.Arrays.sort(latencies);
        long p50 = millis(latencies, 0.50);
        long p95 = millis(latencies, 0.95);
        long p99 = millis(latencies, 0.99);
        System.out.printf(
                "instant latency benchmark: %d records at 100/s, p50=%d ms p95=%d ms p99=%d ms max=%d ms%n",
                MEASURED, p50, p95, p99, latencies[MEASURED - 1] / 1_000_000);
        assertThat(p95).isLessThanOrEqualTo(300);
    }

    private static long millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1_000_000;
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, "0"));
        return new KafkaProducer<>(props);
    }
}
