package io.kzmonitor.notifier.unsubscribe;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The subscriptions whose emails were stopped by an unsubscribe link, read back from {@code notifier.subscriptions}. */
public final class OptOuts {

    private final Map<String, Instant> optedOut = new ConcurrentHashMap<>();

    /** Applies a state record (read back or just written). */
    public void apply(OptOutRecord record) {
        optedOut.put(record.subscriptionId(), record.at());
    }

    /** True when the subscription's emails were stopped. */
    public boolean emailStopped(String subscriptionId) {
        return optedOut.containsKey(subscriptionId);
    }
}
