package io.kzmonitor.notifier.subscription;

import java.util.concurrent.CompletionStage;

/** Durable store of API-created subscriptions: the compacted {@code notifier.subscriptions}, key = subscription id. */
public interface SubscriptionStore {

    /** Writes the record; completes once the broker acknowledged it. */
    CompletionStage<Void> save(SubscriptionRecord record);

    /** Writes a tombstone (null value) for the id; completes once the broker acknowledged it. */
    CompletionStage<Void> delete(String id);
}
