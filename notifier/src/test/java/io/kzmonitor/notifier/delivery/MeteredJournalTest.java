package io.kzmonitor.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.kzmonitor.notifier.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeteredJournalTest {

    @Test
    void shouldCountDeliveryStepsByChannelAndOutcomeAndPassThemOn() {
        // given
        MemoryJournal store = new MemoryJournal();
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        MeteredJournal journal = new MeteredJournal(store, metrics);
        Instant now = Instant.parse("2026-03-16T08:00:00Z");
        DeliveryRecord pending = DeliveryRecord.pending("desk", Fixtures.arabic("a1"), Channel.WEBHOOK, now);

        // when
        journal.record(pending.next(Outcome.DELIVERED, now, null, "200", null));
        journal.record(pending.next(Outcome.DELIVERED, now, null, "204", null));
        journal.deadLetter(pending.next(Outcome.FAILED, now, null, "500", "boom"));

        // then
        assertThat(store.records).hasSize(2);
        assertThat(store.deadLetters).hasSize(1);
        assertThat(metrics.counter("notifier.deliveries", "channel", "webhook", "outcome", "delivered")
                        .count())
                .isEqualTo(2.0);
        assertThat(metrics.counter("notifier.deliveries.dead", "channel", "webhook")
                        .count())
                .isEqualTo(1.0);
    }
}
