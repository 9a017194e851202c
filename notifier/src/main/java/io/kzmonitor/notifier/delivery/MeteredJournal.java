package io.kzmonitor.notifier.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/**
 * A {@link DeliveryJournal} that also counts every step it writes as {@code notifier.deliveries{channel,outcome}}
 * (Prometheus: {@code notifier_deliveries_total}) and every dead letter as {@code notifier.deliveries.dead}.
 */
public final class MeteredJournal implements DeliveryJournal {

    private final DeliveryJournal journal;
    private final MeterRegistry metrics;

    /** Counts the steps written through {@code journal} in {@code metrics}. */
    public MeteredJournal(DeliveryJournal journal, MeterRegistry metrics) {
        this.journal = journal;
        this.metrics = metrics;
    }

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
        metrics.counter("notifier.deliveries", "channel", tag(record.channel()), "outcome", tag(record.outcome()))
                .increment();
        return journal.record(record);
    }

    @Override
    public CompletionStage<Void> deadLetter(DeliveryRecord record) {
        metrics.counter("notifier.deliveries.dead", "channel", tag(record.channel()))
                .increment();
        return journal.deadLetter(record);
    }

    private static String tag(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT);
    }
}
