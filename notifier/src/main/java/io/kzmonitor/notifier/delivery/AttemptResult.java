package io.kzmonitor.notifier.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * What one delivery attempt did.
 *
 * @param kind delivered, retry, gone or refused
 * @param status HTTP status, or a short result for email (e.g. the file or the recipients)
 * @param error the error, null when delivered
 * @param retryAfter the receiver's {@code Retry-After}, when it sent one
 */
public record AttemptResult(Kind kind, String status, String error, Optional<Duration> retryAfter) {

    /** The kinds of result. */
    public enum Kind {
        /** Accepted by the receiver. */
        DELIVERED,
        /** Failed, worth another attempt. */
        RETRY,
        /** The receiver is gone for good (HTTP 410). */
        GONE,
        /** Not sent and never will be (URL not allowed, permanent client error). */
        REFUSED
    }

    /** A successful attempt. */
    public static AttemptResult delivered(String status) {
        return new AttemptResult(Kind.DELIVERED, status, null, Optional.empty());
    }

    /** A failed attempt to retry, optionally no sooner than {@code retryAfter}. */
    public static AttemptResult retry(String status, String error, Optional<Duration> retryAfter) {
        return new AttemptResult(Kind.RETRY, status, error, retryAfter);
    }

    /** The receiver answered 410 Gone. */
    public static AttemptResult gone(String status) {
        return new AttemptResult(Kind.GONE, status, "receiver answered 410 Gone", Optional.empty());
    }

    /** A refusal that no retry can fix. */
    public static AttemptResult refused(String status, String error) {
        return new AttemptResult(Kind.REFUSED, status, error, Optional.empty());
    }
}
