package io.kzmonitor.notifier.delivery;

import io.kzmonitor.contracts.FlaggedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of a delivery, the value on {@code notifier.deliveries} (key = subscription id): the audit trail, the
 * de-duplication log and, while not terminal, the pending work itself (it then carries the article).
 *
 * @param type record type with version, {@value #TYPE}
 * @param deliveryId stable id of (subscription, article, revision, channel), the {@code webhook-id}
 * @param subscriptionId subscription id
 * @param articleId article id
 * @param revision article revision
 * @param channel email or webhook
 * @param outcome state after this step
 * @param attempts attempts made so far
 * @param createdAt when the delivery was accepted
 * @param updatedAt when this step happened
 * @param nextAttemptAt when the next attempt is due, null when terminal
 * @param lastStatus HTTP status or SMTP/outbox result of the latest attempt, may be null
 * @param lastError error of the latest attempt, may be null
 * @param article the article to deliver; present only while the delivery is not terminal
 * @param dueAt for a digest marker, the due time it covers; else null
 * @param items for a digest marker, the article ids it carried; else null
 */
public record DeliveryRecord(
        String type,
        String deliveryId,
        String subscriptionId,
        String articleId,
        int revision,
        Channel channel,
        Outcome outcome,
        int attempts,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        String lastStatus,
        String lastError,
        FlaggedArticle article,
        Instant dueAt,
        List<String> items) {

    /** Record type and version. */
    public static final String TYPE = "notifier.delivery.v1";

    public DeliveryRecord {
        type = type == null ? TYPE : type;
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A new delivery of an article to one channel of a subscription, due now. */
    public static DeliveryRecord pending(String subscriptionId, FlaggedArticle article, Channel channel, Instant now) {
        String id = DeliveryIds.of(subscriptionId, article.id(), article.revision(), channel);
        return new DeliveryRecord(
                TYPE,
                id,
                subscriptionId,
                article.id(),
                article.revision(),
                channel,
                Outcome.PENDING,
                0,
                now,
                now,
                now,
                null,
                null,
                article,
                null,
                null);
    }

    /** An article gathered for a digest subscription's next digest email. */
    public static DeliveryRecord queued(String subscriptionId, FlaggedArticle article, Instant now) {
        String id = DeliveryIds.of(subscriptionId, article.id(), article.revision(), Channel.EMAIL);
        return new DeliveryRecord(
                TYPE,
                id,
                subscriptionId,
                article.id(),
                article.revision(),
                Channel.EMAIL,
                Outcome.QUEUED,
                0,
                now,
                now,
                null,
                null,
                null,
                article,
                null,
                null);
    }

    /** The marker of a digest for {@code dueAt}: sent with {@code items} ({@code DELIVERED}) or found {@code EMPTY}. */
    public static DeliveryRecord digest(
            String subscriptionId, Instant dueAt, List<String> items, Outcome outcome, String status, Instant now) {
        String id = DeliveryIds.ofDigest(subscriptionId, dueAt);
        return new DeliveryRecord(
                TYPE,
                id,
                subscriptionId,
                "digest",
                0,
                Channel.DIGEST,
                outcome,
                1,
                now,
                now,
                null,
                status,
                null,
                null,
                dueAt,
                List.copyOf(items));
    }

    /** The next step: one more attempt made, with its outcome; the article is dropped once terminal. */
    public DeliveryRecord next(Outcome outcome, Instant now, Instant nextAttemptAt, String status, String error) {
        return step(
                outcome,
                attempts + 1,
                now,
                outcome.terminal() ? null : nextAttemptAt,
                status,
                error,
                outcome.terminal() ? null : article);
    }

    /**
     * A replay of this (terminal) delivery: pending again now, with the same delivery id (so the same
     * {@code webhook-id}) and attempt count, carrying the article again.
     */
    public DeliveryRecord replayed(FlaggedArticle article, Instant now) {
        return step(Outcome.PENDING, attempts, now, now, "replay", null, article);
    }

    /** The same step with the article attached again (for the dead-letter topic, so operators can replay it). */
    public DeliveryRecord withArticle(FlaggedArticle article) {
        return step(outcome, attempts, updatedAt, nextAttemptAt, lastStatus, lastError, article);
    }

    /** This delivery (same identity, creation time and digest fields) at another step. */
    private DeliveryRecord step(
            Outcome outcome,
            int attempts,
            Instant updatedAt,
            Instant nextAttemptAt,
            String lastStatus,
            String lastError,
            FlaggedArticle article) {
        return new DeliveryRecord(
                type,
                deliveryId,
                subscriptionId,
                articleId,
                revision,
                channel,
                outcome,
                attempts,
                createdAt,
                updatedAt,
                nextAttemptAt,
                lastStatus,
                lastError,
                article,
                dueAt,
                items);
    }
}
