package io.kzmonitor.notifier.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from the beginning with a group-less consumer: the read-back of a log at start-up. */
final class LogReader {

    private LogReader() {}

    /** Consumer settings without a group: no offsets are ever committed. */
    static Properties props(String bootstrapServers, Duration timeout) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis())));
        return props;
    }

    /** Assigns every partition of the topic and seeks to its beginning; returns the partitions. */
    static List<TopicPartition> assignAll(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        List<TopicPartition> partitions = (infos == null ? List.<PartitionInfo>of() : infos)
                .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    /** Polls until every assigned partition reached the end offsets it had when called; throws after the timeout. */
    static int readToEnd(
            KafkaConsumer<String, String> consumer,
            String topic,
            Duration timeout,
            Consumer<ConsumerRecord<String, String>> apply) {
        List<TopicPartition> partitions = List.copyOf(consumer.assignment());
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Instant deadline = Instant.now().plus(timeout);
        int count = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out reading " + topic);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                count++;
                apply.accept(record);
            }
        }
        return count;
    }

    /** Reads the whole topic once. */
    static int readAll(
            String bootstrapServers, String topic, Duration timeout, Consumer<ConsumerRecord<String, String>> apply) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props(bootstrapServers, timeout))) {
            assignAll(consumer, topic);
            return readToEnd(consumer, topic, timeout, apply);
        }
    }
}
