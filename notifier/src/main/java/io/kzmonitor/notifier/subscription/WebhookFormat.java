package io.kzmonitor.notifier.subscription;

import java.util.Locale;

/** The body format of a webhook request. */
public enum WebhookFormat {
    /** Generic JSON envelope {@code {"type","id","timestamp","data"}}. */
    JSON,
    /** CloudEvents 1.0, structured JSON mode. */
    CLOUDEVENTS,
    /** Slack incoming webhook, Block Kit. */
    SLACK,
    /** Microsoft Teams incoming webhook, message card. */
    TEAMS;

    /** Parses a configured format name, case-insensitive. */
    public static WebhookFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown webhook format '" + name + "' (json, cloudevents, slack, teams)");
        }
    }
}
