package io.kzmonitor.notifier.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The partition of {@code notifier.deliveries} a subscription id lands on, computed as Kafka's default partitioner
 * does for a keyed record (murmur2 of the key); the partition count is learnt when the owner consumer connects.
 */
@ApplicationScoped
public class KafkaPartitioner {

    private volatile int partitions = 1;

    /** The partition of the key, or -1 before the partition count is known. */
    public int partitionOf(String key) {
        return partitionOf(key, partitions);
    }

    /** Sets the partition count of the topic. */
    public void partitions(int count) {
        this.partitions = Math.max(1, count);
    }

    /** The partition of {@code key} among {@code partitions}, as the Kafka producer chooses it. */
    public static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
