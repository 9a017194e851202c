package io.kzmonitor.fetcher.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * Reads the whole sources topic from the beginning (every partition, no consumer group) and then follows it,
 * handing each record (key, value or null) to a callback; {@link #isReady()} once the records present at start
 * have been read. Creates the topic when missing; retries while Kafka is unreachable.
 */
public final class SourcesTopicReader implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SourcesTopicReader.class);

    private final String bootstrapServers;
    private final String topic;
    private final int partitions;
    private final BiConsumer<String, String> onRecord;
    private volatile boolean running = true;
    private volatile boolean ready;
    private volatile KafkaConsumer<String, String> consumer;
    private final Thread thread;

    /** Creates a reader; {@link #start()} begins reading. */
    public SourcesTopicReader(
            String bootstrapServers, String topic, int partitions, BiConsumer<String, String> onRecord) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.partitions = partitions;
        this.onRecord = onRecord;
        this.thread = new Thread(this::run, "fetcher-sources-reader");
        this.thread.setDaemon(true);
    }

    /** Starts the reading thread. */
    public SourcesTopicReader start() {
        thread.start();
        return this;
    }

    /** Whether the records present at start have all been read. */
    public boolean isReady() {
        return ready;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props())) {
                consumer = c;
                SourcesTopicAdmin.ensure(bootstrapServers, topic, partitions);
                List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
                if (parts.isEmpty()) {
                    throw new IllegalStateException("no partitions known yet for " + topic);
                }
                c.assign(parts);
                c.seekToBeginning(parts);
                Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(15));
                while (running) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                        onRecord.accept(r.key(), r.value());
                    }
                    if (!ready && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                        ready = true;
                        LOG.infof("sources topic %s read back", topic);
                    }
                }
            } catch (WakeupException e) {
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("cannot read sources topic %s (%s); retrying in 2 s", topic, e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Properties props() {
        return KafkaConsumers.strings(bootstrapServers, "fetcher-sources-reader-" + UUID.randomUUID(), Map.of());
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumers.wakeAndJoin(consumer, thread, 5000);
    }
}
