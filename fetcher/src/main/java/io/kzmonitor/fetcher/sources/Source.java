package io.kzmonitor.fetcher.sources;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A configured news source, validated.
 *
 * @param id stable id, {@code [a-z0-9-]+}
 * @param name human name, defaults to the id
 * @param type how it lists articles
 * @param url the feed or page URL (http or https)
 * @param interval how often to poll it, null for the global {@code fetcher.poll-interval}
 */
public record Source(String id, String name, SourceType type, String url, Duration interval) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    public Source {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidSourceException("id", "must match [a-z0-9-]+, got " + id);
        }
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(type, "type");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new InvalidSourceException("url", "must be an http(s) URL, got " + url);
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new InvalidSourceException("interval", "must be positive");
        }
    }

    /** Thrown for an invalid source definition; names the offending field. */
    public static final class InvalidSourceException extends IllegalArgumentException {
        private final String field;

        public InvalidSourceException(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        /** The invalid field. */
        public String field() {
            return field;
        }
    }
}
