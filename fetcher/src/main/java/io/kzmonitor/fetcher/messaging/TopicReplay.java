package io.kzmonitor.fetcher.messaging;

import io.kzmonitor.contracts.Article;
import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.fetcher.dedup.SeenState;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads an articles topic from the beginning to its end offsets at call time, without a consumer group, and records
 * every article's id, content hash and revision in a {@link SeenState}. Unreadable records are skipped.
 */
public final class TopicReplay {

    private TopicReplay() {}

    /**
     * Replays {@code topic} into {@code seen}.
     *
     * @return the number of records read; the replay gives up (with a WARN) after {@code giveUpAfter}
     */
    public static int replay(String bootstrapServers, String topic, SeenState seen, Duration giveUpAfter) {
        Instant start = Instant.now();
        int records = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props(bootstrapServers))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, giveUpAfter).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, giveUpAfter);
            while (!reachedEnd(consumer, end)) {
                if (Duration.between(start, Instant.now()).compareTo(giveUpAfter) > 0) {
                    Log.warnf("seen-state restore from %s timed out after %d records", topic, records);
                    break;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    try {
                        Article a = EventJson.read(r.value(), Article.class);
                        seen.record(a.id(), a.contentHash(), a.revision());
                    } catch (RuntimeException malformed) {
                        Log.debugf("skipping unreadable record at %s-%d@%d", r.topic(), r.partition(), r.offset());
                    }
                }
            }
            Log.infof(
                    "seen-state restored from %s: %d articles from %d records in %d ms",
                    topic,
                    seen.size(),
                    records,
                    Duration.between(start, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            Log.warnf("cannot restore seen-state from %s (%s): articles may be published again", topic, e.toString());
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Properties props(String bootstrapServers) {
        return KafkaConsumers.strings(
                bootstrapServers,
                "fetcher-restore-" + UUID.randomUUID(),
                // as before this helper existed: the broker's default lets the first reader create the topic
                Map.of(
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                        "true"));
    }
}
