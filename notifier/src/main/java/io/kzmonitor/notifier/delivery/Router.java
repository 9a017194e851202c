package io.kzmonitor.notifier.delivery;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.subscription.Subscription;
import io.kzmonitor.notifier.subscription.SubscriptionDirectory;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Turns a flagged article into deliveries: one per matching subscription and channel not delivered before, each
 * written as a pending step to the journal, then handed to the {@link Dispatcher}. Its stage completes when every
 * new delivery is durable (emails of digest subscriptions are queued for the digest instead), so the incoming record can then be acknowledged without waiting for slow receivers.
 */
public final class Router {

    private final SubscriptionDirectory subscriptions;
    private final DeliveryLedger ledger;
    private final DeliveryJournal journal;
    private final Dispatcher dispatcher;
    private final Clock clock;

    /** A router over these collaborators. */
    public Router(
            SubscriptionDirectory subscriptions,
            DeliveryLedger ledger,
            DeliveryJournal journal,
            Dispatcher dispatcher,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.journal = journal;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Routes one article; completes when its new deliveries are durable (or at once when there are none). */
    public CompletionStage<Void> route(FlaggedArticle article) {
        return ledger.loaded().thenCompose(loaded -> routeLoaded(article));
    }

    private CompletionStage<Void> routeLoaded(FlaggedArticle article) {
        List<DeliveryRecord> fresh = new ArrayList<>();
        for (Subscription subscription : subscriptions.active()) {
            if (!subscription.filter().matches(article)) {
                Log.debugf("article %s does not match subscription %s", article.id(), subscription.id());
                continue;
            }
            for (Channel channel : subscription.channels()) {
                boolean digest =
                        channel == Channel.EMAIL && subscription.digest().isPresent();
                DeliveryRecord pending = digest
                        ? DeliveryRecord.queued(subscription.id(), article, clock.instant())
                        : DeliveryRecord.pending(subscription.id(), article, channel, clock.instant());
                if (ledger.claim(pending)) {
                    fresh.add(pending);
                } else {
                    Log.infof(
                            "duplicate skipped subscription=%s article=%s revision=%d channel=%s delivery=%s",
                            subscription.id(), article.id(), article.revision(), channel, pending.deliveryId());
                }
            }
        }
        CompletableFuture<?>[] writes = fresh.stream()
                .map(pending -> journal.record(pending).toCompletableFuture().whenComplete((ok, error) -> {
                    if (error == null && pending.outcome() == Outcome.PENDING) {
                        dispatcher.schedule(pending);
                    } else if (error == null) {
                        Log.debugf("article %s queued for the digest of %s", article.id(), pending.subscriptionId());
                    } else {
                        ledger.release(pending);
                    }
                }))
                .toArray(CompletableFuture<?>[]::new);
        return CompletableFuture.allOf(writes);
    }
}
