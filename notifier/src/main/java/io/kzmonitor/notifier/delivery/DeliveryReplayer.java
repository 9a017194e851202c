package io.kzmonitor.notifier.delivery;

import io.kzmonitor.notifier.subscription.SubscriptionProblem;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Re-queues a finished delivery (delivered, failed, gone, skipped or refused) of an instant channel: writes a new
 * pending step with the same delivery id to the journal, which the dispatcher then attempts like any other.
 */
public final class DeliveryReplayer {

    private final DeliveryLedger ledger;
    private final DeliveryJournal journal;
    private final ArticleArchive archive;
    private final Consumer<DeliveryRecord> dispatch;
    private final Clock clock;

    /** A replayer; {@code dispatch} receives the durable pending step (null when the log's owner dispatches it). */
    public DeliveryReplayer(
            DeliveryLedger ledger,
            DeliveryJournal journal,
            ArticleArchive archive,
            Consumer<DeliveryRecord> dispatch,
            Clock clock) {
        this.ledger = ledger;
        this.journal = journal;
        this.archive = archive;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** Replays the delivery of the subscription; 404 when unknown, 409 when unfinished or a digest item. */
    public CompletionStage<DeliveryRecord> replay(String subscriptionId, String deliveryId) {
        DeliveryRecord latest = ledger.get(deliveryId);
        if (latest == null || !latest.subscriptionId().equals(subscriptionId)) {
            throw new SubscriptionProblem(404, "Not Found", "no delivery " + deliveryId + " of " + subscriptionId);
        }
        if (latest.channel() == Channel.DIGEST || latest.outcome() == Outcome.QUEUED) {
            throw new SubscriptionProblem(409, "Conflict", "digests and their items cannot be replayed");
        }
        if (!latest.outcome().terminal()) {
            throw new SubscriptionProblem(409, "Conflict", "delivery " + deliveryId + " is still in progress");
        }
        var article = archive.articleOf(subscriptionId, deliveryId)
                .orElseThrow(() -> new SubscriptionProblem(
                        410, "Gone", "the article of delivery " + deliveryId + " is no longer in the log"));
        DeliveryRecord pending = latest.replayed(article, clock.instant());
        return journal.record(pending).thenApply(ok -> {
            ledger.apply(pending);
            Log.infof("delivery %s of subscription %s replayed", deliveryId, subscriptionId);
            if (dispatch != null) {
                dispatch.accept(pending);
            }
            return pending;
        });
    }
}
