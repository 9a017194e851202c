package io.kzmonitor.testkit;

import io.kzmonitor.contracts.Topics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource: starts an {@link EmbeddedKafka} broker, creates every pipeline topic ({@link Topics#ALL})
 * and points the application at it through {@code kafka.bootstrap.servers}.
 *
 * <p>Use it with {@code @QuarkusTestResource(KafkaBrokerResource.class)}; tests reach the same broker through
 * {@link #bootstrapServers()} to produce inputs and read outputs.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Partitions of each topic created for tests. */
    public static final int PARTITIONS = 2;

    private static volatile EmbeddedKafka kafka;

    @Override
    public Map<String, String> start() {
        kafka = EmbeddedKafka.start().createTopics(Topics.ALL, PARTITIONS);
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** The running broker's bootstrap servers. */
    public static String bootstrapServers() {
        if (kafka == null) {
            throw new IllegalStateException("the Kafka test resource is not started");
        }
        return kafka.bootstrapServers();
    }

    /** The running broker. */
    public static EmbeddedKafka broker() {
        if (kafka == null) {
            throw new IllegalStateException("the Kafka test resource is not started");
        }
        return kafka;
    }
}
