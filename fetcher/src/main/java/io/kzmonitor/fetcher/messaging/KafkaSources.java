package io.kzmonitor.fetcher.messaging;

import io.kzmonitor.fetcher.config.FetcherConfig;
import io.kzmonitor.fetcher.poll.Ownership;
import io.kzmonitor.fetcher.poll.ShardOwnership;
import io.kzmonitor.fetcher.poll.SourceStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka side of source management: stores API changes in the compacted sources topic (key = source id, null
 * value = removed, written synchronously), reads them back at start with a {@link SourcesTopicReader}, and provides
 * the replicas' {@link PartitionOwnership} (or {@link Ownership#ALL} when {@code fetcher.sharding=false}).
 */
@ApplicationScoped
public class KafkaSources implements SourceStore {

    private final FetcherConfig config;
    private final String bootstrapServers;
    private volatile SourcesTopicReader reader;
    private volatile KafkaProducer<String, String> producer;
    private volatile ShardOwnership ownership;

    KafkaSources(FetcherConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public synchronized void start(BiConsumer<String, String> onRecord) {
        if (reader == null) {
            reader = new SourcesTopicReader(
                            bootstrapServers, config.sourcesTopic(), config.sourcesTopicPartitions(), onRecord)
                    .start();
        }
    }

    @Override
    public boolean isReady() {
        return reader != null && reader.isReady();
    }

    @Override
    public void save(String sourceId, String value) {
        try {
            producer()
                    .send(new ProducerRecord<>(config.sourcesTopic(), sourceId, value))
                    .get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted storing source " + sourceId, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot store source " + sourceId + " in " + config.sourcesTopic(), e);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.putAll(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG,
                    "15000",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    StringSerializer.class.getName()));
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    /** This replica's share of the sources. */
    @Produces
    @ApplicationScoped
    ShardOwnership ownership() {
        if (!config.sharding()) {
            return new ShardOwnership() {
                @Override
                public void start() {}

                @Override
                public boolean owns(String sourceId) {
                    return true;
                }

                @Override
                public void close() {}
            };
        }
        ownership = new PartitionOwnership(
                bootstrapServers,
                config.sourcesTopic(),
                config.sourcesTopicPartitions(),
                config.shardGroup(),
                config.shardSessionTimeout());
        return ownership;
    }

    @PreDestroy
    synchronized void stop() {
        if (ownership != null) {
            ownership.close();
        }
        if (reader != null) {
            reader.close();
        }
        if (producer != null) {
            producer.close();
        }
    }
}
