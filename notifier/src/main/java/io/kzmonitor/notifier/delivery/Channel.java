package io.kzmonitor.notifier.delivery;

/** A delivery channel of a subscription. */
public enum Channel {
    /** Email to the subscription's recipients (SMTP or outbox). */
    EMAIL,
    /** HTTP POST to the subscription's webhook URL. */
    WEBHOOK,
    /** A digest email: the record marks one digest sent (or found empty) for a due time. */
    DIGEST
}
