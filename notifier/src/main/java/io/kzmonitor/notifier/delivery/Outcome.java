package io.kzmonitor.notifier.delivery;

/** The state of a delivery after its latest step, as written to {@code notifier.deliveries}. */
public enum Outcome {
    /** Accepted from {@code news.flagged}, first attempt not made yet. */
    PENDING(false),
    /** Gathered for the subscription's next digest. */
    QUEUED(false),
    /** An attempt failed; another is scheduled at {@code nextAttemptAt}. */
    RETRYING(false),
    /** Delivered (2xx, SMTP accepted, or {@code .eml} written). */
    DELIVERED(true),
    /** A digest found nothing to send (a marker, so the next digest counts from here). */
    EMPTY(true),
    /** Every attempt failed; the delivery went to the dead-letter topic. */
    FAILED(true),
    /** The receiver answered 410 Gone: the subscription's webhook is disabled. */
    GONE(true),
    /** Not attempted because the subscription's webhook is disabled or the subscription no longer exists. */
    SKIPPED(true),
    /** Refused before sending: the webhook URL is not allowed (private address, bad URL). */
    REFUSED(true);

    private final boolean terminal;

    Outcome(boolean terminal) {
        this.terminal = terminal;
    }

    /** True when nothing more will be attempted for this delivery. */
    public boolean terminal() {
        return terminal;
    }
}
