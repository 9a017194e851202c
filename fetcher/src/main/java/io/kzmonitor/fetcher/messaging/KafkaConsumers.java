package io.kzmonitor.fetcher.messaging;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the fetcher's own plain Kafka consumers share: their base settings and how a consumer thread is stopped. */
final class KafkaConsumers {

    private KafkaConsumers() {}

    /**
     * Settings of a string consumer in {@code groupId} that never commits offsets and never creates topics, plus
     * {@code extra}.
     */
    static Properties strings(String bootstrapServers, String groupId, Map<String, String> extra) {
        Properties p = new Properties();
        p.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class.getName()));
        p.putAll(extra);
        return p;
    }

    /** Wakes {@code consumer} (may be null) out of a poll and waits up to {@code millis} for its thread to end. */
    static void wakeAndJoin(KafkaConsumer<?, ?> consumer, Thread thread, long millis) {
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
