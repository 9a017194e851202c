package io.kzmonitor.notifier.delivery;

import io.kzmonitor.contracts.FlaggedArticle;
import java.util.Optional;

/** Finds the article a past delivery carried (its pending step in {@code notifier.deliveries}), for a replay. */
public interface ArticleArchive {

    /** The article of the delivery, or empty when the log no longer holds it. */
    Optional<FlaggedArticle> articleOf(String subscriptionId, String deliveryId);
}
