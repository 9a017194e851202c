package io.kzmonitor.notifier.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rendered email.
 *
 * @param subject the subject line, one line, any script
 * @param html the HTML part
 * @param text the plain-text part
 * @param headers extra headers, e.g. {@code List-Unsubscribe}
 */
public record MailContent(String subject, String html, String text, Map<String, String> headers) {

    public MailContent {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A rendered email without extra headers. */
    public MailContent(String subject, String html, String text) {
        this(subject, html, text, Map.of());
    }

    /** The same email with one more header. */
    public MailContent withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new MailContent(subject, html, text, more);
    }
}
