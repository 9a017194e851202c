package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.unsubscribe.OptOutJournal;
import io.kzmonitor.notifier.unsubscribe.OptOutRecord;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Writes unsubscriptions to the compacted {@code notifier.subscriptions}, keyed by subscription id. */
@ApplicationScoped
public class KafkaOptOutJournal implements OptOutJournal {

    private final MutinyEmitter<String> emitter;

    /** Created by CDI. */
    @Inject
    public KafkaOptOutJournal(@Channel(Channels.SUBSCRIPTIONS_OUT) MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public CompletionStage<Void> record(OptOutRecord record) {
        Message<String> message = Message.of(EventJson.write(record))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.subscriptionId())
                        .build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
