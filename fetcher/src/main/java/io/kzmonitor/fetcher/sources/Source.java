package io.kzmonitor.fetcher.sources;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * A configured news source, validated.
 *
 * @param id stable id, {@code [a-z0-9-]+}
 * @param name human name, defaults to the id
 * @param type how it lists articles
 * @param url the feed or page URL (http or https)
 * @param interval how often to poll it, null for the global {@code fetcher.poll-interval}
 * @param selector for a section page, the CSS selector of its article links; null for other types
 */
public record Source(String id, String name, SourceType type, String url, Duration interval, String selector) {

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
        selector = selector == null || selector.isBlank() ? null : selector.strip();
        if (type == SourceType.SECTION) {
            if (selector == null) {
                throw new InvalidSourceException("selector", "a section source needs a CSS selector for its links");
            }
            try {
                QueryParser.parse(selector);
            } catch (Selector.SelectorParseException e) {
                throw new InvalidSourceException("selector", "not a CSS selector: " + e.getMessage());
            }
        }
        if (url.indexOf(' ') >= 0) {
            throw new InvalidSourceException("url", "must not contain spaces, got " + url);
        }
        try {
            if (URI.create(url).getHost() == null) {
                throw new InvalidSourceException("url", "has no host: " + url);
            }
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidSourceException) {
                throw e;
            }
            throw new InvalidSourceException("url", "not a valid URL: " + url);
        }
    }

    /** A source without a link selector (feeds, sitemaps, single pages). */
    public Source(String id, String name, SourceType type, String url, Duration interval) {
        this(id, name, type, url, interval, null);
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
