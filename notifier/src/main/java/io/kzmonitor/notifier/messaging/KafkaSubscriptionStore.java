package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.kzmonitor.notifier.subscription.SubscriptionLog;
import io.kzmonitor.notifier.subscription.SubscriptionRecord;
import io.kzmonitor.notifier.subscription.SubscriptionStore;
import io.kzmonitor.notifier.unsubscribe.OptOutJournal;
import io.kzmonitor.notifier.unsubscribe.OptOutRecord;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Writes the compacted {@code notifier.subscriptions} (key = subscription id): API subscriptions, tombstones, and
 * unsubscriptions. A stored subscription's unsubscription is written as its record with {@code emailStopped} (the
 * same key holds one value after compaction); a configured one's as an {@link OptOutRecord}.
 */
@ApplicationScoped
public class KafkaSubscriptionStore implements SubscriptionStore, OptOutJournal {

    private final MutinyEmitter<Record<String, String>> emitter;
    private final SubscriptionDirectory directory;
    private final SubscriptionLog log;

    /** Created by CDI. */
    @Inject
    public KafkaSubscriptionStore(
            @Channel(Channels.SUBSCRIPTIONS_OUT) MutinyEmitter<Record<String, String>> emitter,
            SubscriptionDirectory directory,
            SubscriptionLog log) {
        this.emitter = emitter;
        this.directory = directory;
        this.log = log;
    }

    @Override
    public CompletionStage<Void> save(SubscriptionRecord record) {
        return send(record.id(), EventJson.write(record));
    }

    @Override
    public CompletionStage<Void> delete(String id) {
        return send(id, null);
    }

    @Override
    public CompletionStage<Void> record(OptOutRecord optOut) {
        Optional<SubscriptionRecord> stored = directory.record(optOut.subscriptionId());
        if (stored.isEmpty()) {
            return send(optOut.subscriptionId(), EventJson.write(optOut));
        }
        SubscriptionRecord stopped = stored.get().next(stored.get().active(), true, optOut.at());
        return save(stopped).thenRun(() -> log.apply(stopped));
    }

    private CompletionStage<Void> send(String key, String value) {
        return emitter.send(Record.of(key, value)).subscribeAsCompletionStage();
    }
}
