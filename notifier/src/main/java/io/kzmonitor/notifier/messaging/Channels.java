package io.kzmonitor.notifier.messaging;

/** Reactive Messaging channel names of the notifier (topics are set in {@code application.properties}). */
public final class Channels {
    /** Flagged articles in, from {@code news.flagged}. */
    public static final String FLAGGED_IN = "flagged-in";
    /** Delivery steps out, to {@code notifier.deliveries}. */
    public static final String DELIVERIES_OUT = "deliveries-out";
    /** Dead deliveries out, to {@code notifier.deliveries.dlq}. */
    public static final String DELIVERIES_DLQ_OUT = "deliveries-dlq-out";

    /** Subscription state out (unsubscriptions), to {@code notifier.subscriptions}. */
    public static final String SUBSCRIPTIONS_OUT = "subscriptions-out";

    private Channels() {}
}
