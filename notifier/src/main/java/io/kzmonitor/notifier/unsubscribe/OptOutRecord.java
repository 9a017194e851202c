package io.kzmonitor.notifier.unsubscribe;

import java.time.Instant;
import java.util.Objects;

/**
 * The value on {@code notifier.subscriptions} (key = subscription id) recording that the subscription's emails were
 * stopped by its one-click unsubscribe link.
 *
 * @param type record type with version, {@value #TYPE}
 * @param subscriptionId the subscription
 * @param at when it was unsubscribed
 */
public record OptOutRecord(String type, String subscriptionId, Instant at) {

    /** Record type and version. */
    public static final String TYPE = "notifier.subscription.email-stopped.v1";

    public OptOutRecord {
        type = type == null ? TYPE : type;
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(at, "at");
    }
}
