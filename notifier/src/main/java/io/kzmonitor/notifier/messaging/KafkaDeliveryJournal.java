package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.delivery.DeliveryJournal;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Writes delivery steps to {@code notifier.deliveries} and dead deliveries to its dead-letter topic, keyed by subscription id. */
@ApplicationScoped
public class KafkaDeliveryJournal implements DeliveryJournal {

    private final MutinyEmitter<String> deliveries;
    private final MutinyEmitter<String> deadLetters;

    /** Created by CDI with the two emitters. */
    @Inject
    public KafkaDeliveryJournal(
            @Channel(Channels.DELIVERIES_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> deliveries,
            @Channel(Channels.DELIVERIES_DLQ_OUT) @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
                    MutinyEmitter<String> deadLetters) {
        this.deliveries = deliveries;
        this.deadLetters = deadLetters;
    }

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
        return send(deliveries, record);
    }

    @Override
    public CompletionStage<Void> deadLetter(DeliveryRecord record) {
        return send(deadLetters, record);
    }

    private static CompletionStage<Void> send(MutinyEmitter<String> emitter, DeliveryRecord record) {
        Message<String> message = Message.of(EventJson.write(record))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.subscriptionId())
                        .build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
