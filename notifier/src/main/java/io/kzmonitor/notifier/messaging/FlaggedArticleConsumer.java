package io.kzmonitor.notifier.messaging;

import io.kzmonitor.contracts.EventJson;
import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.delivery.Router;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code news.flagged}: parses each record and routes it to the matching subscriptions; acknowledges it
 * (so its offset can be committed) only once its deliveries are durably accepted, without waiting for that before
 * taking the next record; nacks poison records, which the dead-letter-queue strategy sends to
 * {@code news.flagged.dlq}.
 */
@ApplicationScoped
public class FlaggedArticleConsumer {

    private final Router router;

    /** Created by CDI. */
    @Inject
    public FlaggedArticleConsumer(Router router) {
        this.router = router;
    }

    /** Handles one record. */
    @Incoming(Channels.FLAGGED_IN)
    public CompletionStage<Void> consume(Message<String> message) {
        FlaggedArticle article;
        try {
            article = EventJson.read(message.getPayload(), FlaggedArticle.class);
        } catch (EventJson.MalformedEventException e) {
            Log.warnf(
                    "poison record on news.flagged key=%s sent to the dead-letter topic: %s",
                    key(message), e.getMessage());
            return message.nack(e);
        }
        Log.debugf("flagged article %s revision %d received", article.id(), article.revision());
        // Acknowledged when its deliveries are durable; the next record is not held up meanwhile (the throttled
        // commit strategy commits an offset only once every record before it is acknowledged).
        router.route(article).whenComplete((ok, error) -> {
            if (error == null) {
                message.ack();
            } else {
                Log.warnf(error, "article %s could not be routed, sent to the dead-letter topic", article.id());
                message.nack(error);
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    private static Object key(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getKey)
                .orElse(null);
    }
}
