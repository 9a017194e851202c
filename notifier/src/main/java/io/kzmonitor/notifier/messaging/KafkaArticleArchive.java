package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.delivery.ArticleArchive;
import io.kzmonitor.notifier.delivery.DeliveryRecord;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finds a delivery's article by reading {@code notifier.deliveries} (its pending step carries it): a scan of the log,
 * acceptable for an operator's replay, never on the delivery path.
 */
public final class KafkaArticleArchive implements ArticleArchive {

    private final String bootstrapServers;
    private final String topic;
    private final Duration timeout;

    /** An archive over {@code topic}. */
    public KafkaArticleArchive(String bootstrapServers, String topic, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.timeout = timeout;
    }

    @Override
    public Optional<FlaggedArticle> articleOf(String subscriptionId, String deliveryId) {
        AtomicReference<FlaggedArticle> found = new AtomicReference<>();
        LogReader.readAll(bootstrapServers, topic, timeout, record -> {
            if (!subscriptionId.equals(record.key())
                    || record.value() == null
                    || !record.value().contains(deliveryId)) {
                return;
            }
            try {
                DeliveryRecord step = EventJson.read(record.value(), DeliveryRecord.class);
                if (step.deliveryId().equals(deliveryId) && step.article() != null) {
                    found.set(step.article());
                }
            } catch (EventJson.MalformedEventException e) {
                // not a delivery step: skipped, as at start-up
            }
        });
        return Optional.ofNullable(found.get());
    }
}
