package io.kzmonitor.fetcher.poll;

import java.time.Duration;

/**
 * The outcome of polling one source once.
 *
 * @param success whether the source itself could be read (a feed parsed, a page extracted)
 * @param outcome short outcome for the status ({@code FETCHED}, {@code NOT_MODIFIED}, a fetch status...)
 * @param itemsFound items the feed listed (1 for a page), -1 when unknown (feed not modified)
 * @param published articles published (new or updated)
 * @param cause failure cause, null on success
 * @param retryAfter delay the server asked for, may be null
 */
public record PollResult(
        boolean success, String outcome, int itemsFound, int published, String cause, Duration retryAfter) {

    static PollResult failure(String outcome, String cause, Duration retryAfter) {
        return new PollResult(false, outcome, 0, 0, cause, retryAfter);
    }
}
