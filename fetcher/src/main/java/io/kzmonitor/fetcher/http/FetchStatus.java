package io.kzmonitor.fetcher.http;

/** The outcome of one HTTP fetch, derived from the response or the failure that prevented it. */
public enum FetchStatus {
    /** 2xx with a body within limits. */
    FETCHED,
    /** 304 to a conditional request: nothing changed. */
    NOT_MODIFIED,
    /** 404 or 410. */
    NOT_FOUND,
    /** Any other 4xx. */
    CLIENT_ERROR,
    /** 5xx other than 503. */
    SERVER_ERROR,
    /** 429 or 503: the server asks us to slow down (see Retry-After). */
    THROTTLED,
    /** More redirects than allowed, or a redirect without a usable Location. */
    REDIRECT_ERROR,
    /** Body larger than the configured maximum (also after decompression). */
    TOO_LARGE,
    /** Connect or read timeout. */
    TIMEOUT,
    /** robots.txt disallows the URL for our User-Agent. */
    ROBOTS_DENIED,
    /** DNS, connection refused, reset, invalid URL, corrupt compression. */
    NETWORK_ERROR;

    /** Whether this outcome counts as a failure of the source. */
    public boolean isFailure() {
        return this != FETCHED && this != NOT_MODIFIED;
    }
}
