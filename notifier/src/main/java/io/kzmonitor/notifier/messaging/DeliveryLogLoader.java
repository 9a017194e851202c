package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.config.NotifierConfig;
import io.kzmonitor.notifier.delivery.DeliveryLedger;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.notifier.delivery.Dispatcher;
import io.kzmonitor.notifier.unsubscribe.OptOutRecord;
import io.kzmonitor.notifier.unsubscribe.OptOuts;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads {@code notifier.subscriptions} (unsubscriptions) and {@code notifier.deliveries} from the beginning at start-up
 * into {@link OptOuts} and the {@link DeliveryLedger} (so a restart repeats nothing), then reschedules the deliveries that were still pending or retrying (so a restart loses nothing).
 * Routing waits until this is done; a failed read is retried.
 */
@ApplicationScoped
public class DeliveryLogLoader {

    private final DeliveryLedger ledger;
    private final Dispatcher dispatcher;
    private final NotifierConfig config;
    private final String bootstrapServers;
    private final String topic;
    private final OptOuts optOuts;
    private final String subscriptionsTopic;
    private volatile boolean stopping;

    /** Created by CDI. */
    @Inject
    public DeliveryLogLoader(
            DeliveryLedger ledger,
            Dispatcher dispatcher,
            NotifierConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "mp.messaging.outgoing.deliveries-out.topic") String topic,
            OptOuts optOuts,
            @ConfigProperty(name = "mp.messaging.outgoing.subscriptions-out.topic") String subscriptionsTopic) {
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.optOuts = optOuts;
        this.subscriptionsTopic = subscriptionsTopic;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::loadUntilDone, "notifier-delivery-log-loader");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void loadUntilDone() {
        while (!stopping) {
            try {
                loadAndReschedule();
                return;
            } catch (RuntimeException e) {
                Log.warnf("cannot read the delivery log %s yet (%s), retrying in 2s", topic, e.getMessage());
                try {
                    Thread.sleep(2000); // a plain retry pause on a dedicated thread
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Reads the whole log into the ledger, opens routing and reschedules unfinished deliveries; throws on failure. */
    void loadAndReschedule() {
        Instant start = Instant.now();
        int stopped = read(subscriptionsTopic, this::applyOptOut);
        int count = read(topic, this::apply);
        List<DeliveryRecord> unfinished = ledger.unfinished();
        ledger.markLoaded();
        unfinished.forEach(dispatcher::schedule);
        Log.infof(
                "delivery log %s read: %d records (and %d of %s) in %d ms, %d unfinished deliveries rescheduled",
                topic,
                count,
                stopped,
                subscriptionsTopic,
                Duration.between(start, Instant.now()).toMillis(),
                unfinished.size());
    }

    private int read(String topic, java.util.function.Consumer<ConsumerRecord<String, String>> apply) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                        Long.toString(config.delivery().loadTimeout().toMillis())));
        int count = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            List<TopicPartition> partitions = (infos == null ? List.<PartitionInfo>of() : infos)
                    .stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(config.delivery().loadTimeout());
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("timed out reading " + topic);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    count++;
                    apply.accept(record);
                }
            }
        }
        return count;
    }

    private void applyOptOut(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return; // a tombstone
        }
        try {
            optOuts.apply(EventJson.read(record.value(), OptOutRecord.class));
        } catch (EventJson.MalformedEventException e) {
            Log.warnf(
                    "skipping unreadable subscription record at %s-%d@%d: %s",
                    subscriptionsTopic, record.partition(), record.offset(), e.getMessage());
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            ledger.apply(EventJson.read(record.value(), DeliveryRecord.class));
        } catch (EventJson.MalformedEventException e) {
            Log.warnf(
                    "skipping unreadable delivery record at %s-%d@%d: %s",
                    topic, record.partition(), record.offset(), e.getMessage());
        }
    }
}
