package io.kzmonitor.fetcher.messaging;

import io.kzmonitor.fetcher.poll.ShardOwnership;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.utils.Utils;
import org.jboss.logging.Logger;

/**
 * Source ownership by Kafka partition assignment: every replica joins one consumer group on the sources topic, and
 * owns the sources whose id hashes (Kafka's own key partitioner, murmur2) to a partition assigned to it. Kafka gives
 * each partition to one member, and hands a departed member's partitions to the others after a rebalance (at once
 * when it leaves cleanly, after the session timeout when it dies). It owns nothing until its first assignment.
 */
public final class PartitionOwnership implements ShardOwnership {

    private static final Logger LOG = Logger.getLogger(PartitionOwnership.class);

    private final String bootstrapServers;
    private final String topic;
    private final int partitionsIfCreated;
    private final String group;
    private final Duration sessionTimeout;
    private final Set<Integer> assigned = ConcurrentHashMap.newKeySet();
    private volatile int partitionCount;
    private volatile boolean running = true;
    private volatile boolean abandoned;
    private volatile KafkaConsumer<String, String> consumer;
    private final Thread thread;

    /** Creates a member of {@code group}; {@link #start()} joins it. */
    public PartitionOwnership(
            String bootstrapServers, String topic, int partitionsIfCreated, String group, Duration sessionTimeout) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.partitionsIfCreated = partitionsIfCreated;
        this.group = group;
        this.sessionTimeout = sessionTimeout;
        this.thread = new Thread(this::run, "fetcher-shard-owner");
        this.thread.setDaemon(true);
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public boolean owns(String sourceId) {
        int n = partitionCount;
        return n > 0 && assigned.contains(partitionOf(sourceId, n));
    }

    /** The partitions this member owns now. */
    public Set<Integer> assigned() {
        return Set.copyOf(assigned);
    }

    /** The partition a source id belongs to, as Kafka's default partitioner places the key. */
    public static int partitionOf(String sourceId, int partitions) {
        return Utils.toPositive(Utils.murmur2(sourceId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private void run() {
        while (running) {
            KafkaConsumer<String, String> c = new KafkaConsumer<>(props());
            consumer = c;
            try {
                SourcesTopicAdmin.ensure(bootstrapServers, topic, partitionsIfCreated);
                int n = c.partitionsFor(topic, Duration.ofSeconds(15)).size();
                if (n == 0) {
                    throw new IllegalStateException("no partitions known yet for " + topic);
                }
                partitionCount = n;
                c.subscribe(List.of(topic), new Listener());
                while (running) {
                    c.poll(Duration.ofMillis(200));
                }
            } catch (WakeupException e) {
                break;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("sharding on %s failed (%s); owning nothing, retrying in 2 s", topic, e.toString());
                    assigned.clear();
                    pause();
                }
            } finally {
                assigned.clear();
                c.close(
                        abandoned
                                ? CloseOptions.groupMembershipOperation(
                                        CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                                : CloseOptions.timeout(Duration.ofSeconds(5)));
            }
        }
        assigned.clear();
    }

    /**
     * Stops without leaving the group, as a crashed replica would: its partitions move to the others only after
     * the session timeout. For tests and failure drills.
     */
    public void abandon() {
        abandoned = true;
        close();
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(p -> assigned.remove(p.partition()));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitions.forEach(p -> assigned.add(p.partition()));
            LOG.infof("sharding: this replica owns partitions %s of %s", assigned(), topic);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }
    }

    private Properties props() {
        return KafkaConsumers.strings(
                bootstrapServers,
                group,
                Map.of(
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest",
                        ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                        Long.toString(sessionTimeout.toMillis()),
                        ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                        Long.toString(Math.max(500, sessionTimeout.toMillis() / 4)),
                        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                        org.apache.kafka.clients.consumer.RangeAssignor.class.getName()));
    }

    @Override
    public void close() {
        running = false;
        KafkaConsumers.wakeAndJoin(consumer, thread, 10_000);
    }
}
