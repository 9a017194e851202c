package io.kzmonitor.notifier.delivery;

import io.kzmonitor.contracts.FlaggedArticle;
import io.kzmonitor.notifier.subscription.Subscription;

/** Sends one article to one channel of a subscription; blocking, never throws (failures are results). */
public interface ChannelSender {

    /** Makes one attempt and reports what happened. */
    AttemptResult send(Subscription subscription, FlaggedArticle article, String deliveryId);
}
