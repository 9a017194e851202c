package io.kzmonitor.notifier.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A delivery journal as a list, like the topic, for tests. */
final class MemoryJournal implements DeliveryJournal {
    final List<DeliveryRecord> records = Collections.synchronizedList(new ArrayList<>());
    final List<DeliveryRecord> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
        records.add(record);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> deadLetter(DeliveryRecord record) {
        deadLetters.add(record);
        return CompletableFuture.completedFuture(null);
    }

    List<DeliveryRecord> outcomes(Outcome outcome) {
        synchronized (records) {
            return records.stream().filter(r -> r.outcome() == outcome).toList();
        }
    }
}
