package io.kzmonitor.fetcher.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom feeds with ROME into {@link FeedEntry}s with absolute links. Doctypes are
 * refused (ROME's default), so external entities and entity expansion are never resolved.
 */
public final class FeedParser {

    /** Thrown when the bytes are not a feed ROME can read. */
    public static final class InvalidFeedException extends Exception {
        public InvalidFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Parses a feed fetched from {@code feedUrl} with the given Content-Type (may be null). */
    public List<FeedEntry> parse(byte[] body, String contentType, String feedUrl) throws InvalidFeedException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
        } catch (Exception | StackOverflowError e) {
            throw new InvalidFeedException("invalid feed: " + e.getMessage(), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(e, feedUrl);
            if (link != null) {
                entries.add(new FeedEntry(
                        link,
                        e.getTitle() == null ? null : e.getTitle().strip(),
                        instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
                        instant(e.getUpdatedDate())));
            }
        }
        return entries;
    }

    private static String link(SyndEntry e, String base) {
        String link = e.getLink();
        if (link == null || link.isBlank()) {
            for (SyndLink l : e.getLinks()) {
                if (l.getRel() == null || l.getRel().equals("alternate")) {
                    link = l.getHref();
                    break;
                }
            }
        }
        if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri();
        }
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String resolved = URI.create(base).resolve(link.strip()).toString();
            return resolved.startsWith("http") ? resolved : null;
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static java.time.Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
