package io.kzmonitor.notifier.delivery;

import java.util.concurrent.CompletionStage;

/** Durable store of delivery steps ({@code notifier.deliveries}) and of dead deliveries (its dead-letter topic). */
public interface DeliveryJournal {

    /** Writes a step; completes when it is durable. */
    CompletionStage<Void> record(DeliveryRecord record);

    /** Writes a delivery that exhausted its attempts to the dead-letter topic; completes when durable. */
    CompletionStage<Void> deadLetter(DeliveryRecord record);
}
