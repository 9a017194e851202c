package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.delivery.Outcome;
import io.kzmonitor.notifier.delivery.Ownership;
import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The dispatcher stage's consumer of {@code notifier.deliveries} (key = subscription id) in the owners' consumer
 * group: each partition has one owner among the notifier instances. On assignment it reads the partition from the
 * beginning into the {@link DeliveryLedger}; once at the end, the partition's subscriptions are owned (dispatch and
 * digests) and their unfinished deliveries rescheduled; afterwards every new pending step (from any instance's router,
 * or a replay) is scheduled. On revocation the partition stops being owned at once: attempts of its subscriptions
 * still waiting are dropped, and the new owner takes them from the log. No offset is ever committed: the log is the
 * state, read again by each new owner.
 */
public final class DeliveryLogOwner implements AutoCloseable {

    private final DeliveryLedger ledger;
    private final Dispatcher dispatcher;
    private final Ownership ownership;
    private final KafkaPartitioner partitioner;
    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    /** Longest wait, at revocation, for running attempts of the revoked partitions to finish. */
    private static final Duration HANDOVER = Duration.ofSeconds(15);

    private final Map<TopicPartition, Long> loading = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile Thread thread;

    /** An owner in consumer group {@code group}; nothing happens before {@link #start()}. */
    public DeliveryLogOwner(
            DeliveryLedger ledger,
            Dispatcher dispatcher,
            Ownership ownership,
            KafkaPartitioner partitioner,
            String bootstrapServers,
            String topic,
            String group,
            Duration timeout) {
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.ownership = ownership;
        this.partitioner = partitioner;
        this.topic = topic;
        Properties props = LogReader.props(bootstrapServers, timeout);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props);
    }

    /** Joins the group and starts owning partitions, on a daemon thread. */
    public void start() {
        Thread t = new Thread(this::run, "notifier-delivery-owner");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new Listener());
            while (!closed) {
                try {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        apply(record);
                    }
                    ownCaughtUpPartitions();
                } catch (WakeupException e) {
                    // closing
                } catch (RuntimeException e) {
                    Log.warnf("reading %s failed (%s), going on", topic, e.getMessage());
                }
            }
        } finally {
            ownership.partitions().forEach(ownership::lose);
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        DeliveryRecord step;
        try {
            step = EventJson.read(record.value(), DeliveryRecord.class);
        } catch (EventJson.MalformedEventException e) {
            Log.warnf(
                    "skipping unreadable delivery record at %s-%d@%d: %s",
                    topic, record.partition(), record.offset(), e.getMessage());
            return;
        }
        boolean latest = ledger.apply(step);
        if (latest
                && step.outcome() == Outcome.PENDING
                && step.article() != null
                && ownership.owns(step.subscriptionId())) {
            dispatcher.schedule(step);
        }
    }

    private void ownCaughtUpPartitions() {
        for (Map.Entry<TopicPartition, Long> e : Map.copyOf(loading).entrySet()) {
            TopicPartition p = e.getKey();
            if (consumer.position(p) < e.getValue()) {
                continue;
            }
            loading.remove(p);
            ownership.gain(p.partition());
            List<DeliveryRecord> unfinished = ledger.unfinished(id -> partitioner.partitionOf(id) == p.partition());
            unfinished.forEach(dispatcher::schedule);
            Log.infof(
                    "owning %s: read back to offset %d, %d unfinished deliveries rescheduled",
                    p, e.getValue(), unfinished.size());
        }
    }

    /** Tracks assignment: partitions become owned once read back, and stop being owned when revoked or lost. */
    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            partitioner.partitions(consumer.partitionsFor(topic).size());
            consumer.seekToBeginning(partitions);
            loading.putAll(consumer.endOffsets(partitions));
            Log.infof("assigned %s: reading back", partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            release(partitions);
            if (partitions.isEmpty()) {
                return;
            }
            // the rebalance waits for this: attempts already running finish and journal their outcome before the
            // next owner reads the partitions, so it does not repeat them
            Set<Integer> revoked =
                    partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
            boolean idle = dispatcher.awaitIdle(id -> revoked.contains(partitioner.partitionOf(id)), HANDOVER);
            Log.infof(
                    "revoked %s: no longer dispatching their subscriptions%s",
                    partitions, idle ? "" : " (attempts still running after " + HANDOVER + ")");
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            release(partitions); // another owner may already have them: nothing to hand over
            Log.warnf("lost %s: no longer dispatching their subscriptions", partitions);
        }

        private void release(Collection<TopicPartition> partitions) {
            for (TopicPartition p : partitions) {
                ownership.lose(p.partition());
                loading.remove(p);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (thread != null) {
            consumer.wakeup();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
