package io.kzmonitor.notifier.unsubscribe;

import java.util.concurrent.CompletionStage;

/** Durable store of unsubscriptions ({@code notifier.subscriptions}, compacted, key = subscription id). */
public interface OptOutJournal {

    /** Writes the record; completes when durable. */
    CompletionStage<Void> record(OptOutRecord record);
}
