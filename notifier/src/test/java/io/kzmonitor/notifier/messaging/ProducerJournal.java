package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.kzmonitor.testkit.KafkaBrokerResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A {@link DeliveryJournal} writing to a test's own delivery-log topic (key = subscription id, like the application's
 * journal), so the instances of a test share a log that no other test and not the running application touch.
 */
final class ProducerJournal implements DeliveryJournal, AutoCloseable {

    private final String topic;
    private final KafkaProducer<String, String> producer;

    private ProducerJournal(String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Creates {@code topic} with {@code partitions} partitions and a journal on it. */
    static ProducerJournal onNewTopic(String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBrokerResource.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get();
        }
        return new ProducerJournal(topic);
    }

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, record.subscriptionId(), EventJson.write(record)), (meta, error) -> {
            if (error == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    @Override
    public CompletionStage<Void> deadLetter(DeliveryRecord record) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        producer.close();
    }
}
