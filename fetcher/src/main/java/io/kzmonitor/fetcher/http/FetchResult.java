package io.kzmonitor.fetcher.http;

import java.time.Duration;

/**
 * What one fetch produced: a status with its cause, and the body when there is one.
 *
 * @param url the URL finally fetched (after redirects)
 * @param status the outcome
 * @param httpStatus the HTTP status code, 0 when no response was received
 * @param contentType the Content-Type header, may be null
 * @param body the decompressed body, empty unless {@link FetchStatus#FETCHED}
 * @param etag the ETag header, may be null
 * @param lastModified the Last-Modified header, may be null
 * @param retryAfter the delay the server asked for (429/503), may be null
 * @param cause a human-readable cause for failures, null on success
 */
public record FetchResult(
        String url,
        FetchStatus status,
        int httpStatus,
        String contentType,
        byte[] body,
        String etag,
        String lastModified,
        Duration retryAfter,
        String cause) {

    /** A failure without a response body. */
    public static FetchResult failure(String url, FetchStatus status, int httpStatus, String cause) {
        return new FetchResult(url, status, httpStatus, null, new byte[0], null, null, null, cause);
    }

    /** A short description for logs and the source status. */
    public String describe() {
        return status + (httpStatus > 0 ? " (HTTP " + httpStatus + ")" : "") + (cause == null ? "" : ": " + cause);
    }
}
